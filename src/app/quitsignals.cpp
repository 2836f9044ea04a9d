#include "quitsignals.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace {

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

// The write end, for the handler; -1 while no QuitSignals is installed.
volatile sig_atomic_t writeFd = -1;

// Only async-signal-safe calls here, and errno as the interrupted code left it.
void onSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signalNumber);
    if (writeFd >= 0)
        static_cast<void>(::write(writeFd, &byte, 1));
    errno = savedErrno;
}

} // namespace

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{}

QuitSignals::~QuitSignals()
{
    if (m_readFd < 0)
        return;
    for (const int signalNumber : kSignals)
        std::signal(signalNumber, SIG_DFL);
    // No handler may write to a descriptor after it is closed, or to one reused meanwhile.
    const int fd = writeFd;
    writeFd = -1;
    ::close(fd);
    ::close(m_readFd);
}

Result<Done> QuitSignals::install()
{
    int fds[2];
    // Non-blocking: a handler must never wait, and a full pipe already says "quit".
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, fds) != 0)
        return Result<Done>::failure(qt_error_string(errno));
    m_readFd = fds[0];
    writeFd = fds[1];
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signalNumber : kSignals) {
        if (::sigaction(signalNumber, &action, nullptr) != 0)
            return Result<Done>::failure(qt_error_string(errno));
    }
    return Result<Done>::success({});
}

void QuitSignals::onReadable()
{
    char bytes[16];
    const ssize_t count = ::read(m_readFd, bytes, sizeof bytes);
    for (ssize_t i = 0; i < count; ++i)
        Q_EMIT quitRequested(static_cast<unsigned char>(bytes[i]));
}
