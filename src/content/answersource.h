#pragma once

#include "contentbundle.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
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
        QString answer;    // the answer alone, word for word: what a questionnaire cell gets
        Review review{};   // who owns it and when it was reviewed; empty when not recorded
    };

    // `bundle` must outlive the source.
    explicit AnswerSource(const ContentBundle &bundle);

    std::optional<Answer> answer(SectionRef ref) const;
    // The answer alone of every section of a document, by "DOC/SECTION": one read of its
    // search text for a caller that needs many (a questionnaire).
    QHash<QString, QString> documentAnswers(const QString &documentId) const;
    // The answer alone from a section's plain text as the generator writes it (the search
    // text's "text": the heading, a blank line, then the answer's blocks).
    static QString answerOnly(const QString &sectionText);

private:
    QByteArray sectionHtml(const QString &documentId, const QString &sectionId) const;
    QString sectionText(const QString &documentId, const QString &path) const;
    QJsonArray searchText(const QString &documentId) const;

    const ContentBundle &m_bundle;
    const ContentCatalog &m_catalog;
};
