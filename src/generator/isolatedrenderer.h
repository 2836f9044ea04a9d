#pragma once

#include "documentrenderer.h"
#include "renderlimits.h"

#include <QString>

#include <cstdio>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

// Renders files in child processes (`program --render-many`, normally this very binary), so a
// hang or an abort() in cmark-gfm costs one file, not the build: a child is killed when it
// runs past the time budget or its reply outgrows the output cap, a crash is reported with its
// signal, and every failure names the file (see RenderWorker). renderAll() keeps one child per
// worker thread busy with file after file, as many workers as `jobs`, but no more than the
// content is worth: each child after the first needs `bytesPerExtraChild` of it.
class IsolatedRenderer final : public DocumentRenderer
{
public:
    // The content another child must have to render before it is worth its start-up: about
    // what one child renders in the time it takes to start.
    static constexpr qint64 kBytesPerExtraChild = 256 * 1024;

    IsolatedRenderer(QString program, RenderLimits limits, int jobs = 1,
                     qint64 bytesPerExtraChild = kBytesPerExtraChild);

    RenderResult render(const QString &path) const override;
    QList<RenderResult> renderAll(const QStringList &paths) const override;
    // The child renders with MarkupRegistry::standard() (see trustbook-gen's main), whose
    // extensions these are.
    QStringList extensions() const override;

    // The child's side: renders each path read from `in` with `renderer` and writes its reply
    // to `out`, until `in` ends. Returns the child's exit code.
    static int serve(const DocumentRenderer &renderer, const RenderLimits &limits, std::FILE *in,
                     QIODevice *out);

    // Caps this process's address space (RLIMIT_AS) at `maxBytes`, for good: called first
    // thing in a child, so no file can take the machine's memory. False if the system refused.
    static bool limitMemory(qint64 maxBytes);

    // The hidden option that makes trustbook-gen a child.
    static QString renderManyOption() { return QStringLiteral("render-many"); }

private:
    qsizetype workersFor(const QStringList &paths) const;

    QString m_program;
    RenderLimits m_limits;
    int m_jobs;
    qint64 m_bytesPerExtraChild;
};
