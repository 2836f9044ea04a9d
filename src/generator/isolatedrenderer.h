#pragma once

#include "documentrenderer.h"
#include "renderlimits.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QIODevice;
class QProcess;
QT_END_NAMESPACE

// Renders each file in a child process (`program --render-one FILE`, normally this very
// binary), so a hang or an abort() in cmark-gfm costs one file, not the build: the child is
// killed when it runs past the time budget or its reply outgrows the output cap, and a crash
// is reported with its signal. Every failure names the file.
class IsolatedRenderer final : public DocumentRenderer
{
public:
    IsolatedRenderer(QString program, RenderLimits limits);

    std::optional<RenderedDocument> render(const QString &path, ContentError *error) const override;

    // The child's side: renders `path` with `renderer`, writes the reply to `out` and returns
    // the child's exit code.
    static int serve(const DocumentRenderer &renderer, const QString &path, QIODevice *out);

    // The hidden option that makes trustbook-gen the child.
    static QString renderOneOption() { return QStringLiteral("render-one"); }

private:
    bool start(QProcess &child, const QString &path) const;

    QString m_program;
    RenderLimits m_limits;
};
