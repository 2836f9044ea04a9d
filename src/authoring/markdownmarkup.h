#pragma once

#include "markuprenderer.h"

// Markdown documents: YAML front matter, then markdown with Svelte script blocks stripped,
// rendered by cmark-gfm in safe mode.
class MarkdownMarkup final : public MarkupRenderer
{
public:
    MarkdownMarkup() = default;

    ContentResult<MarkupDocument> render(const QByteArray &source,
                                         const QString &path) const override;

    // The file extension (without the dot) markdown documents are written with. Inline, so a
    // program can name it without linking the parser (IsolatedRenderer in the app).
    static QString extension() { return QStringLiteral("md"); }
};
