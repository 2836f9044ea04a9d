#include "processcputime.h"

#include <QCoreApplication>
#include <QProcess>
#include <QtTest>

using namespace std::chrono_literals;

class TestProcessCpuTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyProcess_timeGrows();
    void noSuchProcess_isUnknown_data();
    void noSuchProcess_isUnknown();
};

// What the exporter relies on: a renderer that works shows it. A child spinning in a shell loop
// stands in for a printing renderer.
void TestProcessCpuTime::busyProcess_timeGrows()
{
    QProcess busy;
    busy.start(QStringLiteral("/bin/sh"),
               {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
    QVERIFY(busy.waitForStarted());
    const auto kill = qScopeGuard([&busy] {
        busy.kill();
        busy.waitForFinished();
    });
    const std::optional<std::chrono::milliseconds> first = ProcessCpuTime::of(busy.processId());
    QVERIFY(first.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(ProcessCpuTime::of(busy.processId()).value_or(0ms) >= *first + 100ms,
                             30000);
}

void TestProcessCpuTime::noSuchProcess_isUnknown_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::newRow("no process id yet") << qint64(0);
    QTest::newRow("negative") << qint64(-1);
    QTest::newRow("beyond any pid") << (qint64(1) << 40);
}

void TestProcessCpuTime::noSuchProcess_isUnknown()
{
    QFETCH(qint64, pid);
    QVERIFY(!ProcessCpuTime::of(pid).has_value());
}

QTEST_GUILESS_MAIN(TestProcessCpuTime)
#include "tst_processcputime.moc"
