#pragma once

#include "contenterror.h"
#include "manifest.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The build step: renders every *.md of a content folder into one HTML page per document,
// manifest.json and search-text.json. Everything is rendered in memory first, so a bad file
// leaves the previous output untouched; the output depends only on the input bytes.
class ContentGenerator final
{
public:
    // pageTemplate holds {{lang}}, {{title}}, {{style}}, {{body}} and, first in <head>,
    // {{csp}}. The style sheet is inlined into every page and allowed by its hash.
    ContentGenerator(QByteArray pageTemplate, QString templateName, QByteArray styleSheet = {});

    // Returns every problem found (file:line: message); empty on success.
    QList<ContentError> generate(const QString &contentDir, const QString &outputDir) const;

    QByteArray contentSecurityPolicy() const;

private:
    struct Output
    {
        Manifest manifest;
        QList<QPair<QString, QByteArray>> files; // relative path -> bytes
    };
    bool renderDocument(const QString &path, Output *output, ContentError *error) const;
    QByteArray renderPage(const QString &title, const QByteArray &body) const;
    static QList<ContentError> writeOutput(const Output &output, const QString &outputDir);

    QByteArray m_pageTemplate;
    QString m_templateName;
    QByteArray m_styleSheet;
};
