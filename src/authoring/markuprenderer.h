#pragma once

#include "contenterror.h"
#include "frontmatter.h"
#include "renderedblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a markup format makes of one source file: the document's metadata and its top-level
// blocks, from which the section splitter cuts the questions at level-2 headings.
struct MarkupDocument
{
    FrontMatter frontMatter;
    QList<RenderedBlock> blocks;
};

// One source format. The generator chooses it by the file's extension (MarkupRegistry), so
// nothing else in the build knows which formats exist or how they are written.
class MarkupRenderer
{
public:
    virtual ~MarkupRenderer() = default;

    // Fails (file:line: message) when `source` is no valid document of this format; `path`
    // names the file in errors and nothing else.
    virtual ContentResult<MarkupDocument> render(const QByteArray &source,
                                                 const QString &path) const = 0;

protected:
    MarkupRenderer() = default;
    Q_DISABLE_COPY_MOVE(MarkupRenderer)
};
