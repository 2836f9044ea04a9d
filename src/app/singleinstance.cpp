#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <utility>

#include <unistd.h>

namespace {

// A request is one line: the magic word, a tab, the section path. Anything else on the socket
// (a stray client, a newer or older protocol) is not a request and changes nothing.
const QByteArray kRequestPrefix = QByteArrayLiteral("trustbook-open-1\t");
const QByteArray kAcknowledgement = QByteArrayLiteral("ok\n");
// How long a launch that lost the race waits between looks for the first one's socket.
constexpr int kRetryMs = 20;

// Beside the socket: a bare server name is a socket in the temporary folder.
QString lockPathFor(const QString &serverName)
{
    const QString path = serverName.contains(QLatin1Char('/'))
                             ? serverName
                             : QDir(QDir::tempPath()).filePath(serverName);
    return path + QLatin1String(".lock");
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : SingleInstance(std::move(serverName), Limits(), parent)
{}

SingleInstance::SingleInstance(QString serverName, Limits limits, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
    , m_limits(limits)
    , m_lock(lockPathFor(m_serverName))
{
    // The first instance holds the lock for as long as its window is open, hours perhaps;
    // only a lock whose process is gone is stale.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName(const QString &binary)
{
    const QString name = QStringLiteral("%1-%2").arg(binary).arg(::getuid());
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // A bare name lands in /tmp, where every user's socket lives; the uid keeps them apart.
    return runtimeDir.isEmpty() ? name : QDir(runtimeDir).filePath(name);
}

Result<SingleInstance::Role> SingleInstance::claim(const QString &sectionPath, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_lock.tryLock(0)) {
            if (const Result<Done> listening = listen(); !listening)
                return Result<Role>::failure(listening.error());
            return Result<Role>::success(Role::First);
        }
        if (m_lock.error() != QLockFile::LockFailedError)
            return Result<Role>::failure(tr("cannot take the lock %1: %2")
                                             .arg(QDir::toNativeSeparators(m_lock.fileName()),
                                                  m_lock.error() == QLockFile::PermissionError
                                                      ? tr("permission denied")
                                                      : tr("unknown error")));
        // Someone holds it: the window is open, or being built and about to listen.
        if (handOver(sectionPath, static_cast<int>(qMax<qint64>(deadline.remainingTime(), 0))))
            return Result<Role>::success(Role::HandedOver);
        if (deadline.hasExpired())
            return Result<Role>::failure(
                tr("the window already open did not answer within %1 s").arg(timeoutMs / 1000));
        QThread::msleep(kRetryMs);
    }
}

bool SingleInstance::handOver(const QString &sectionPath, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRequestPrefix + sectionPath.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (socket.bytesAvailable() < kAcknowledgement.size()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.read(kAcknowledgement.size()) == kAcknowledgement;
}

Result<Done> SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may hand sections to the window.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(m_limits.maxClients);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_serverName))
        return Result<Done>::success({});
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it, so a crash left it. (With access options Qt 6.4 binds in a
        // private folder and renames the socket into place, which replaces such a file anyway.)
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return Result<Done>::success({});
    }
    return Result<Done>::failure(m_server->errorString());
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_clients >= m_limits.maxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_clients;
        // Qt would otherwise read whatever a client streams into memory, wanted or not.
        socket->setReadBufferSize(m_limits.maxRequestBytes);
        connect(socket, &QObject::destroyed, this, [this] { --m_clients; });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A client that never finishes its line would hold its place for ever.
        QTimer::singleShot(m_limits.clientTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= m_limits.maxRequestBytes)
            socket->abort();
        return;
    }
    QByteArray line = socket->readLine(m_limits.maxRequestBytes);
    if (!line.endsWith('\n') || !line.startsWith(kRequestPrefix)) {
        socket->abort();
        return;
    }
    // One request per connection: whatever follows is not read, and the connection closes
    // once the acknowledgement is out, so a client cannot keep a stream of work coming.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->write(kAcknowledgement);
    socket->disconnectFromServer();
    line.chop(1);
    Q_EMIT sectionRequested(QString::fromUtf8(line.mid(kRequestPrefix.size())));
}
