// Nothing a page asks for may leave the machine. A hand-written page (no CSP, so only the
// profile's own defences stand) points remote resources at a local server, which must never
// see a connection.
#include "fixturesite.h"
#include "helpprofile.h"
#include "helpview.h"
#include "logcapture.h"
#include "requestblocker.h"
#include "webtestsupport.h"

#include <QTcpServer>
#include <QWebEngineSettings>
#include <QtTest>

class TestRequestBlocker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WebTest::failOnUnexpectedWarnings(); }
    void init() { WebTest::failOnUnexpectedWarnings(); }
    void remoteResources_neverConnect_data();
    void remoteResources_neverConnect();
    void withOuterDefenceDown_interceptorStillBlocksAndCounts();
    void blockedRequest_isRecordedWithUrlAndReason_data();
    void blockedRequest_isRecordedWithUrlAndReason();
    void allowedPage_recordsNothing();
};

namespace {

QByteArray pageWith(const QString &element, quint16 port)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                          "<h1>Offline</h1>%1</body></html>")
        .arg(element.arg(port))
        .toUtf8();
}

} // namespace

void TestRequestBlocker::remoteResources_neverConnect_data()
{
    QTest::addColumn<QString>("element");
    QTest::newRow("img") << "<img src=\"http://127.0.0.1:%1/pixel.png\">";
    QTest::newRow("stylesheet") << "<link rel=\"stylesheet\" href=\"http://127.0.0.1:%1/s.css\">";
    QTest::newRow("iframe") << "<iframe src=\"http://127.0.0.1:%1/frame\"></iframe>";
    QTest::newRow("prefetch") << "<link rel=\"prefetch\" href=\"http://127.0.0.1:%1/next\">";
    QTest::newRow("meta refresh")
        << "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:%1/\">";
}

void TestRequestBlocker::remoteResources_neverConnect()
{
    QFETCH(QString, element);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    FixtureSite site({{QStringLiteral("page"), pageWith(element, server.serverPort())}});
    HelpProfile profile(site.bundle());
    {
        HelpView view(&profile, site.catalog());
        view.showSection(site.catalog().find(QStringLiteral("page")));
        QVERIFY(WebTest::waitForLoad(&view));
        // Give a stray request every chance to arrive before declaring there is none.
        QVERIFY(!connections.wait(1500));
        QCOMPARE(view.shownUrl(), QUrl(QStringLiteral("trustbook://page/")));
    }
    QCOMPARE(connections.size(), 0);
}

void TestRequestBlocker::withOuterDefenceDown_interceptorStillBlocksAndCounts()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    const QString img = QStringLiteral("<img src=\"http://127.0.0.1:%1/a.png\">");
    FixtureSite site({{QStringLiteral("page"), pageWith(img, server.serverPort())}});
    HelpProfile profile(site.bundle());
    // Chromium's own local-content rule normally stops the request first; switch it off to
    // show the interceptor is a second, independent wall.
    profile.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    QSignalSpy blocked(profile.requestBlocker(), &RequestBlocker::requestBlocked);
    HelpView view(&profile, site.catalog());
    view.showSection(site.catalog().find(QStringLiteral("page")));
    QVERIFY(WebTest::waitForLoad(&view));
    QTRY_COMPARE(profile.requestBlocker()->blockedCount(), 1);
    QCOMPARE(blocked.first().first().toUrl().path(), QStringLiteral("/a.png"));
    QVERIFY(!connections.wait(1000));
}

void TestRequestBlocker::blockedRequest_isRecordedWithUrlAndReason_data()
{
    QTest::addColumn<QString>("element"); // %1: the port of a local server
    QTest::addColumn<QString>("blockedPath");
    QTest::newRow("img") << "<img src=\"http://127.0.0.1:%1/a.png\">"
                         << "/a.png";
    QTest::newRow("stylesheet") << "<link rel=\"stylesheet\" href=\"http://127.0.0.1:%1/s.css\">"
                                << "/s.css";
    QTest::newRow("image button") << "<input type=\"image\" src=\"http://127.0.0.1:%1/go.png\">"
                                  << "/go.png";
    QTest::newRow("query and fragment")
        << "<img src=\"http://127.0.0.1:%1/track.gif?who=me&amp;n=1#x\">"
        << "/track.gif?who=me&n=1";
}

// Support asks "what did the page try to load?": each blocked request leaves one info line in
// trustbook.viewer with its address and why it was blocked.
void TestRequestBlocker::blockedRequest_isRecordedWithUrlAndReason()
{
    QFETCH(QString, element);
    QFETCH(QString, blockedPath);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    FixtureSite site({{QStringLiteral("page"), pageWith(element, server.serverPort())}});
    HelpProfile profile(site.bundle());
    // As above: let the requests reach the interceptor rather than Chromium's own rule.
    profile.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    const LogCapture log("trustbook.viewer");
    HelpView view(&profile, site.catalog());
    view.showSection(site.catalog().find(QStringLiteral("page")));
    QVERIFY(WebTest::waitForLoad(&view));
    const QString url =
        QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(blockedPath);
    QTRY_COMPARE(log.infoLinesWith({QStringLiteral("blocked request ") + url,
                                    QStringLiteral("(not the app's own scheme)")})
                     .size(),
                 1);
    QCOMPARE(log.infoLines().size(), profile.requestBlocker()->blockedCount());
}

// The app's own page loads without a line: the record holds refusals only.
void TestRequestBlocker::allowedPage_recordsNothing()
{
    FixtureSite site({{QStringLiteral("page"), pageWith(QStringLiteral("<p>%1</p>"), 0)}});
    HelpProfile profile(site.bundle());
    const LogCapture log("trustbook.viewer");
    HelpView view(&profile, site.catalog());
    view.showSection(site.catalog().find(QStringLiteral("page")));
    QVERIFY(WebTest::waitForLoad(&view));
    QCOMPARE(profile.requestBlocker()->blockedCount(), 0);
    QCOMPARE(log.infoLines(), QStringList());
}

TRUSTBOOK_WEB_TEST_MAIN(TestRequestBlocker)
#include "tst_requestblocker.moc"
