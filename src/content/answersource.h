#pragma once

#include "contentbundle.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One section's question and answer as plain text and HTML, read from the generated page and
// search text (not from the page on screen), so any section can be copied whether or not it
// is the one showing.
class AnswerSource final
{
public:
    struct Answer
    {
        QString question;
        QString plainText; // the question, a blank line, the answer
        QByteArray html;   // the section's rendered heading and answer
    };

    // `bundle` must outlive the source.
    explicit AnswerSource(const ContentBundle &bundle);

    std::optional<Answer> answer(SectionRef ref) const;

private:
    QByteArray sectionHtml(const QString &documentId, const QString &sectionId) const;
    QString sectionText(const QString &documentId, const QString &path) const;

    const ContentBundle &m_bundle;
    const ContentCatalog &m_catalog;
};
