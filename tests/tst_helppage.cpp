// HelpPage decides every navigation through the LinkPolicy. These tests click real links in
// a real page and check what reached the system browser and where the view ended up.
#include "fixturesite.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "logcapture.h"
#include "webtestsupport.h"

#include <QtTest>

namespace {

// A link to an address far longer than a log line should be.
const QString kLongAddress = QStringLiteral("file:///") + QString(2000, QLatin1Char('x'));

const QStringList kCaughtSchemes{QStringLiteral("https"),  QStringLiteral("http"),
                                 QStringLiteral("mailto"), QStringLiteral("file"),
                                 QStringLiteral("smb"),    QStringLiteral("ms-msdt")};

} // namespace

class TestHelpPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickingLink_opensOnlyWebAndMailInBrowser_data();
    void clickingLink_opensOnlyWebAndMailInBrowser();
    void clickingRefusedLink_neverNavigatesView_data();
    void clickingRefusedLink_neverNavigatesView();
    void newWindowRequest_sendsExternalToBrowserAndOpensNothing_data();
    void newWindowRequest_sendsExternalToBrowserAndOpensNothing();
    void internalLink_loadsInPlace();
    void refusedLink_isRecordedWithUrlAndReason_data();
    void refusedLink_isRecordedWithUrlAndReason();
    void followedLinks_recordNothing();
    void hugeAddress_isRecordedCutShort();

private:
    std::unique_ptr<FixtureSite> m_site;
    std::unique_ptr<HelpProfile> m_profile;
    std::unique_ptr<QWidget> m_window;
    HelpView *m_view = nullptr;
};

void TestHelpPage::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    m_site = std::make_unique<FixtureSite>(QMap<QString, QByteArray>{
        {QStringLiteral("links"), FixtureSite::readData(QStringLiteral("viewer/links.html"))},
        {QStringLiteral("second"), QByteArrayLiteral("<html><body><h1>Second</h1></body></html>")},
        // Pages that try to go somewhere by themselves, without anybody clicking.
        {QStringLiteral("refresh"),
         QByteArrayLiteral(
             "<html><head><meta http-equiv=\"refresh\" "
             "content=\"0;url=https://example.com/away\"></head><body></body></html>")},
        {QStringLiteral("long"), QStringLiteral("<html><body><a id=\"long\" href=\"%1\">long</a>"
                                                "</body></html>")
                                     .arg(kLongAddress)
                                     .toUtf8()},
        {QStringLiteral("frame"),
         QByteArrayLiteral(
             "<html><body><iframe src=\"trustbook://second/\"></iframe></body></html>")}});
    m_profile = std::make_unique<HelpProfile>(m_site->bundle());
}

void TestHelpPage::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_view = new HelpView(m_profile.get(), m_site->catalog());
    m_window = WebTest::shownInWindow(m_view);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view->showSection(m_site->catalog().find(QStringLiteral("links")));
    QVERIFY(WebTest::waitForLoad(m_view));
}

void TestHelpPage::cleanup()
{
    m_window.reset();
}

void TestHelpPage::clickingLink_opensOnlyWebAndMailInBrowser_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QUrl>("opened");
    QTest::newRow("https") << "#https" << QUrl(QStringLiteral("https://example.com/policy"));
    QTest::newRow("mailto") << "#mailto" << QUrl(QStringLiteral("mailto:security@example.com"));
}

void TestHelpPage::clickingLink_opensOnlyWebAndMailInBrowser()
{
    QFETCH(QString, link);
    QFETCH(QUrl, opened);
    QSignalSpy external(m_view->helpPage(), &HelpPage::externalLinkRequested);
    const QUrl before = m_view->url();
    QVERIFY(WebTest::clickElement(m_view, link));
    QVERIFY(external.wait(5000));
    QCOMPARE(external.first().first().toUrl(), opened);
    QCOMPARE(m_view->url(), before);
}

