#include "inprocessrenderer.h"

#include "contentversion.h"
#include "frontmatter.h"
#include "markdownrenderer.h"
#include "pagesections.h"
#include "scriptblockstripper.h"
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
    return DocumentEntry{QFileInfo(path).completeBaseName(),
                         frontMatter.title,
                         frontMatter.section,
                         frontMatter.description,
                         frontMatter.url,
                         frontMatter.order,
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

InProcessRenderer::InProcessRenderer(SourceReader reader)
    : m_reader(std::move(reader))
{}

std::optional<RenderedDocument> InProcessRenderer::render(const QString &path,
                                                          ContentError *error) const
{
    const std::optional<QByteArray> source = m_reader.read(path, error);
    if (!source)
        return std::nullopt;
    QByteArray body;
    const std::optional<FrontMatter> frontMatter = FrontMatter::parse(*source, path, &body, error);
    if (!frontMatter)
        return std::nullopt;
    const std::optional<QByteArray> markdown = ScriptBlockStripper::strip(body, path, error);
    if (!markdown)
        return std::nullopt;
    const QList<RenderedBlock> blocks = MarkdownRenderer().render(*markdown);
    RenderedDocument document =
        assemble(documentEntry(path, *frontMatter, *source), SectionSplitter::split(blocks));
    for (const RenderedBlock &block : blocks)
        document.internalLinks += block.internalLinks;
    return document;
}
