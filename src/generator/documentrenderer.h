#pragma once

#include "contenterror.h"
#include "manifest.h"
#include "renderedblock.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// One content file, rendered: everything the generator needs to place it in the output.
struct RenderedDocument
{
    DocumentEntry entry;   // front matter, source hash and sections in source order
    QByteArray bodyHtml;   // the page body: the intro, then one <section> per question
    QByteArray searchText; // JSON, one entry per section
    // Each section's plain text (the JSON's "text"), in entry.sections order: the build's
    // checks and search index take it from here rather than parse the JSON back.
    QStringList sectionTexts;
    QList<InternalLink> internalLinks; // checked once every document is known
};

// What became of one file: the document, or the error that says why not (file:line).
using RenderResult = ContentResult<RenderedDocument>;

// Turns one content file into a RenderedDocument. The generator does not care where that
// happens: in this process (unit tests, the child) or in a child process that a hang or an
// abort() in cmark-gfm cannot take down (the build tool).
class DocumentRenderer
{
public:
    virtual ~DocumentRenderer() = default;

    // Fails (file:line: message) when the file cannot be rendered.
    virtual RenderResult render(const QString &path) const = 0;

    // The file extensions (without dots) of the documents it renders: the generator takes
    // every other file in a content folder for a mistake.
    virtual QStringList extensions() const = 0;

    // Every file, results in the order of `paths`; one after the other unless a renderer
    // knows better (the isolated one renders several at once).
    virtual QList<RenderResult> renderAll(const QStringList &paths) const
    {
        QList<RenderResult> results;
        for (const QString &path : paths)
            results.append(render(path));
        return results;
    }

protected:
    DocumentRenderer() = default;
    Q_DISABLE_COPY_MOVE(DocumentRenderer)
};
