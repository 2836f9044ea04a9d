#pragma once

#include "contenterror.h"
#include "manifest.h"
#include "renderedblock.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The checks that need the whole folder rendered, shared by the build and `--check`: links
// between sections (an error), and as warnings, which `--strict` turns into errors: answers
// past their review-by date, empty answers, and duplicate or near-duplicate questions.
class ContentChecks final
{
public:
    struct Document
    {
        QString path; // the source file, as messages name it
        DocumentEntry entry;
        QList<InternalLink> links;
        QStringList sectionTexts; // each section's plain text, in entry.sections order
    };

    struct Findings
    {
        QList<ContentError> errors;
        QList<ContentError> warnings;
    };

    // `today` decides which reviews are overdue.
    static Findings run(const QList<Document> &documents, QDate today);

    static QList<ContentError> brokenLinks(const QList<Document> &documents);
    static QList<ContentError> overdueReviews(const QList<Document> &documents, QDate today);
    static QList<ContentError> emptyAnswers(const QList<Document> &documents);
};
