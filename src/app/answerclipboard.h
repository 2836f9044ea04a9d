#pragma once

#include "answersource.h"

#include <QUrl>

class QMimeData;

// What "Copy Answer" puts on the clipboard: the question and answer as plain text and as
// HTML, each followed by where it came from, in words the person receiving a questionnaire can
// follow: the document, the question, its web address where the document has one, and the
// content version (12 digits in plain text, all of them in HTML, where they take no room),
// after the publisher's name where the app is someone's branded FAQ;
// then, where the content records it, who owns the answer and when it was reviewed.
class AnswerClipboard final
{
public:
    struct Source
    {
        QString documentTitle;
        QUrl webLink; // empty when the document has no web address
        QString contentVersion;
        QString publisher; // the brand's name (Brand::publisher()); empty names none
    };

    static QMimeData *mimeData(const AnswerSource::Answer &answer, const Source &source);
    // The answer's plain text with each web or e-mail link's address after its words, since
    // plain text has nowhere else to keep it.
    static QString plainTextWithAddresses(const AnswerSource::Answer &answer);

private:
    static QString attribution(const QString &question, const Source &source,
                               const QString &address, const QString &version);
};
