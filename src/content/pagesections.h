#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The one place that knows how a generated page holds its sections: inside
// <main class="document">, the document's intro, then each question and answer as
// <section class="qa" id="ID">\n...</section>\n. Sections never nest and nothing else can
// spell those tags (cmark-gfm's safe mode drops raw HTML and escapes code), so the page
// can be cut into sections by plain string search, without a browser.
class PageSections final
{
public:
    // What the generator writes for one section.
    static QByteArray wrap(const QString &id, const QByteArray &html);

    // The intro and the sections named in `ids` (in page order; unknown ids are ignored), as
    // they stand in `page`; nullopt when `page` is no generated page.
    static std::optional<QByteArray> select(const QByteArray &page, const QList<QString> &ids);

    // One section's heading and answer, without its <section> wrapper; nullopt if absent.
    static std::optional<QByteArray> inner(const QByteArray &page, const QString &id);

    // `page` (or a body) cut around the section a reader lands on, so that what they see first
    // can be parsed first, and the rest a piece at a time. `shown` is the page without the
    // sections before `id` and those after the first `shownBytes` of sections from `id` on.
    // Those are in `before` and `after`, in pieces of whole sections of about `pieceBytes`,
    // the piece nearest the shown sections first: each piece of `before` goes just before the
    // first section then shown, each of `after` just after the last. An empty `id` lands on
    // the first section. nullopt when nothing is left for later, `id` names no section, or
    // `page` is no generated page.
    struct Cut
    {
        QByteArray shown;
        QList<QByteArray> before;
        QList<QByteArray> after;
    };
    static std::optional<Cut> cutAround(const QByteArray &page, const QString &id,
                                        qsizetype shownBytes, qsizetype pieceBytes);
};
