#pragma once

#include "documentrenderer.h"
#include "markupregistry.h"
#include "sourcereader.h"

// Renders a content file right here: read (bounded, UTF-8 checked) -> the markup format its
// extension names (markdown: front matter, Svelte blocks stripped, cmark-gfm) -> sections.
// Nothing protects this process from cmark-gfm, so the build tool runs it only inside the
// child of an IsolatedRenderer.
class InProcessRenderer final : public DocumentRenderer
{
public:
    explicit InProcessRenderer(SourceReader reader,
                               MarkupRegistry formats = MarkupRegistry::standard());

    RenderResult render(const QString &path) const override;
    QStringList extensions() const override { return m_formats.extensions(); }

private:
    SourceReader m_reader;
    MarkupRegistry m_formats;
};
