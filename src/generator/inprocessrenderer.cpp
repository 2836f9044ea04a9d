#include "inprocessrenderer.h"

#include "contentversion.h"
#include "pagesections.h"
#include "sectionsplitter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject searchEntry(const DocumentEntry &document, const Section &section)
{
    return QJsonObject{
        {QStringLiteral("path"), QString(document.id + QLatin1Char('/') + section.id)},
        {QStringLiteral("title"), section.title},
        {QStringLiteral("document"), document.title},
        {QStringLiteral("text"), section.plainText}};
}

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

RenderedDocument assemble(DocumentEntry entry, const SplitDocument &split)
{
    RenderedDocument document{std::move(entry), split.introHtml, {}, {}};
    QJsonArray searchText;
    for (const Section &section : split.sections) {
        document.entry.sections.append({section.id, section.title, section.line});
        document.bodyHtml += PageSections::wrap(section.id, section.html);
        searchText.append(searchEntry(document.entry, section));
    }
    // Compact: parsed when the app builds its search index, never read by a person.
    document.searchText = QJsonDocument(searchText).toJson(QJsonDocument::Compact);
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
    RenderedDocument document = assemble(documentEntry(path, markup->frontMatter, *source),
                                         SectionSplitter::split(markup->blocks));
    for (const RenderedBlock &block : markup->blocks)
        document.internalLinks += block.internalLinks;
    return RenderResult::success(std::move(document));
}
