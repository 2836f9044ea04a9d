#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A link to another place in the content ("#SECTION" or "trustbook://DOC/SECTION"), kept so
// the build can check that it leads somewhere.
struct InternalLink
{
    QString target;
    int line = 0; // 1-based line of the block the link is in
};

// One top-level block of a rendered document: a heading, paragraph, list, table, ...
struct RenderedBlock
{
    int headingLevel = 0; // 0 for anything that is not a heading
    QString headingText;  // plain text of a heading, for ids and titles
    QByteArray html;
    QString plainText;
    int line = 0; // 1-based line in the markdown where the block starts
    QList<InternalLink> internalLinks;
};

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
