#pragma once

#include "exportchild.h"

#include <QByteArray>

#include <memory>
#include <sys/types.h>

class QSocketNotifier;

// An export child forked from this process before it made its application, for
// `--export-pdf`: the child goes on from there as a started `--pdf-export-child` would, but
// without loading and linking the program a second time (the dynamic loader alone costs a Qt
// WebEngine program tens of milliseconds, most of what the command line added to a small
// export). The two talk over a socket pair that is the child's standard input and output; the
// parent learns of the child's end from a pidfd and copies the child's standard error to its own.
// Forking is only safe while this process has one thread, so fork() checks and declines otherwise
// (the export then starts the program).
class ForkedExportChild final : public ExportChild
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForkedExportChild)

public:
    enum class Side { Parent, Child };

    // Forks, first thing: no application, one thread. In the parent: the child (Side::Parent).
    // In the child: null (Side::Child), its standard input and output now the line to the
    // parent, and it dies with the parent. Null in the parent when this process cannot fork
    // safely or the system refuses.
    static std::unique_ptr<ForkedExportChild> fork(Side *side);

    ~ForkedExportChild() override;

    qint64 processId() const override { return m_running ? m_pid : 0; }
    void send(const QByteArray &request) override;
    QByteArray readAll() override;
    bool isRunning() const override { return m_running; }
    void kill() override;
    void reap() override;
    void abandon() override;

private:
    ForkedExportChild(pid_t pid, int line, int errors, int exitFd);
    void watch();
    void drain();
    void read();
    void relayErrors();
    void onExited();

    pid_t m_pid;
    int m_line;   // our end of the socket pair
    int m_errors; // the read end of the child's standard error
    int m_exitFd; // pidfd: readable once the child has ended
    bool m_running = true;
    QByteArray m_received;
    std::unique_ptr<QSocketNotifier> m_readable;
    std::unique_ptr<QSocketNotifier> m_exited;
    std::unique_ptr<QSocketNotifier> m_errorsReadable;
};
