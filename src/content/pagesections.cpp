#include "pagesections.h"

#include <QSet>

namespace {

// Plain arrays, no constructors: wrap() may run during other files' static initialisation.
constexpr QByteArrayView kMainOpen = "<main class=\"document\">\n";
constexpr QByteArrayView kMainClose = "</main>";
constexpr QByteArrayView kSectionOpen = "<section class=\"qa\" id=\"";
constexpr QByteArrayView kSectionClose = "</section>\n";

QByteArray openTag(const QString &id)
{
    return kSectionOpen.toByteArray() + id.toHtmlEscaped().toUtf8() + "\">\n";
}

} // namespace

QByteArray PageSections::wrap(const QString &id, const QByteArray &html)
{
    return openTag(id) + html + kSectionClose.toByteArray();
}

std::optional<QByteArray> PageSections::select(const QByteArray &page, const QList<QString> &ids)
{
    const qsizetype mainStart = page.indexOf(kMainOpen);
    const qsizetype bodyEnd = page.lastIndexOf(kMainClose);
    if (mainStart < 0 || bodyEnd < mainStart)
        return std::nullopt;
    const qsizetype bodyStart = mainStart + kMainOpen.size();
    QSet<QByteArray> chosen;
    for (const QString &id : ids)
        chosen.insert(openTag(id));
    qsizetype at = page.indexOf(kSectionOpen, bodyStart);
    if (at < 0 || at > bodyEnd)
        at = bodyEnd;
    QByteArray result = page.mid(bodyStart, at - bodyStart); // the intro
    for (; at >= 0 && at < bodyEnd; at = page.indexOf(kSectionOpen, at)) {
        const qsizetype tagEnd = page.indexOf("\">\n", at);
        const qsizetype end = page.indexOf(kSectionClose, at);
        if (tagEnd < 0 || end < 0 || end > bodyEnd)
            return std::nullopt;
        if (chosen.contains(page.mid(at, tagEnd + 3 - at)))
            result += page.mid(at, end + kSectionClose.size() - at);
        at = end + kSectionClose.size();
    }
    return result;
}

std::optional<QByteArray> PageSections::inner(const QByteArray &page, const QString &id)
{
    const QByteArray open = openTag(id);
    const qsizetype start = page.indexOf(open);
    const qsizetype end = page.indexOf(kSectionClose, start);
    if (start < 0 || end < 0)
        return std::nullopt;
    return page.mid(start + open.size(), end - start - open.size());
}
