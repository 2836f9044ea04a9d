#include "markdownrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>

namespace {

const char *const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct CharDeleter
{
    void operator()(char *text) const { free(text); }
};
using CmarkText = std::unique_ptr<char, CharDeleter>;

QByteArray takeBytes(char *text)
{
    const CmarkText owned(text);
    return QByteArray(owned.get());
}

std::unique_ptr<cmark_parser, ParserDeleter> makeParser()
{
    std::unique_ptr<cmark_parser, ParserDeleter> parser(
        cmark_parser_new(MarkdownRenderer::options()));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    return parser;
}

RenderedBlock renderBlock(cmark_node *node, cmark_llist *extensions)
{
    RenderedBlock block;
    block.line = cmark_node_get_start_line(node);
    block.html = takeBytes(cmark_render_html(node, MarkdownRenderer::options(), extensions));
    block.plainText =
        QString::fromUtf8(takeBytes(cmark_render_plaintext(node, MarkdownRenderer::options(), 0)))
            .trimmed();
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        block.headingLevel = cmark_node_get_heading_level(node);
        block.headingText = block.plainText.simplified();
    }
    return block;
}

} // namespace

MarkdownRenderer::MarkdownRenderer()
{
    // Registration is global and idempotent; doing it here means no caller can forget it.
    cmark_gfm_core_extensions_ensure_registered();
}

int MarkdownRenderer::options()
{
    // Safe mode is cmark-gfm's default (no CMARK_OPT_UNSAFE): raw HTML never reaches a page.
    return CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_GITHUB_PRE_LANG;
}

QList<RenderedBlock> MarkdownRenderer::render(const QByteArray &markdown) const
{
    const auto parser = makeParser();
    cmark_parser_feed(parser.get(), markdown.constData(), static_cast<size_t>(markdown.size()));
    const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    cmark_llist *extensions = cmark_parser_get_syntax_extensions(parser.get());

    QList<RenderedBlock> blocks;
    for (cmark_node *node = cmark_node_first_child(document.get()); node;
         node = cmark_node_next(node))
        blocks.append(renderBlock(node, extensions));
    return blocks;
}
