#pragma once

#include "result.h"

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One reading window per user: a second launch hands its section path to the window already
// open (over a local socket) and exits, and the open window shows that section. The socket
// name is passed in so tests can run instances of their own beside a user's real one.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QString serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // "trustbook-<uid>" in the user's runtime folder (XDG_RUNTIME_DIR), else in /tmp.
    static QString defaultServerName();

    // Hands sectionPath (may be empty) to a running instance; true once it has acknowledged.
    bool handOver(const QString &sectionPath, int timeoutMs = 2000);
    // Becomes the instance others hand over to. A socket file left by a crashed instance is
    // removed: call this only after handOver() found nobody answering. Fails with the system's
    // reason.
    Result<Done> listen();

Q_SIGNALS:
    void sectionRequested(const QString &sectionPath);

private:
    void onNewConnection();
    void readRequest(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
