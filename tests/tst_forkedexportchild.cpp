// The export child forked before the application exists (ForkedExportChild): the request
// reaches it whole, its replies and its end reach the parent, a kill ends it, and nothing is
// left behind, however it ends. The children are forked in main(), before QCoreApplication,
// as StartUp forks the real one; each runs the small program in runChild() instead of the
// export.
#include "forkedexportchild.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <cstdlib>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <deque>
#include <memory>

namespace {

constexpr int kChildren = 5; // one for each test below that needs a child

// The forked child's program: reads its request to the end, then "echo ..." writes it back,
// "crash" aborts and "hang" waits to be killed.
[[noreturn]] void runChild()
{
    QByteArray request;
    char chunk[4096];
    for (ssize_t n; (n = ::read(STDIN_FILENO, chunk, sizeof chunk)) != 0;) {
        if (n > 0)
            request.append(chunk, n);
    }
    if (request.startsWith("echo ")) {
        const QByteArray reply = "got " + QByteArray::number(request.size()) + ": " + request;
        for (qsizetype sent = 0; sent < reply.size();)
            sent += ::write(STDOUT_FILENO, reply.constData() + sent, size_t(reply.size() - sent));
        ::_exit(0);
    }
    if (request == "crash") {
        std::signal(SIGABRT, SIG_DFL);
        std::abort();
    }
    for (;;)
        ::pause();
}

bool reaped(qint64 pid)
{
    // Neither running nor a zombie: waitpid knows no such child any more.
    return ::waitpid(static_cast<pid_t>(pid), nullptr, WNOHANG) < 0 && errno == ECHILD;
}

} // namespace

class TestForkedExportChild final : public QObject
{
    Q_OBJECT

public:
    explicit TestForkedExportChild(std::deque<std::unique_ptr<ForkedExportChild>> children)
        : m_children(std::move(children))
    {}

private Q_SLOTS:
    void forked_beforeTheApplication() { QCOMPARE(int(m_children.size()), kChildren); }

    void request_reachesTheChildWholeAndTheReplyComesBack_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("a short request") << 16;
        // Larger than a socket's buffer: the write must go on while the child reads.
        QTest::newRow("a request of 1 MiB") << (1 << 20);
    }

    void request_reachesTheChildWholeAndTheReplyComesBack()
    {
        QFETCH(int, size);
        std::unique_ptr<ForkedExportChild> child = take();
        const qint64 pid = child->processId();
        QVERIFY(pid > 0);
        QVERIFY(child->isRunning());
        QSignalSpy finished(child.get(), &ExportChild::finished);
        QByteArray request = "echo " + QByteArray(size - 5, 'x');

        child->send(request);
        QByteArray reply;
        connect(child.get(), &ExportChild::readyRead, this, [&] { reply += child->readAll(); });
        QVERIFY(finished.wait(10000));
        reply += child->readAll();

        QCOMPARE(reply, "got " + QByteArray::number(size) + ": " + request);
        QVERIFY(!child->isRunning());
        QCOMPARE(child->processId(), 0);
        QVERIFY(reaped(pid));
    }

    void crash_endsItAndIsReported()
    {
        std::unique_ptr<ForkedExportChild> child = take();
        const qint64 pid = child->processId();
        QSignalSpy finished(child.get(), &ExportChild::finished);
        child->send("crash");
        QVERIFY(finished.wait(10000));
        QVERIFY(child->readAll().isEmpty());
        QVERIFY(!child->isRunning());
        QVERIFY(reaped(pid));
    }

    void kill_endsAHangingChild()
    {
        std::unique_ptr<ForkedExportChild> child = take();
        const qint64 pid = child->processId();
        QSignalSpy finished(child.get(), &ExportChild::finished);
        child->send("hang");
        QVERIFY(child->isRunning()); // it waits, as a stuck export would
        child->kill();
        QVERIFY(finished.wait(10000));
        QVERIFY(reaped(pid));
    }

    void unused_isEndedWhenDropped()
    {
        // The command line found a mistake before it exported: the child it forked goes.
        std::unique_ptr<ForkedExportChild> child = take();
        const qint64 pid = child->processId();
        child.reset();
        QVERIFY(reaped(pid));
    }

    void moreThanOneThread_declinesToFork()
    {
        // By now Qt (and this test) may have threads; force one, so the answer is certain.
        std::thread other([] { ::usleep(200000); });
        ForkedExportChild::Side side = ForkedExportChild::Side::Child;
        const std::unique_ptr<ForkedExportChild> child = ForkedExportChild::fork(&side);
        other.join();
        QCOMPARE(side, ForkedExportChild::Side::Parent);
        QVERIFY(!child);
    }

private:
    std::unique_ptr<ForkedExportChild> take()
    {
        if (m_children.empty())
            qFatal("more children taken than main() forked: raise kChildren");
        std::unique_ptr<ForkedExportChild> child = std::move(m_children.front());
        m_children.pop_front();
        return child;
    }

    std::deque<std::unique_ptr<ForkedExportChild>> m_children;
};

int main(int argc, char *argv[])
{
    std::deque<std::unique_ptr<ForkedExportChild>> children;
    for (int i = 0; i < kChildren; ++i) {
        ForkedExportChild::Side side = ForkedExportChild::Side::Parent;
        std::unique_ptr<ForkedExportChild> child = ForkedExportChild::fork(&side);
        if (side == ForkedExportChild::Side::Child)
            runChild();
        if (child)
            children.push_back(std::move(child));
    }
    QCoreApplication app(argc, argv);
    TestForkedExportChild test(std::move(children));
    return QTest::qExec(&test, argc, argv);
}

#include "tst_forkedexportchild.moc"
