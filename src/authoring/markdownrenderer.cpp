#include "markdownrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <optional>
#include <vector>

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

bool isInternal(const char *url)
{
    return url && (url[0] == '#' || std::strncmp(url, "trustbook:", 10) == 0);
}

QList<InternalLink> internalLinks(cmark_node *block)
{
    QList<InternalLink> links;
    cmark_iter *iter = cmark_iter_new(block);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_LINK &&
            isInternal(cmark_node_get_url(node))) {
            // Inline nodes carry no reliable line in cmark-gfm 0.29: the block's line it is.
            const int line = cmark_node_get_start_line(node);
            links.append({QString::fromUtf8(cmark_node_get_url(node)),
                          line > 0 ? line : cmark_node_get_start_line(block)});
        }
    }
    cmark_iter_free(iter);
    return links;
}

// What cmark_render_plaintext() (width 0) makes of a top-level paragraph or heading, taken
// from the parsed nodes in one walk instead of a second renderer; nullopt for any other block,
// or one holding a node this does not know (lists, tables, strikethrough, images keep cmark's
// renderer). Text and code are written as they are; a line break is written as cmark's
// renderer writes one: only before more output, and not after a line break already written.
std::optional<QByteArray> paragraphText(cmark_node *block)
{
    const cmark_node_type blockType = cmark_node_get_type(block);
    if (blockType != CMARK_NODE_PARAGRAPH && blockType != CMARK_NODE_HEADING)
        return std::nullopt;
    const bool heading = blockType == CMARK_NODE_HEADING;
    QByteArray text;
    int pendingBreaks = 0;
    const auto out = [&](const char *literal) {
        for (qsizetype k = text.size() - 1; pendingBreaks > 0; --pendingBreaks) {
            if (k < 0 || text.at(k) == '\n')
                --k;
            else
                text += '\n';
        }
        text += literal;
    };
    bool known = true;
    cmark_iter *iter = cmark_iter_new(block);
    for (cmark_event_type event = cmark_iter_next(iter); known && event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            if (heading)
                out(" ");
            else
                pendingBreaks = qMax(pendingBreaks, 1);
            break;
        case CMARK_NODE_LINEBREAK:
            pendingBreaks = qMax(pendingBreaks, 1);
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            known = false;
            break;
        }
    }
    cmark_iter_free(iter);
    return known ? std::optional<QByteArray>(text) : std::nullopt;
}

RenderedBlock renderBlock(cmark_node *node, cmark_llist *extensions)
{
    RenderedBlock block;
    block.line = cmark_node_get_start_line(node);
    block.html = takeBytes(cmark_render_html(node, MarkdownRenderer::options(), extensions));
    const std::optional<QByteArray> paragraph = paragraphText(node);
    block.plainText =
        QString::fromUtf8(
            paragraph ? *paragraph
                      : takeBytes(cmark_render_plaintext(node, MarkdownRenderer::options(), 0)))
            .trimmed();
    block.internalLinks = internalLinks(node);
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        block.headingLevel = cmark_node_get_heading_level(node);
        block.headingText = block.plainText.simplified();
    }
    return block;
}

bool isEmbedded(const char *url)
{
    // Safe mode keeps only data:image/png|gif|jpeg|webp URLs of the data: kind.
    return url && std::strncmp(url, "data:", 5) == 0;
}

// An image the page would have to fetch (from the web or from a file beside the markdown) can
// never load: pages load nothing but themselves. Rather than a broken image, the reader gets
// a link with the image's description, which opens in the browser like any other.
void replaceFetchedImages(cmark_node *document)
{
    std::vector<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE &&
            !isEmbedded(cmark_node_get_url(node)))
            images.push_back(node);
    }
    cmark_iter_free(iter);
    for (cmark_node *image : images) {
        cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, cmark_node_get_url(image));
        cmark_node_set_title(link, cmark_node_get_title(image));
        while (cmark_node *child = cmark_node_first_child(image))
            cmark_node_append_child(link, child); // moves it
        if (!cmark_node_first_child(link)) {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, cmark_node_get_url(image));
            cmark_node_append_child(link, text);
        }
        cmark_node_replace(image, link);
        cmark_node_free(image);
    }
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
    replaceFetchedImages(document.get());

    QList<RenderedBlock> blocks;
    for (cmark_node *node = cmark_node_first_child(document.get()); node;
         node = cmark_node_next(node))
        blocks.append(renderBlock(node, extensions));
    return blocks;
}
