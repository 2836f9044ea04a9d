#pragma once

#include "review.h"

#include <QString>
#include <QStringList>

// What Trustbook found for one question, as plain data: the questionnaire library knows
// nothing of search, so whoever matched the question (the app) fills this in, the status
// included, in the words of its matcher.
struct RowAnswer final
{
    QString status = QStringLiteral("none"); // "answered", "review" or "none"
    QString answer;           // word for word from the content; empty when there is none
    QString section;          // "DOC/SECTION" of the answer; empty when there is none
    QString link;             // where a reader opens that section
    QStringList alternatives; // other sections ("DOC/SECTION") worth a look
    QStringList matchedWords; // the question's words the section matched
    Review review{};          // the answer's owner and review dates, where the content has them
};
