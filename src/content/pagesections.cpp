#include "pagesections.h"

#include <QSet>

#include <algorithm>

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

// A section in a page: from its opening tag to after its closing one.
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Where a generated page's body (inside <main>) and each of its sections are.
struct Layout
{
    qsizetype bodyStart = 0;
    qsizetype bodyEnd = 0;
    QList<Span> sections;
};

// nullopt when `page` is no generated page, or a section in it is never closed.
std::optional<Layout> layoutOf(const QByteArray &page)
{
    const qsizetype mainStart = page.indexOf(kMainOpen);
    const qsizetype bodyEnd = page.lastIndexOf(kMainClose);
    if (mainStart < 0 || bodyEnd < mainStart)
        return std::nullopt;
    Layout layout{mainStart + kMainOpen.size(), bodyEnd, {}};
    for (qsizetype at = page.indexOf(kSectionOpen, layout.bodyStart); at >= 0 && at < bodyEnd;
         at = page.indexOf(kSectionOpen, at)) {
        const qsizetype end = page.indexOf(kSectionClose, at);
        if (end < 0 || end > bodyEnd)
            return std::nullopt;
        layout.sections.append({at, end + kSectionClose.size()});
        at = end + kSectionClose.size();
    }
    return layout;
}

} // namespace

QByteArray PageSections::wrap(const QString &id, const QByteArray &html)
{
    return openTag(id) + html + kSectionClose.toByteArray();
}

std::optional<QByteArray> PageSections::select(const QByteArray &page, const QList<QString> &ids)
{
    const std::optional<Layout> layout = layoutOf(page);
    if (!layout)
        return std::nullopt;
    QSet<QByteArray> chosen;
    for (const QString &id : ids)
        chosen.insert(openTag(id));
    const qsizetype introEnd =
        layout->sections.isEmpty() ? layout->bodyEnd : layout->sections.first().start;
    QByteArray result = page.mid(layout->bodyStart, introEnd - layout->bodyStart);
    for (const Span &section : layout->sections) {
        const qsizetype tagEnd = page.indexOf("\">\n", section.start) + 3;
        if (chosen.contains(page.mid(section.start, tagEnd - section.start)))
            result += page.mid(section.start, section.end - section.start);
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

std::optional<PageSections::Cut> PageSections::cutAround(const QByteArray &page, const QString &id,
                                                         qsizetype shownBytes, qsizetype pieceBytes)
{
    const std::optional<Layout> layout = layoutOf(page);
    if (!layout || layout->sections.isEmpty())
        return std::nullopt;
    const QList<Span> &sections = layout->sections;
    const QByteArray tag = openTag(id);
    const auto landing =
        id.isEmpty() ? sections.cbegin()
                     : std::find_if(sections.cbegin(), sections.cend(), [&](const Span &section) {
                           return QByteArrayView(page).sliced(section.start).startsWith(tag);
                       });
    if (landing == sections.cend())
        return std::nullopt;
    // The sections from the one landed on that start within `shownBytes` of it.
    auto shownEnd = landing + 1;
    while (shownEnd != sections.cend() && shownEnd->start - landing->start < shownBytes)
        ++shownEnd;
    if (landing == sections.cbegin() && shownEnd == sections.cend())
        return std::nullopt;
    // Whatever lies between sections goes with the section after it, and what follows the
    // last with the last, so that the pieces and `shown` make the page again.
    const auto startOf = [&](auto section) {
        return section == sections.cend() ? sections.last().end : section->start;
    };
    Cut cut;
    for (auto end = landing; end != sections.cbegin();) {
        auto start = end - 1;
        while (start != sections.cbegin() && startOf(end) - start->start < pieceBytes)
            --start;
        cut.before.append(page.mid(start->start, startOf(end) - start->start));
        end = start;
    }
    for (auto start = shownEnd; start != sections.cend();) {
        auto end = start + 1;
        while (end != sections.cend() && startOf(end) - start->start < pieceBytes)
            ++end;
        cut.after.append(page.mid(start->start, startOf(end) - start->start));
        start = end;
    }
    const qsizetype first = sections.first().start;
    const qsizetype last = sections.last().end;
    cut.shown = page.left(first) + page.mid(landing->start, startOf(shownEnd) - landing->start) +
                page.mid(last);
    return cut;
}
