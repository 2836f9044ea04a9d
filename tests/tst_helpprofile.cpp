// The locked-down web profile, item by item (the Electron security checklist mapped to Qt
// WebEngine). Each test fails if its item is dropped from HelpProfile.
#include "fixturesite.h"
#include "helpprofile.h"
#include "helpview.h"
#include "webtestsupport.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineSettings>
#include <QWebEngineUrlScheme>
#include <QtTest>

Q_DECLARE_METATYPE(QWebEngineSettings::WebAttribute)

namespace {

QByteArray page(const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>untouched</title></head>"
           "<body>" +
           body + "</body></html>";
}

} // namespace

class TestHelpProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { WebTest::failOnUnexpectedWarnings(); }
    void profile_isOffTheRecord();
    void appScheme_isSecureAndLocalOnly();
    void unsafeSetting_isOff_data();
    void unsafeSetting_isOff();
    void unknownUrlSchemes_areDisallowed();
    void pageScript_neverRuns();
    void download_isCancelled();
    void schemeHandler_servesOnlyCatalogPages_data();
    void schemeHandler_servesOnlyCatalogPages();

private:
    std::unique_ptr<FixtureSite> m_site;
    std::unique_ptr<HelpProfile> m_profile;
};

void TestHelpProfile::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    m_site = std::make_unique<FixtureSite>(QMap<QString, QByteArray>{
        {QStringLiteral("script"), page("<script>document.title = 'script ran';</script>"
                                        "<img src=x onerror=\"document.title='handler ran'\">")},
        {QStringLiteral("plain"), page("<h1>Plain</h1>")}});
    m_profile = std::make_unique<HelpProfile>(m_site->bundle());
}

void TestHelpProfile::profile_isOffTheRecord()
{
    QVERIFY(m_profile->isOffTheRecord());
    QCOMPARE(m_profile->persistentCookiesPolicy(), QWebEngineProfile::NoPersistentCookies);
    QCOMPARE(m_profile->httpCacheType(), QWebEngineProfile::MemoryHttpCache);
}

