#pragma once

#include "result.h"

#include <QObject>

class QSocketNotifier;

// SIGTERM (what a desktop logout sends), SIGINT (Ctrl+C) and SIGHUP (the terminal went away)
// would end the process where it stands, and the window would not save its state. A signal
// handler may do next to nothing safely, so it writes the signal's number into a socket pair
// (the self-pipe trick), and the event loop, reading the other end, emits quitRequested for
// a normal quit. One per process: the handlers are the process's.
class QuitSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitSignals)

public:
    explicit QuitSignals(QObject *parent = nullptr);
    // Gives the signals their default action back.
    ~QuitSignals() override;

    // Catches the three signals from now on; fails with the system's reason. Needs the
    // application object.
    Result<Done> install();

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    void onReadable();

    int m_readFd = -1;
    QSocketNotifier *m_notifier = nullptr;
};