void TestHelpPage::clickingRefusedLink_neverNavigatesView_data()
{
    QTest::addColumn<QString>("link");
    // Chromium itself drops unknown schemes (DisallowUnknownUrlSchemes) before the page is
    // asked; file: reaches the policy, which refuses and reports it. Either way nothing may
    // happen.
    QTest::addColumn<bool>("reported");
    QTest::newRow("file") << "#file" << true;
    QTest::newRow("javascript") << "#javascript" << false;
    QTest::newRow("smb") << "#smb" << false;
    QTest::newRow("ms-msdt") << "#msdt" << false;
}

void TestHelpPage::clickingRefusedLink_neverNavigatesView()
{
    QFETCH(QString, link);
    QFETCH(bool, reported);
    WebTest::UrlCatcher catcher(kCaughtSchemes);
    QSignalSpy refused(m_view->helpPage(), &HelpPage::linkRefused);
    const QUrl before = m_view->url();
    const QString title = m_view->title();
    QSignalSpy external(m_view->helpPage(), &HelpPage::externalLinkRequested);
    QVERIFY(WebTest::clickElement(m_view, link));
    if (reported)
        QVERIFY(refused.wait(5000));
    else
        QVERIFY(!refused.wait(1000) && !external.wait(1));
    QVERIFY(external.isEmpty());
    QCOMPARE(m_view->url(), before);
    QCOMPARE(m_view->title(), title); // the javascript: link did not run
    QVERIFY(catcher.opened.isEmpty());
}

void TestHelpPage::newWindowRequest_sendsExternalToBrowserAndOpensNothing_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<Qt::MouseButton>("button");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<QList<QUrl>>("opened");
    const QList<QUrl> https{QUrl(QStringLiteral("https://example.com/policy"))};
    QTest::newRow("target=_blank")
        << "#blank" << Qt::LeftButton << Qt::KeyboardModifiers()
        << QList<QUrl>{QUrl(QStringLiteral("https://example.com/blank"))};
    QTest::newRow("ctrl-click") << "#https" << Qt::LeftButton
                                << Qt::KeyboardModifiers(Qt::ControlModifier) << https;
    QTest::newRow("middle-click") << "#https" << Qt::MiddleButton << Qt::KeyboardModifiers()
                                  << https;
    QTest::newRow("target=_blank file:")
        << "#blankfile" << Qt::LeftButton << Qt::KeyboardModifiers() << QList<QUrl>{};
}

void TestHelpPage::newWindowRequest_sendsExternalToBrowserAndOpensNothing()
{
    QFETCH(QString, link);
    QFETCH(Qt::MouseButton, button);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(QList<QUrl>, opened);
    WebTest::UrlCatcher catcher(kCaughtSchemes);
    QSignalSpy external(m_view->helpPage(), &HelpPage::externalLinkRequested);
    QSignalSpy refused(m_view->helpPage(), &HelpPage::linkRefused);
    const QUrl before = m_view->url();
    QVERIFY(WebTest::clickElement(m_view, link, button, modifiers));
    QTRY_COMPARE(external.size() + refused.size(), 1);
    QList<QUrl> sent;
    for (const QList<QVariant> &arguments : std::as_const(external))
        sent.append(arguments.first().toUrl());
    QCOMPARE(sent, opened);
    QVERIFY(catcher.opened.isEmpty()); // the page opens nothing itself; MainWindow does
    QCOMPARE(m_view->url(), before);
}

void TestHelpPage::internalLink_loadsInPlace()
{
    WebTest::UrlCatcher catcher(kCaughtSchemes);
    QSignalSpy loaded(m_view, &QWebEngineView::loadFinished);
    QVERIFY(WebTest::clickElement(m_view, QStringLiteral("#other")));
    QTRY_COMPARE(m_view->shownUrl(), QUrl(QStringLiteral("trustbook://second/")));
    // Ask the page only once it has loaded: a script sent mid-navigation is never answered.
    QTRY_VERIFY(!loaded.isEmpty());
    QTRY_COMPARE(WebTest::evaluate(m_view->page(), QStringLiteral("document.body.textContent"))
                     .toString()
                     .trimmed(),
                 QStringLiteral("Second"));
    QVERIFY(catcher.opened.isEmpty());
}

