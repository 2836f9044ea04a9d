// What Chromium may take from the environment before the app starts it.
#include "engineenvironment.h"

#include <QtTest>

class TestEngineEnvironment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { cleanup(); } // CTest sets QTWEBENGINE_CHROMIUM_FLAGS for every test
    void cleanup();
    void chromiumFlags_keepOnlyRenderingSwitches_data();
    void chromiumFlags_keepOnlyRenderingSwitches();
    void remoteDebugging_isRemovedWithWarning();
};

void TestEngineEnvironment::cleanup()
{
    qunsetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
}

void TestEngineEnvironment::chromiumFlags_keepOnlyRenderingSwitches_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("kept"); // empty: the variable is gone
    QTest::addColumn<int>("warnings");
    QTest::newRow("unset") << QString() << QString() << 0;
    QTest::newRow("rendering workaround") << "--disable-gpu"
                                          << "--disable-gpu" << 0;
    QTest::newRow("scale factor with value") << "--force-device-scale-factor=2"
                                             << "--force-device-scale-factor=2" << 0;
    QTest::newRow("remote debugging port") << "--remote-debugging-port=9222" << QString() << 1;
    QTest::newRow("sandbox off") << "--no-sandbox" << QString() << 1;
    QTest::newRow("web security off, gpu kept") << "--disable-gpu --disable-web-security"
                                                << "--disable-gpu" << 1;
    QTest::newRow("proxy and extension")
        << "--proxy-server=evil:8080 --load-extension=/tmp/x" << QString() << 2;
    QTest::newRow("lookalike name") << "--disable-gpu-sandbox" << QString() << 1;
}

void TestEngineEnvironment::chromiumFlags_keepOnlyRenderingSwitches()
{
    QFETCH(QString, flags);
    QFETCH(QString, kept);
    QFETCH(int, warnings);
    if (!flags.isNull())
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.toLocal8Bit());
    const QStringList said = EngineEnvironment::lockDown();
    QCOMPARE(said.size(), warnings);
    QCOMPARE(qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS"), kept);
    QCOMPARE(qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"), !kept.isEmpty());
    for (const QString &warning : said)
        QVERIFY2(warning.startsWith(QLatin1String("ignoring --")), qPrintable(warning));
}

void TestEngineEnvironment::remoteDebugging_isRemovedWithWarning()
{
    qputenv("QTWEBENGINE_REMOTE_DEBUGGING", "0.0.0.0:9222");
    const QStringList said = EngineEnvironment::lockDown();
    QCOMPARE(said.size(), 1);
    QVERIFY(said.first().contains(QLatin1String("QTWEBENGINE_REMOTE_DEBUGGING")));
    QVERIFY(!qEnvironmentVariableIsSet("QTWEBENGINE_REMOTE_DEBUGGING"));
}

QTEST_GUILESS_MAIN(TestEngineEnvironment)
#include "tst_engineenvironment.moc"
