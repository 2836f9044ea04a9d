// Two instances in one process on a socket of the test's own: the second hands its section
// over to the first, a socket file a crash left behind does not block start-up, and garbage
// on the socket is not mistaken for a request.
#include "singleinstance.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace {

const QString kGdpr = QStringLiteral("security-faq/is-gitpod-gdpr-compliant");

// handOver() blocks until the running instance answers, and that instance answers from its
// event loop, so the second instance runs in a thread of its own, as it would in a process.
bool handOverFromThread(const QString &serverName, const QString &sectionPath)
{
    std::atomic<bool> handedOver{false};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(serverName);
        handedOver = second.handOver(sectionPath);
    }));
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    return handedOver;
}

// claim() from a second instance, run like handOverFromThread(); empty when it failed.
std::optional<SingleInstance::Role> claimFromThread(const QString &serverName,
                                                    const QString &sectionPath)
{
    std::optional<SingleInstance::Role> role;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(serverName);
        if (const Result<SingleInstance::Role> claimed = second.claim(sectionPath, 2000))
            role = *claimed;
    }));
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    return role;
}

// A client that has connected and does whatever the test says, or nothing.
std::unique_ptr<QLocalSocket> connectedClient(const QString &serverName)
{
    auto socket = std::make_unique<QLocalSocket>();
    socket->connectToServer(serverName);
    if (!socket->waitForConnected(2000))
        return nullptr;
    return socket;
}

