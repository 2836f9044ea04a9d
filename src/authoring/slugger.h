#pragma once

#include <QSet>
#include <QString>

// Turns heading text into the anchor ids GitHub generates (github-slugger), so a section id
// equals the anchor of the same heading on the original website. One Slugger per document:
// it remembers the ids it gave out and suffixes repeats with -1, -2, ...
class Slugger final
{
public:
    // Lower case; drops everything that is not a letter, digit, mark, '-', '_' or space;
    // each space becomes '-'. A heading with nothing left (e.g. only emoji) becomes "section".
    QString slug(const QString &headingText);

    // The slug without registering it (no duplicate suffix).
    static QString baseSlug(const QString &headingText);

private:
    QSet<QString> m_used;
};
