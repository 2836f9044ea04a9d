#include "markdownmarkup.h"

#include "markdownrenderer.h"
#include "scriptblockstripper.h"

std::optional<MarkupDocument> MarkdownMarkup::render(const QByteArray &source, const QString &path,
                                                     ContentError *error) const
{
    QByteArray body;
    std::optional<FrontMatter> frontMatter = FrontMatter::parse(source, path, &body, error);
    if (!frontMatter)
        return std::nullopt;
    const std::optional<QByteArray> markdown = ScriptBlockStripper::strip(body, path, error);
    if (!markdown)
        return std::nullopt;
    return MarkupDocument{std::move(*frontMatter), MarkdownRenderer().render(*markdown)};
}

QString MarkdownMarkup::extension()
{
    return QStringLiteral("md");
}