void TestHelpProfile::appScheme_isSecureAndLocalOnly()
{
    const QWebEngineUrlScheme scheme = QWebEngineUrlScheme::schemeByName("trustbook");
    QCOMPARE(scheme.flags(), QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
}

void TestHelpProfile::unsafeSetting_isOff_data()
{
    QTest::addColumn<QWebEngineSettings::WebAttribute>("attribute");
    QTest::newRow("JavascriptEnabled") << QWebEngineSettings::JavascriptEnabled;
    QTest::newRow("JavascriptCanOpenWindows") << QWebEngineSettings::JavascriptCanOpenWindows;
    QTest::newRow("LocalContentCanAccessFileUrls")
        << QWebEngineSettings::LocalContentCanAccessFileUrls;
    QTest::newRow("LocalContentCanAccessRemoteUrls")
        << QWebEngineSettings::LocalContentCanAccessRemoteUrls;
    QTest::newRow("PluginsEnabled") << QWebEngineSettings::PluginsEnabled;
    QTest::newRow("PdfViewerEnabled") << QWebEngineSettings::PdfViewerEnabled;
    QTest::newRow("NavigateOnDropEnabled") << QWebEngineSettings::NavigateOnDropEnabled;
    QTest::newRow("LocalStorageEnabled") << QWebEngineSettings::LocalStorageEnabled;
    QTest::newRow("WebGLEnabled") << QWebEngineSettings::WebGLEnabled;
    QTest::newRow("HyperlinkAuditingEnabled") << QWebEngineSettings::HyperlinkAuditingEnabled;
    QTest::newRow("DnsPrefetchEnabled") << QWebEngineSettings::DnsPrefetchEnabled;
    QTest::newRow("AllowRunningInsecureContent") << QWebEngineSettings::AllowRunningInsecureContent;
}

void TestHelpProfile::unsafeSetting_isOff()
{
    QFETCH(QWebEngineSettings::WebAttribute, attribute);
    QVERIFY(!m_profile->settings()->testAttribute(attribute));
    // A page made on this profile inherits it.
    HelpView view(m_profile.get(), m_site->catalog());
    QVERIFY(!view.settings()->testAttribute(attribute));
}

void TestHelpProfile::unknownUrlSchemes_areDisallowed()
{
    QCOMPARE(m_profile->settings()->unknownUrlSchemePolicy(),
             QWebEngineSettings::DisallowUnknownUrlSchemes);
}

void TestHelpProfile::pageScript_neverRuns()
{
    // This fixture page has no CSP: only the profile stands between it and running.
    HelpView view(m_profile.get(), m_site->catalog());
    view.showSection(m_site->catalog().find(QStringLiteral("script")));
    QVERIFY(WebTest::waitForLoad(&view));
    QCOMPARE(WebTest::evaluate(view.page(), QStringLiteral("document.title")).toString(),
             QStringLiteral("untouched"));
}

void TestHelpProfile::download_isCancelled()
{
    HelpView view(m_profile.get(), m_site->catalog());
    view.showSection(m_site->catalog().find(QStringLiteral("plain")));
    QVERIFY(WebTest::waitForLoad(&view));
    QSignalSpy requested(m_profile.get(), &QWebEngineProfile::downloadRequested);
    view.page()->download(QUrl(QStringLiteral("trustbook://plain/")), QStringLiteral("x.html"));
    QVERIFY(requested.wait(5000));
    auto *download = requested.first().first().value<QWebEngineDownloadRequest *>();
    QTRY_COMPARE(download->state(), QWebEngineDownloadRequest::DownloadCancelled);
}

void TestHelpProfile::schemeHandler_servesOnlyCatalogPages_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("served");
    QTest::newRow("catalog page") << "trustbook://plain/" << true;
    QTest::newRow("unknown document") << "trustbook://nope/" << false;
    QTest::newRow("other path") << "trustbook://plain/manifest.json" << false;
    QTest::newRow("dot dot") << "trustbook://plain/../content/manifest.json" << false;
    QTest::newRow("encoded dot dot") << "trustbook://plain/%2e%2e/%2e%2e/etc/passwd" << false;
    QTest::newRow("encoded slash") << "trustbook://plain/%2fetc%2fpasswd" << false;
    QTest::newRow("page file by name") << "trustbook://plain/pages/plain.html" << false;
    // The same under the one host every page is loaded from (PageAddress), as the view asks.
    QTest::newRow("internal: catalog page") << "trustbook://content.trustbook/?plain" << true;
    QTest::newRow("internal: unknown document") << "trustbook://content.trustbook/?nope" << false;
    QTest::newRow("internal: document as path") << "trustbook://content.trustbook/plain/" << false;
    QTest::newRow("internal: query of a path")
        << "trustbook://content.trustbook/pages/?plain" << false;
    QTest::newRow("internal: other path")
        << "trustbook://content.trustbook/plain/manifest.json" << false;
    QTest::newRow("internal: no document") << "trustbook://content.trustbook/" << false;
    QTest::newRow("internal: dot dot")
        << "trustbook://content.trustbook/plain/../content/manifest.json" << false;
    QTest::newRow("internal: encoded dot dot")
        << "trustbook://content.trustbook/%2e%2e/%2e%2e/etc/passwd" << false;
    QTest::newRow("internal: encoded slash")
        << "trustbook://content.trustbook/plain%2fpages%2fplain.html/" << false;
    QTest::newRow("internal: page file by name")
        << "trustbook://content.trustbook/pages/plain.html" << false;
}

void TestHelpProfile::schemeHandler_servesOnlyCatalogPages()
{
    QFETCH(QString, url);
    QFETCH(bool, served);
    HelpView view(m_profile.get(), m_site->catalog());
    QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
    view.setUrl(QUrl(url));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), served);
}

TRUSTBOOK_WEB_TEST_MAIN(TestHelpProfile)
#include "tst_helpprofile.moc"
