#pragma once

#include "answersource.h"

class QMimeData;

// What "Copy Answer" puts on the clipboard: the question and answer as plain text and as
// HTML, each followed by where it came from (document, deep link, content version), so a
// pasted answer in a questionnaire can be traced to the exact content it was taken from; then,
// where the content records it, who owns the answer and when it was reviewed.
class AnswerClipboard final
{
public:
    static QMimeData *mimeData(const AnswerSource::Answer &answer, const QString &documentTitle,
                               const QString &deepLink, const QString &contentVersion);
    static QString attribution(const QString &documentTitle, const QString &deepLink,
                               const QString &contentVersion);
};
