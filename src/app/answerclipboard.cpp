#include "answerclipboard.h"

#include "reviewtext.h"

#include <QCoreApplication>
#include <QMimeData>

QString AnswerClipboard::attribution(const QString &documentTitle, const QString &deepLink,
                                     const QString &contentVersion)
{
    return QCoreApplication::translate("AnswerClipboard", "Source: %1 (%2), content version %3")
        .arg(documentTitle, deepLink, contentVersion);
}

QMimeData *AnswerClipboard::mimeData(const AnswerSource::Answer &answer,
                                     const QString &documentTitle, const QString &deepLink,
                                     const QString &contentVersion)
{
    const QString source = attribution(documentTitle, deepLink, contentVersion);
    // Who vouches for the answer and since when, as of the day it is copied.
    const QString review = ReviewText::summary(answer.review, QDate::currentDate());
    auto *data = new QMimeData;
    data->setText(answer.plainText + QLatin1String("\n\n") + source + QLatin1Char('\n') +
                  (review.isEmpty() ? QString() : review + QLatin1Char('\n')));
    data->setHtml(QString::fromUtf8(answer.html) + QLatin1String("<p><small>") +
                  source.toHtmlEscaped() +
                  (review.isEmpty() ? QString() : QLatin1String("<br>") + review.toHtmlEscaped()) +
                  QLatin1String("</small></p>\n"));
    return data;
}
