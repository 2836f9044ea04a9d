#include "reviewline.h"

namespace {

constexpr QByteArrayView kOpen = "<p class=\"review\"";
constexpr QByteArrayView kDueAttribute = " data-review-by=\"";
constexpr QByteArrayView kClose = "</p>";
constexpr qsizetype kIsoDateLength = 10;

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

QString ReviewLine::text(const Review &review)
{
    return text(review, Phrases());
}

QString ReviewLine::text(const Review &review, const Phrases &phrases)
{
    if (review.reviewed.isValid() && !review.owner.isEmpty())
        return phrases.reviewedBy.arg(isoDate(review.reviewed), review.owner);
    if (review.reviewed.isValid())
        return phrases.reviewed.arg(isoDate(review.reviewed));
    if (!review.owner.isEmpty())
        return phrases.owner.arg(review.owner);
    if (review.reviewBy.isValid())
        return phrases.due.arg(isoDate(review.reviewBy));
    return {};
}

QByteArray ReviewLine::html(const Review &review)
{
    if (review.isEmpty())
        return {};
    QByteArray line = kOpen.toByteArray();
    if (review.reviewBy.isValid())
        line += kDueAttribute.toByteArray() + isoDate(review.reviewBy).toUtf8() + '"';
    return line + '>' + text(review).toHtmlEscaped().toUtf8() + kClose.toByteArray() + '\n';
}

QByteArray ReviewLine::removedFrom(QByteArray html)
{
    const qsizetype at = html.lastIndexOf(kOpen);
    const qsizetype close = at < 0 ? -1 : html.indexOf(kClose, at);
    if (close >= 0) {
        qsizetype end = close + kClose.size();
        if (end < html.size() && html.at(end) == '\n')
            ++end;
        html.remove(at, end - at);
    }
    return html;
}

QByteArray ReviewLine::markOverdue(QByteArray page, QDate today, const QString &label)
{
    // Only the generator's own markup can spell the opening (safe mode escapes raw HTML), so
    // a plain search finds every line and nothing else.
    const QByteArray opening = kOpen.toByteArray() + kDueAttribute.toByteArray();
    for (qsizetype at = page.indexOf(opening); at >= 0; at = page.indexOf(opening, at + 1)) {
        const qsizetype dateAt = at + opening.size();
        const QDate due =
            QDate::fromString(QString::fromLatin1(page.mid(dateAt, kIsoDateLength)), Qt::ISODate);
        const qsizetype close = page.indexOf(kClose, dateAt);
        if (!due.isValid() || close < 0 || today <= due)
            continue;
        const QByteArray mark = " <span class=\"review-overdue\">" +
                                label.arg(isoDate(due)).toHtmlEscaped().toUtf8() + "</span>";
        page.insert(close, mark);
        page.insert(at + kOpen.size() - 1, " overdue");
    }
    return page;
}
