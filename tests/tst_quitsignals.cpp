// The signals a logout, Ctrl+C or a closed terminal send become one quitRequested from the
// event loop, and the process lives on to save its state.
#include "quitsignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TestQuitSignals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signal_becomesQuitRequested_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void signal_becomesQuitRequested()
    {
        QFETCH(int, signalNumber);
        QuitSignals quit;
        QVERIFY(quit.install());
        QSignalSpy requested(&quit, &QuitSignals::quitRequested);

        QCOMPARE(std::raise(signalNumber), 0); // the default action would end the test here

        QVERIFY(requested.wait());
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toInt(), signalNumber);
    }

    void destroyed_givesDefaultActionBack()
    {
        {
            QuitSignals quit;
            QVERIFY(quit.install());
        }
        struct sigaction action = {};
        QCOMPARE(::sigaction(SIGTERM, nullptr, &action), 0);
        QVERIFY(action.sa_handler == SIG_DFL);
    }
};

QTEST_GUILESS_MAIN(TestQuitSignals)
#include "tst_quitsignals.moc"
