#include "answerclipboard.h"

#include "reviewtext.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace {
constexpr qsizetype kShortVersionDigits = 12;

QString htmlToText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}
} // namespace

QString AnswerClipboard::attribution(const QString &question, const Source &source,
                                     const QString &address, const QString &version)
{
    const QString document = source.publisher.isEmpty()
                                 ? source.documentTitle
                                 : QCoreApplication::translate("AnswerClipboard", "%1, %2")
                                       .arg(source.publisher, source.documentTitle);
    return address.isEmpty()
               ? QCoreApplication::translate("AnswerClipboard",
                                             "Source: %1, \u201c%2\u201d, content version %3")
                     .arg(document, question, version)
               : QCoreApplication::translate("AnswerClipboard",
                                             "Source: %1, \u201c%2\u201d, %3, content version %4")
                     .arg(document, question, address, version);
}

QString AnswerClipboard::plainTextWithAddresses(const AnswerSource::Answer &answer)
{
    // The generator's markup: cmark-gfm writes every link as <a href="...">words</a>.
    static const QRegularExpression link(
        QStringLiteral(R"re(<a\s[^>]*?href="([^"]*)"[^>]*>(.*?)</a>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    QString text = answer.plainText;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : link.globalMatch(QString::fromUtf8(answer.html))) {
        const QUrl url(htmlToText(match.captured(1)));
        const QString words = htmlToText(match.captured(2));
        const bool web =
            url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        const bool mail = url.scheme() == QLatin1String("mailto");
        if ((!web && !mail) || words.isEmpty())
            continue; // the app's own links: their words are all a reader outside it can use
        const QString address = mail ? url.path() : url.toString();
        const qsizetype at = text.indexOf(words, from);
        if (at < 0)
            continue;
        from = at + words.size();
        if (words == address || words == url.toString())
            continue; // the words are the address already
        const QString spelledOut = QLatin1String(" (") + address + QLatin1Char(')');
        text.insert(from, spelledOut);
        from += spelledOut.size();
    }
    return text;
}

QMimeData *AnswerClipboard::mimeData(const AnswerSource::Answer &answer, const Source &source)
{
    const QString address = source.webLink.toString();
    const QString text = attribution(answer.question, source, address,
                                     source.contentVersion.left(kShortVersionDigits));
    const QString html = attribution(
        answer.question.toHtmlEscaped(),
        {source.documentTitle.toHtmlEscaped(), source.webLink, source.contentVersion,
         source.publisher.toHtmlEscaped()},
        address.isEmpty() ? QString()
                          : QStringLiteral("<a href=\"%1\">%1</a>").arg(address.toHtmlEscaped()),
        source.contentVersion);
    // Who vouches for the answer and since when, as of the day it is copied.
    const QString review = ReviewText::summary(answer.review, QDate::currentDate());
    auto *data = new QMimeData;
    data->setText(plainTextWithAddresses(answer) + QLatin1String("\n\n") + text +
                  QLatin1Char('\n') + (review.isEmpty() ? QString() : review + QLatin1Char('\n')));
    data->setHtml(QString::fromUtf8(answer.html) + QLatin1String("<p><small>") + html +
                  (review.isEmpty() ? QString() : QLatin1String("<br>") + review.toHtmlEscaped()) +
                  QLatin1String("</small></p>\n"));
    return data;
}
