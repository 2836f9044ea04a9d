// The reading window as a person uses it: the real tree, the real web view, the real content.
#include "contentcatalog.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QStatusBar>
#include <QTreeView>
#include <QtTest>

namespace {
const QString kResourceRoot = QStringLiteral(":/trustbook");
const QString kGdpr = QStringLiteral("security-faq/is-gitpod-gdpr-compliant");
const QUrl kTrustCenter(
    QStringLiteral("https://app.safebase.io/portal/71ccd717-aa2d-4a1e-942e-c768d37e9e0c/"
                   "preview?product=default&itemName=legal&source=click"));
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tree_showsOneDocumentWithFifteenSections();
    void selectingSection_bringsItsHeadingIntoView();
    void selectingSectionInSameDocument_doesNotReload();
    void clickingExternalLink_opensBrowserAndStaysOnPage();
    void clickingExternalLink_reportsInStatusBar();

private:
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    QModelIndex indexOfTitle(const QString &title) const;
    bool headingIsInView(const QString &id) const;
    void openAndWait(const QString &sectionPath);

    std::optional<ContentCatalog> m_catalog;
    std::unique_ptr<HelpProfile> m_profile;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QString error;
    m_catalog =
        ContentCatalog::load(kResourceRoot + QLatin1String("/content/manifest.json"), &error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_profile = std::make_unique<HelpProfile>(kResourceRoot, *m_catalog);
}

void TestMainWindow::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_window = WindowTest::openWindow(*m_catalog, m_profile.get());
    QVERIFY(m_window);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QModelIndex TestMainWindow::indexOfTitle(const QString &title) const
{
    return WindowTest::indexOfTitle(tree(), title);
}

bool TestMainWindow::headingIsInView(const QString &id) const
{
    const QString script =
        QStringLiteral("(function(){var r=document.getElementById(%1).getBoundingClientRect();"
                       "return r.top >= 0 && r.top < window.innerHeight / 2;})()")
            .arg(WebTest::jsString(id));
    return WebTest::evaluate(m_window->helpView()->page(), script).toBool();
}

void TestMainWindow::openAndWait(const QString &sectionPath)
{
    m_window->showSection(m_catalog->find(sectionPath));
    QTRY_VERIFY(m_window->helpView()->url().fragment() == sectionPath.section(QLatin1Char('/'), 1));
}

void TestMainWindow::tree_showsOneDocumentWithFifteenSections()
{
    const QAbstractItemModel *model = tree()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Security FAQ"));
    QCOMPARE(model->rowCount(model->index(0, 0)), 15);
    QVERIFY(tree()->isExpanded(model->index(0, 0)));
}

void TestMainWindow::selectingSection_bringsItsHeadingIntoView()
{
    const QString id = QStringLiteral("is-gitpod-gdpr-compliant");
    QVERIFY(!headingIsInView(id));
    const QModelIndex index = indexOfTitle(QStringLiteral("Is Gitpod GDPR compliant?"));
    QVERIFY(index.isValid());
    tree()->scrollTo(index);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualRect(index).center());
    QTRY_COMPARE(m_window->helpView()->url().fragment(), id);
    QTRY_VERIFY(headingIsInView(id));
}

void TestMainWindow::selectingSectionInSameDocument_doesNotReload()
{
    QWebEnginePage *page = m_window->helpView()->page();
    WebTest::evaluate(page, QStringLiteral("window.trustbookMarker = 42"));
    QSignalSpy loads(m_window->helpView(), &QWebEngineView::loadStarted);
    openAndWait(kGdpr);
    QTRY_VERIFY(headingIsInView(QStringLiteral("is-gitpod-gdpr-compliant")));
    // A reload would have made a new window object and lost the marker.
    QCOMPARE(WebTest::evaluate(page, QStringLiteral("window.trustbookMarker")).toInt(), 42);
}

void TestMainWindow::clickingExternalLink_opensBrowserAndStaysOnPage()
{
    WebTest::UrlCatcher catcher({QStringLiteral("https"), QStringLiteral("http")});
    openAndWait(kGdpr);
    const QUrl before = m_window->helpView()->url();
    QVERIFY(
        WebTest::clickElement(m_window->helpView(), QStringLiteral("#is-gitpod-gdpr-compliant a")));
    QTRY_COMPARE(catcher.opened.size(), 1);
    QCOMPARE(catcher.opened.first(), kTrustCenter);
    QCOMPARE(m_window->helpView()->url(), before);
}

void TestMainWindow::clickingExternalLink_reportsInStatusBar()
{
    WebTest::UrlCatcher catcher({QStringLiteral("https")});
    openAndWait(kGdpr);
    QVERIFY(
        WebTest::clickElement(m_window->helpView(), QStringLiteral("#is-gitpod-gdpr-compliant a")));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("app.safebase.io")));
}

TRUSTBOOK_WEB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
