#pragma once

#include "result.h"

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One reading window per user: a second launch hands its section path to the window already
// open (over a local socket) and exits, and the open window shows that section. The socket
// name is passed in so tests can run instances of their own beside a user's real one.
//
// Who is first is settled by a lock file beside the socket, taken before any window is built:
// two launches at the same moment cannot both find nobody listening and both open a window.
// What a client may cost the running window is bounded: one request line per connection, a
// few clients at a time, each for a short while.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    struct Limits
    {
        qint64 maxRequestBytes = 4096; // section paths are short; a longer line is garbage
        int maxClients = 8;            // connections served at once; more are dropped
        int clientTimeoutMs = 5000;    // a connection that has not sent its line by then goes
    };

    enum class Role {
        First,      // holds the lock and listens: build the window
        HandedOver, // the window already open took the section: exit
    };

    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    SingleInstance(QString serverName, Limits limits, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "<binary>-<uid>" (the brand's command name, "trustbook" for Trustbook) in the user's
    // runtime folder (XDG_RUNTIME_DIR), else in /tmp: two brands' windows live side by side.
    static QString defaultServerName(const QString &binary);

    // Becomes the first instance (takes the lock, then listens), or hands sectionPath to the
    // instance that is, waiting up to timeoutMs for one that is still building its window
    // (it answers from its event loop). The lock says that instance is alive (a dead one's
    // lock is stale), so waiting is worth it. Fails with the reason when neither works out;
    // then this launch is on its own.
    Result<Role> claim(const QString &sectionPath, int timeoutMs = 20000);

    // Hands sectionPath (may be empty) to a running instance; true once it has acknowledged.
    bool handOver(const QString &sectionPath, int timeoutMs = 2000);
    // Becomes the instance others hand over to. A socket file left by a crashed instance is
    // removed: call this only after handOver() found nobody answering, or with the lock
    // claim() takes. Fails with the system's reason.
    Result<Done> listen();

Q_SIGNALS:
    void sectionRequested(const QString &sectionPath);

private:
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    Limits m_limits;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    int m_clients = 0;
};
