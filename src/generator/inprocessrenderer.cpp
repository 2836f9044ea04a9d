#include "inprocessrenderer.h"

#include "contentversion.h"
#include "pagesections.h"
#include "reviewline.h"
#include "sectionsplitter.h"

#include "searchtextwriter.h"

#include <QFileInfo>

#include <algorithm>

namespace {

DocumentEntry documentEntry(const QString &path, const FrontMatter &frontMatter,
                            const QByteArray &source)
{
    const QFileInfo file(path);
    return DocumentEntry{file.completeBaseName(),
                         frontMatter.title,
                         frontMatter.section,
                         frontMatter.description,
                         frontMatter.url,
                         frontMatter.order,
                         file.fileName(),
                         ContentVersion::documentHash(source),
                         {}};
}

// Each section's review: the document's, with what `reviews:` gives for that section over it.
// Fails on a `reviews:` key that names no section, or an override that puts the next review
// before the last.
ContentResult<QList<Review>> sectionReviews(const QString &path, const FrontMatter &frontMatter,
                                            const QList<Section> &sections)
{
    QList<Review> reviews(sections.size(), frontMatter.review);
    for (const FrontMatter::SectionReview &entry : frontMatter.sectionReviews) {
        const auto found = std::find_if(sections.cbegin(), sections.cend(),
                                        [&](const Section &s) { return s.id == entry.section; });
        if (found == sections.cend())
            return ContentResult<QList<Review>>::failure(
                {path, entry.line,
                 QStringLiteral("'reviews' names section '%1', which this document does not "
                                "have (a section's id is its heading's anchor, as in links)")
                     .arg(entry.section)});
        Review &review = reviews[found - sections.cbegin()];
        review = frontMatter.review.overriddenBy(entry.review);
        if (review.reviewed.isValid() && review.reviewBy.isValid() &&
            review.reviewBy < review.reviewed)
            return ContentResult<QList<Review>>::failure(
                {path, entry.line,
                 QStringLiteral("section '%1' would be due for review on %2, before it was "
                                "reviewed on %3")
                     .arg(entry.section, review.reviewBy.toString(Qt::ISODate),
                          review.reviewed.toString(Qt::ISODate))});
    }
    return ContentResult<QList<Review>>::success(reviews);
}

RenderedDocument assemble(DocumentEntry entry, const SplitDocument &split,
                          const QList<Review> &reviews)
{
    RenderedDocument document{std::move(entry), split.introHtml, {}, {}, {}};
    SearchTextWriter searchText;
    for (qsizetype i = 0; i < split.sections.size(); ++i) {
        const Section &section = split.sections.at(i);
        document.entry.sections.append({section.id, section.title, section.line, reviews.at(i)});
        document.bodyHtml +=
            PageSections::wrap(section.id, section.html + ReviewLine::html(reviews.at(i)));
        searchText.add(document.entry.title, document.entry.id + QLatin1Char('/') + section.id,
                       section.plainText, section.title);
        document.sectionTexts.append(section.plainText);
    }
    // Compact: parsed when the app builds its search index, never read by a person.
    document.searchText = searchText.json();
    return document;
}

} // namespace

InProcessRenderer::InProcessRenderer(SourceReader reader, MarkupRegistry formats)
    : m_reader(std::move(reader))
    , m_formats(std::move(formats))
{}

RenderResult InProcessRenderer::render(const QString &path) const
{
    const MarkupRenderer *format = m_formats.find(path);
    if (!format)
        return RenderResult::failure(
            {path, 0,
             QStringLiteral("no markup format reads this file (known: .%1)")
                 .arg(m_formats.extensions().join(QLatin1String(", .")))});
    const ContentResult<QByteArray> source = m_reader.read(path);
    if (!source)
        return RenderResult::failure(source.error());
    const ContentResult<MarkupDocument> markup = format->render(*source, path);
    if (!markup)
        return RenderResult::failure(markup.error());
    const SplitDocument split = SectionSplitter::split(markup->blocks);
    const ContentResult<QList<Review>> reviews =
        sectionReviews(path, markup->frontMatter, split.sections);
    if (!reviews)
        return RenderResult::failure(reviews.error());
    RenderedDocument document =
        assemble(documentEntry(path, markup->frontMatter, *source), split, *reviews);
    for (const RenderedBlock &block : markup->blocks)
        document.internalLinks += block.internalLinks;
    return RenderResult::success(std::move(document));
}
