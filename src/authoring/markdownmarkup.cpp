#include "markdownmarkup.h"

#include "markdownrenderer.h"
#include "scriptblockstripper.h"

ContentResult<MarkupDocument> MarkdownMarkup::render(const QByteArray &source,
                                                     const QString &path) const
{
    QByteArray body;
    ContentResult<FrontMatter> frontMatter = FrontMatter::parse(source, path, &body);
    if (!frontMatter)
        return ContentResult<MarkupDocument>::failure(frontMatter.error());
    const ContentResult<QByteArray> markdown = ScriptBlockStripper::strip(body, path);
    if (!markdown)
        return ContentResult<MarkupDocument>::failure(markdown.error());
    return ContentResult<MarkupDocument>::success(
        MarkupDocument{*std::move(frontMatter), MarkdownRenderer().render(*markdown)});
}
