#pragma once

#include "exportchild.h"
#include "exportchildprogram.h"

#include <QProcess>

// An export child started as a program with QProcess: how the window starts every export, and
// how the command line retries one.
class LaunchedExportChild final : public ExportChild
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaunchedExportChild)

public:
    explicit LaunchedExportChild(ExportChildProgram program);
    ~LaunchedExportChild() override;

    qint64 processId() const override { return m_process.processId(); }
    void send(const QByteArray &request) override;
    QByteArray readAll() override { return m_process.readAllStandardOutput(); }
    bool isRunning() const override { return m_process.state() != QProcess::NotRunning; }
    void kill() override { m_process.kill(); }
    void reap() override;
    // QProcess waits for its process in any case.
    void abandon() override
    {
        kill();
        reap();
    }

private:
    ExportChildProgram m_program;
    QProcess m_process;
};