void TestHelpPage::refusedLink_isRecordedWithUrlAndReason_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("link"); // empty: the page acts by itself once shown
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("reason");
    const QUrl passwd(QStringLiteral("file:///etc/passwd"));
    const QString notOurs =
        QStringLiteral("(neither one of the app's pages nor a web or e-mail address)");
    QTest::newRow("file: clicked") << "links"
                                   << "#file" << passwd << notOurs;
    QTest::newRow("file: in a new window") << "links"
                                           << "#blankfile" << passwd << notOurs;
    QTest::newRow("web address, no click")
        << "refresh"
        << "" << QUrl(QStringLiteral("https://example.com/away"))
        << QStringLiteral("(a web or e-mail address the page opened without a click)");
    QTest::newRow("frame") << "frame"
                           << "" << QUrl(QStringLiteral("trustbook://second/"))
                           << QStringLiteral("(in a frame, and the app's pages have none)");
}

// Support asks "what did the page try to open?": each refusal leaves one info line in
// trustbook.viewer with the address and the reason.
void TestHelpPage::refusedLink_isRecordedWithUrlAndReason()
{
    QFETCH(QString, document);
    QFETCH(QString, link);
    QFETCH(QUrl, url);
    QFETCH(QString, reason);
    WebTest::UrlCatcher catcher(kCaughtSchemes);
    const LogCapture log("trustbook.viewer");
    if (document != QLatin1String("links")) {
        m_view->showSection(m_site->catalog().find(document));
        QVERIFY(WebTest::waitForLoad(m_view));
    }
    if (!link.isEmpty())
        QVERIFY(WebTest::clickElement(m_view, link));
    QTRY_COMPARE(
        log.infoLinesWith({QStringLiteral("refused link ") + url.toString(), reason}).size(), 1);
    QCOMPARE(log.infoLines().size(), 1);
    QVERIFY(catcher.opened.isEmpty());
}

// Links the app follows or hands to the browser are not refusals and leave no line.
void TestHelpPage::followedLinks_recordNothing()
{
    WebTest::UrlCatcher catcher(kCaughtSchemes);
    const LogCapture log("trustbook.viewer");
    QSignalSpy external(m_view->helpPage(), &HelpPage::externalLinkRequested);
    QVERIFY(WebTest::clickElement(m_view, QStringLiteral("#https")));
    QVERIFY(external.wait(5000));
    QVERIFY(WebTest::clickElement(m_view, QStringLiteral("#other")));
    QTRY_COMPARE(m_view->shownUrl(), QUrl(QStringLiteral("trustbook://second/")));
    QCOMPARE(log.infoLines(), QStringList());
}

// A page cannot flood the record: a huge address is cut, and the line says how long it was.
void TestHelpPage::hugeAddress_isRecordedCutShort()
{
    const LogCapture log("trustbook.viewer");
    m_view->showSection(m_site->catalog().find(QStringLiteral("long")));
    QVERIFY(WebTest::waitForLoad(m_view));
    QVERIFY(WebTest::clickElement(m_view, QStringLiteral("#long")));
    QTRY_COMPARE(log.infoLines().size(), 1);
    const QString line = log.infoLines().constFirst();
    QVERIFY2(line.startsWith(QStringLiteral("refused link ") + kLongAddress.left(500) +
                             QStringLiteral("… (2008 characters) (neither")),
             qPrintable(line));
    QVERIFY(line.size() < 700);
}

TRUSTBOOK_WEB_TEST_MAIN(TestHelpPage)
#include "tst_helppage.moc"
