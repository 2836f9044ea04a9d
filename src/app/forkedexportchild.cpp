#include "forkedexportchild.h"

#include <QDir>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// A process with more threads than this one cannot fork safely: a lock another thread held
// at that moment stays locked in the child for ever.
bool singleThreaded()
{
    return QDir(QStringLiteral("/proc/self/task"))
               .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
               .size() == 1;
}

int openPidFd(pid_t pid)
{
#ifdef SYS_pidfd_open
    return static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)); // close-on-exec by design
#else
    Q_UNUSED(pid)
    errno = ENOSYS;
    return -1;
#endif
}

void closeQuietly(int fd)
{
    if (fd >= 0)
        ::close(fd);
}

// Writes all of `data` unless the other end is gone; then the rest is dropped (for the line,
// the child's end and why come through the pidfd; for standard error, nobody is left to read).
void writeAll(int fd, const char *data, qsizetype size)
{
    for (qsizetype written = 0; written < size;) {
        const ssize_t n = ::write(fd, data + written, static_cast<size_t>(size - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        written += n;
    }
}

// Hands `take` everything a non-blocking `fd` holds now. False once every writer has closed
// its end (nothing more will come), true when the rest has yet to be written.
template<typename Take>
bool readWaiting(int fd, Take take)
{
    char chunk[65536];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0)
            take(chunk, n);
        else if (n < 0 && errno == EINTR)
            continue;
        else
            return n != 0;
    }
}

} // namespace

std::unique_ptr<ForkedExportChild> ForkedExportChild::fork(Side *side)
{
    *side = Side::Parent;
    if (!singleThreaded())
        return nullptr;
    int line[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, line) != 0)
        return nullptr;
    int errors[2];
    if (::pipe2(errors, O_CLOEXEC) != 0) {
        closeQuietly(line[0]);
        closeQuietly(line[1]);
        return nullptr;
    }
    // Whatever stdio holds would otherwise be written twice, once by each process.
    std::fflush(nullptr);
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        for (const int fd : {line[0], line[1], errors[0], errors[1]})
            closeQuietly(fd);
        return nullptr;
    }
    if (pid == 0) {
        // The child must not outlive the parent, even one that dies before it is told so.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        // dup2 leaves the copies open across exec, as a started child's standard streams are.
        // Its standard error, which Chromium's helper processes inherit, is a pipe the parent
        // relays (see relayErrors()).
        if (::dup2(line[1], STDIN_FILENO) < 0 || ::dup2(line[1], STDOUT_FILENO) < 0 ||
            ::dup2(errors[1], STDERR_FILENO) < 0)
            ::_exit(1);
        for (const int fd : {line[0], line[1], errors[0], errors[1]})
            ::close(fd);
        *side = Side::Child;
        return nullptr;
    }
    ::close(line[1]);
    ::close(errors[1]);
    // Never waited on: helpers that still hold the other end must not hold this process up.
    ::fcntl(errors[0], F_SETFL, ::fcntl(errors[0], F_GETFL) | O_NONBLOCK);
    const int exitFd = openPidFd(pid);
    if (exitFd < 0) { // an old kernel: without a pidfd its end could not be seen; start instead
        ::kill(pid, SIGKILL);
        ::waitpid(pid, nullptr, 0);
        ::close(line[0]);
        ::close(errors[0]);
        return nullptr;
    }
    return std::unique_ptr<ForkedExportChild>(
        new ForkedExportChild(pid, line[0], errors[0], exitFd));
}

ForkedExportChild::ForkedExportChild(pid_t pid, int line, int errors, int exitFd)
    : m_pid(pid)
    , m_line(line)
    , m_errors(errors)
    , m_exitFd(exitFd)
{}

ForkedExportChild::~ForkedExportChild()
{
    m_readable.reset();
    m_exited.reset();
    if (m_running) {
        kill();
        reap();
    }
    relayErrors();
    m_errorsReadable.reset();
    closeQuietly(m_line);
    closeQuietly(m_errors);
    closeQuietly(m_exitFd);
}

void ForkedExportChild::send(const QByteArray &request)
{
    // The child reads its whole request before it says anything, so a blocking write cannot
    // stall on a full socket the other way.
    writeAll(m_line, request.constData(), request.size());
    ::shutdown(m_line, SHUT_WR);
    ::fcntl(m_line, F_SETFL, ::fcntl(m_line, F_GETFL) | O_NONBLOCK);
    watch();
}

// The notifiers need the application's event loop, which did not exist when this was forked.
void ForkedExportChild::watch()
{
    m_readable = std::make_unique<QSocketNotifier>(m_line, QSocketNotifier::Read);
    connect(m_readable.get(), &QSocketNotifier::activated, this, &ForkedExportChild::read);
    m_exited = std::make_unique<QSocketNotifier>(m_exitFd, QSocketNotifier::Read);
    connect(m_exited.get(), &QSocketNotifier::activated, this, &ForkedExportChild::onExited);
    m_errorsReadable = std::make_unique<QSocketNotifier>(m_errors, QSocketNotifier::Read);
    connect(m_errorsReadable.get(), &QSocketNotifier::activated, this,
            &ForkedExportChild::relayErrors);
}

// Chromium's helper processes inherit the child's standard error and outlive a killed child by
// 10-20 ms. Were it this process's own, whatever reads the command's output to its end (a
// script's $(... 2>&1), a pipe, a CI log) would wait for them after this process had exited,
// and a late message could land after the shell's prompt. So the child writes into a pipe and
// this process copies what comes to its own standard error while it runs; what the helpers say
// after that is not waited for.
void ForkedExportChild::relayErrors()
{
    const bool more = readWaiting(
        m_errors, [](const char *data, ssize_t size) { writeAll(STDERR_FILENO, data, size); });
    if (!more && m_errorsReadable)
        m_errorsReadable->setEnabled(false); // every writer is gone
}

// Everything waiting on the line now; at its end the notifier stops (nothing more will come).
void ForkedExportChild::drain()
{
    const bool more = readWaiting(
        m_line, [this](const char *data, ssize_t size) { m_received.append(data, size); });
    if (!more && m_readable)
        m_readable->setEnabled(false);
}

void ForkedExportChild::read()
{
    const qsizetype before = m_received.size();
    drain();
    if (m_received.size() > before)
        Q_EMIT readyRead();
}

QByteArray ForkedExportChild::readAll()
{
    if (m_readable) // not only what the notifier has seen: what the child wrote last, too
        drain();
    return std::exchange(m_received, {});
}

void ForkedExportChild::onExited()
{
    m_exited->setEnabled(false);
    relayErrors(); // its last words, before its end is reported
    reap();
    Q_EMIT finished();
}

void ForkedExportChild::kill()
{
    if (m_running)
        ::kill(m_pid, SIGKILL);
}

void ForkedExportChild::abandon()
{
    kill();
    m_readable.reset();
    m_exited.reset();
    if (m_running)
        static_cast<void>(::waitpid(m_pid, nullptr, WNOHANG)); // reaped now if already gone
    m_running = false;
}

void ForkedExportChild::reap()
{
    if (!m_running)
        return;
    while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
    }
    m_running = false;
}
