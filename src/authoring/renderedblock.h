#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A link to another place in the content ("#SECTION" or "trustbook://DOC/SECTION"), kept so
// the build can check that it leads somewhere.
struct InternalLink
{
    QString target;
    int line = 0; // 1-based line of the block the link is in
};

// One top-level block of a rendered document: a heading, paragraph, list, table, ... Every
// markup format renders into these, and the section splitter cuts them into questions.
struct RenderedBlock
{
    int headingLevel = 0; // 0 for anything that is not a heading
    QString headingText;  // plain text of a heading, for ids and titles
    QByteArray html;
    QString plainText;
    int line = 0; // 1-based line in the source file where the block starts
    QList<InternalLink> internalLinks;
};
