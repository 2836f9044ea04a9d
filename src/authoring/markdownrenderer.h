#pragma once

#include "renderedblock.h"

#include <QByteArray>
#include <QList>

// Renders markdown with cmark-gfm in safe mode (raw HTML omitted, javascript:/file:/data:
// links emptied) with GitHub's table, strikethrough, autolink, tasklist and tagfilter
// extensions. It returns the document's top-level blocks one by one, so the splitter can cut
// sections at headings without re-parsing HTML.
class MarkdownRenderer final
{
public:
    MarkdownRenderer();
    QList<RenderedBlock> render(const QByteArray &markdown) const;

    // The options every render uses; tests and the benchmark compare against them.
    static int options();
};
