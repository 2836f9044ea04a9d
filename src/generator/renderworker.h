#pragma once

#include "documentrenderer.h"
#include "renderlimits.h"

#include <QByteArray>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
QT_END_NAMESPACE

// The parent's side of one renderer child (`program --render-many`): sends it one file at a
// time and waits for that file's reply within the time budget and output cap. A child that
// overruns, crashes or garbles its reply costs that one file: it is killed, the file gets an
// error naming the reason, and the next file starts a fresh child. One child serves many
// files, so a build pays for one process start per worker, not per file.
// Not thread-safe; each worker thread owns one.
class RenderWorker final
{
    Q_DISABLE_COPY_MOVE(RenderWorker)

public:
    RenderWorker(QString program, RenderLimits limits);
    ~RenderWorker();

    RenderResult render(const QString &path);

private:
    Result<Done> ensureChild();
    void discardChild();

    QString m_program;
    RenderLimits m_limits;
    std::unique_ptr<QProcess> m_child;
    QByteArray m_pending; // reply bytes read but not yet used
};