// What a crash leaves: a socket file nobody listens on.
void leaveStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    QVERIFY(static_cast<size_t>(encoded.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, encoded.constData(), static_cast<size_t>(encoded.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    ::close(fd);
    QVERIFY(QFile::exists(path));
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    // Each brand's window is its own: the socket is named after the command.
    void defaultServerName_isTheBrandsCommandAndTheUser()
    {
        const QString uid = QString::number(::getuid());
        QCOMPARE(
            QFileInfo(SingleInstance::defaultServerName(QStringLiteral("trustbook"))).fileName(),
            QStringLiteral("trustbook-") + uid);
        QCOMPARE(
            QFileInfo(SingleInstance::defaultServerName(QStringLiteral("acme-trust"))).fileName(),
            QStringLiteral("acme-trust-") + uid);
    }

    void handOver_nobodyRunning_returnsFalse()
    {
        SingleInstance first(serverName());
        QVERIFY(!first.handOver(kGdpr, 500));
    }

    void handOver_runningInstance_receivesSectionPath()
    {
        SingleInstance first(serverName());
        QVERIFY(first.listen());
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        QVERIFY(handOverFromThread(serverName(), kGdpr));
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), kGdpr);
    }

    void handOver_emptyPath_arrivesEmpty()
    {
        SingleInstance first(serverName());
        QVERIFY(first.listen());
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        QVERIFY(handOverFromThread(serverName(), QString()));
        QTRY_COMPARE(requested.count(), 1);
        QVERIFY(requested.at(0).at(0).toString().isEmpty());
    }

    void listen_staleSocketFile_isReplaced()
    {
        leaveStaleSocket(serverName());
        if (QTest::currentTestFailed())
            return;
        SingleInstance first(serverName());
        QVERIFY(!first.handOver(kGdpr, 500));
        const Result<Done> listening = first.listen();
        QVERIFY2(listening, qPrintable(listening.error()));
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        QVERIFY(handOverFromThread(serverName(), kGdpr));
        QTRY_COMPARE(requested.count(), 1);
    }

    void garbage_isDroppedAndInstanceKeepsServing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("another protocol") << QByteArrayLiteral("GET / HTTP/1.1\r\n\r\n");
        QTest::newRow("no line end in sight") << QByteArray(64 * 1024, 'x');
    }

    void garbage_isDroppedAndInstanceKeepsServing()
    {
        QFETCH(QByteArray, bytes);
        SingleInstance first(serverName());
        QVERIFY(first.listen());
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        QLocalSocket stranger;
        stranger.connectToServer(serverName());
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write(bytes);
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(stranger.readAll(), QByteArray()); // no acknowledgement
        QCOMPARE(requested.count(), 0);
        QVERIFY(handOverFromThread(serverName(), kGdpr));
        QTRY_COMPARE(requested.count(), 1);
    }

    void claim_nobodyRunning_becomesFirstAndListens()
    {
        SingleInstance first(serverName());
        const Result<SingleInstance::Role> role = first.claim(kGdpr);
        QVERIFY2(role, qPrintable(role.error()));
        QCOMPARE(*role, SingleInstance::Role::First);
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        QVERIFY(handOverFromThread(serverName(), kGdpr));
        QTRY_COMPARE(requested.count(), 1);
    }

    void claim_whileFirstRuns_handsOver()
    {
        SingleInstance first(serverName());
        QVERIFY(first.claim(QString()));
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        QCOMPARE(claimFromThread(serverName(), kGdpr), SingleInstance::Role::HandedOver);
        QTRY_COMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), kGdpr);
    }

    // The lock, not the socket, decides: an instance that holds it and is still building its
    // window (not listening yet) is waited for, never raced.
    void claim_lockHeldButNotListening_neverBecomesFirst()
    {
        QLockFile lock(serverName() + QLatin1String(".lock"));
        QVERIFY(lock.tryLock(0));
        QCOMPARE(claimFromThread(serverName(), kGdpr), std::nullopt);
        QVERIFY(!QFile::exists(serverName()));
    }

    void claim_afterFirstQuits_becomesFirst()
    {
        {
            SingleInstance first(serverName());
            QVERIFY(first.claim(QString()));
        }
        SingleInstance next(serverName());
        const Result<SingleInstance::Role> role = next.claim(kGdpr);
        QVERIFY2(role, qPrintable(role.error()));
        QCOMPARE(*role, SingleInstance::Role::First);
    }

    // A client streaming valid lines once grew the window's memory by what it sent.
    void client_streamingRequests_getsOneAndIsDisconnected()
    {
        SingleInstance first(serverName());
        QVERIFY(first.listen());
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        const std::unique_ptr<QLocalSocket> client = connectedClient(serverName());
        QVERIFY(client);
        QByteArray lines;
        for (int i = 0; i < 1000; ++i)
            lines += "trustbook-open-1\t" + kGdpr.toUtf8() + '\n';
        client->write(lines);
        QTRY_COMPARE(client->state(), QLocalSocket::UnconnectedState);
        QCOMPARE(client->readAll(), QByteArrayLiteral("ok\n"));
        QCOMPARE(requested.count(), 1);
    }

    void clients_beyondLimit_areDropped()
    {
        SingleInstance::Limits limits;
        limits.maxClients = 2;
        SingleInstance first(serverName(), limits);
        QVERIFY(first.listen());
        std::vector<std::unique_ptr<QLocalSocket>> clients;
        for (int i = 0; i < limits.maxClients + 1; ++i) {
            clients.push_back(connectedClient(serverName()));
            QVERIFY(clients.back());
        }
        QTRY_COMPARE(clients.back()->state(), QLocalSocket::UnconnectedState);
    }

    void client_silent_isDisconnectedAfterTimeout()
    {
        SingleInstance::Limits limits;
        limits.clientTimeoutMs = 100;
        SingleInstance first(serverName(), limits);
        QVERIFY(first.listen());
        QSignalSpy requested(&first, &SingleInstance::sectionRequested);
        const std::unique_ptr<QLocalSocket> client = connectedClient(serverName());
        QVERIFY(client);
        client->write("trustbook-open-1\t"); // and never the rest of the line
        QTRY_COMPARE(client->state(), QLocalSocket::UnconnectedState);
        QCOMPARE(requested.count(), 0);
        QVERIFY(handOverFromThread(serverName(), kGdpr));
        QTRY_COMPARE(requested.count(), 1);
    }

private:
    // A full path: the test's socket lives in its own folder, never beside a real instance's.
    QString serverName() const { return m_dir.filePath(QStringLiteral("instance")); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
