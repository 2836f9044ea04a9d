#pragma once

#include "contenterror.h"
#include "manifest.h"
#include "markdownrenderer.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One markdown file, rendered: everything the generator needs to place it in the output.
struct RenderedDocument
{
    DocumentEntry entry;               // front matter, source hash and sections in source order
    QByteArray bodyHtml;               // the page body: the intro, then one <section> per question
    QByteArray searchText;             // JSON, one entry per section
    QList<InternalLink> internalLinks; // checked once every document is known
};

// Turns one content file into a RenderedDocument. The generator does not care where that
// happens: in this process (unit tests, the child) or in a child process that a hang or an
// abort() in cmark-gfm cannot take down (the build tool).
class DocumentRenderer
{
public:
    virtual ~DocumentRenderer() = default;

    // nullopt with `error` set (file:line: message) when the file cannot be rendered
    virtual std::optional<RenderedDocument> render(const QString &path,
                                                   ContentError *error) const = 0;

protected:
    DocumentRenderer() = default;
    Q_DISABLE_COPY_MOVE(DocumentRenderer)
};
