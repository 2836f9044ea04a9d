#include "singleinstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <utility>

#include <unistd.h>

namespace {

// A request is one line: the magic word, a tab, the section path. Anything else on the socket
// (a stray client, a newer or older protocol) is not a request and changes nothing.
const QByteArray kRequestPrefix = QByteArrayLiteral("trustbook-open-1\t");
const QByteArray kAcknowledgement = QByteArrayLiteral("ok\n");
// Section paths are short; a longer line is garbage, not worth buffering.
constexpr qint64 kMaxRequestBytes = 4096;

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString name = QStringLiteral("trustbook-%1").arg(::getuid());
    const QString runtimeDir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // A bare name lands in /tmp, where every user's socket lives; the uid keeps them apart.
    return runtimeDir.isEmpty() ? name : QDir(runtimeDir).filePath(name);
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
    return socket.readAll() == kAcknowledgement;
}

Result<Done> SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may hand sections to the window.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
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
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        if (socket->bytesAvailable() > 0)
            readRequest(socket);
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxRequestBytes)
            socket->abort();
        return;
    }
    QByteArray line = socket->readLine(kMaxRequestBytes);
    if (!line.endsWith('\n') || !line.startsWith(kRequestPrefix)) {
        socket->abort();
        return;
    }
    socket->write(kAcknowledgement);
    socket->flush();
    line.chop(1);
    Q_EMIT sectionRequested(QString::fromUtf8(line.mid(kRequestPrefix.size())));
}
