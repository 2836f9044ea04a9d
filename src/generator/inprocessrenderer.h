#pragma once

#include "documentrenderer.h"
#include "sourcereader.h"

// Renders a content file right here: read (bounded, UTF-8 checked) -> front matter -> strip
// Svelte blocks -> cmark-gfm -> sections. Nothing protects this process from cmark-gfm, so the
// build tool runs it only inside the child of an IsolatedRenderer.
class InProcessRenderer final : public DocumentRenderer
{
public:
    explicit InProcessRenderer(SourceReader reader);

    std::optional<RenderedDocument> render(const QString &path, ContentError *error) const override;

private:
    SourceReader m_reader;
};
