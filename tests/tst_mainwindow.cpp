// The reading window as a person uses it: the real tree, the real web view, the real content.
#include "aboutdialog.h"
#include "contentcatalog.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "viewersettings.h"
#include "webtestsupport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

namespace {
const QString kResourceRoot = QStringLiteral(":/trustbook");
const QString kGdpr = QStringLiteral("security-faq/is-gitpod-gdpr-compliant");
const QString kIsolation = QStringLiteral("security-faq/are-gitpod-workspaces-perfectly-isolated");
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
    void helpAbout_opensAboutDialogOnTheContent();
    void restart_keepsZoomAndLastSection();
    void restart_keepsSizeSplitterAndCollapsedDocument();
    void restart_sectionOnCommandLineWinsOverLastSection();
    void restart_damagedSettings_startsWithDefaultsAndKeepsBackup_data();
    void restart_damagedSettings_startsWithDefaultsAndKeepsBackup();

private:
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    QModelIndex indexOfTitle(const QString &title) const;
    bool headingIsInView(const QString &id) const;
    void openAndWait(const QString &sectionPath);
    // A run of the app as main() starts it: a new window on the settings file, at `start`.
    void startWindow(SectionRef start = {});
    void restart();
    QString settingsPath() const
    {
        return m_settingsDir.filePath(QStringLiteral("trustbook.conf"));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ViewerSettings> m_settings;
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
    m_window = std::make_unique<MainWindow>(*m_catalog, m_profile.get());
    m_window->resize(1100, 700);
    m_window->showSection({});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(WebTest::waitForLoad(m_window->helpView()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    QFile::remove(settingsPath());
}

QModelIndex TestMainWindow::indexOfTitle(const QString &title) const
{
    const QModelIndexList found =
        tree()->model()->match(tree()->model()->index(0, 0), Qt::DisplayRole, title, 1,
                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
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

void TestMainWindow::helpAbout_opensAboutDialogOnTheContent()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(action);
    QVERIFY(m_window->menuBar()
                ->findChild<QMenu *>(QStringLiteral("menuHelp"))
                ->actions()
                .contains(action));

    action->trigger();

    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = m_window->findChild<AboutDialog *>()) && about->isVisible());
    QCOMPARE(about->findChild<QLabel *>(QStringLiteral("sectionCountLabel"))->text(),
             QStringLiteral("15"));
    QPointer<AboutDialog> watched(about);
    about->close();
    QTRY_VERIFY(!watched); // closed dialogs do not pile up
}

void TestMainWindow::startWindow(SectionRef start)
{
    m_window.reset();
    m_settings = std::make_unique<ViewerSettings>(settingsPath(), *m_catalog);
    m_window = std::make_unique<MainWindow>(*m_catalog, m_profile.get(), m_settings.get());
    QSignalSpy loaded(m_window->helpView(), &QWebEngineView::loadFinished);
    m_window->showSection(start);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(loaded.first().first().toBool());
}

// Closing saves, as when the user quits; the next window is a new run on the same file.
void TestMainWindow::restart()
{
    m_window->close();
    startWindow();
}

void TestMainWindow::restart_keepsZoomAndLastSection()
{
    startWindow();
    m_window->helpView()->setZoomFactor(1.5);
    openAndWait(kGdpr);

    restart();

    HelpView *view = m_window->helpView();
    QCOMPARE(view->url().fragment(), kGdpr.section(QLatin1Char('/'), 1));
    QCOMPARE(view->zoomFactor(), 1.5);
    QTRY_VERIFY(headingIsInView(QStringLiteral("is-gitpod-gdpr-compliant")));
    // The page itself is zoomed: it is 1.5 times narrower in CSS pixels than the view.
    const int cssWidth =
        WebTest::evaluate(view->page(), QStringLiteral("window.innerWidth")).toInt();
    QVERIFY2(qAbs(cssWidth * 1.5 - view->width()) <= 2,
             qPrintable(QStringLiteral("%1 CSS px in %2 px").arg(cssWidth).arg(view->width())));
}

void TestMainWindow::restart_keepsSizeSplitterAndCollapsedDocument()
{
    startWindow();
    m_window->resize(900, 640);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("splitter"));
    splitter->setSizes({250, 650});
    const QList<int> sizes = splitter->sizes();
    tree()->collapse(tree()->model()->index(0, 0));

    restart();

    QCOMPARE(m_window->size(), QSize(900, 640));
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("splitter"))->sizes(), sizes);
    QVERIFY(!tree()->isExpanded(tree()->model()->index(0, 0)));
}

void TestMainWindow::restart_sectionOnCommandLineWinsOverLastSection()
{
    startWindow();
    openAndWait(kGdpr);
    m_window->close();

    startWindow(m_catalog->find(kIsolation));

    QTRY_COMPARE(m_window->helpView()->url().fragment(), kIsolation.section(QLatin1Char('/'), 1));
}

void TestMainWindow::restart_damagedSettings_startsWithDefaultsAndKeepsBackup_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("junk bytes") << QByteArray("\x00\xff\xfe[[\x01=\x80\x00\n=\n[]]\x7f", 15);
    QTest::newRow("wrong types") << QByteArray(
        "[window]\ngeometry=a string\nsplitter=@Rect(1 2 3 4)\n"
        "[tree]\nexpandedDocuments=@Size(1 2)\n"
        "[view]\nzoomFactor=@Point(1 2)\ntheme=7\n");
    QTest::newRow("unknown section") << QByteArray("[view]\nzoomFactor=nan\n[reading]\n"
                                                   "lastSection=security-faq/no-such-question\n");
    QTest::newRow("unparseable geometry") << QByteArray("[window]\ngeometry=@ByteArray(junk)\n"
                                                        "splitter=@ByteArray(junk)\n");
    QTest::newRow("20 MB line") << "[view]\nzoomFactor=2\njunk=" +
                                       QByteArray(20 * 1024 * 1024, 'x') + '\n';
}

void TestMainWindow::restart_damagedSettings_startsWithDefaultsAndKeepsBackup()
{
    QFETCH(QByteArray, bytes);
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const bool damaged = QByteArrayView(QTest::currentDataTag()) != "unparseable geometry";
    if (damaged)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("was damaged")));

    startWindow();

    HelpView *view = m_window->helpView();
    QCOMPARE(view->url(), view->urlFor({0, -1}));
    QCOMPARE(view->zoomFactor(), 1.0);
    const MainWindow fresh(*m_catalog, m_profile.get()); // never shown: the form's size
    QCOMPARE(m_window->size(), fresh.size());
    QVERIFY(tree()->isExpanded(tree()->model()->index(0, 0)));
    const QStringList backups =
        QDir(m_settingsDir.path()).entryList({QStringLiteral("trustbook.conf.broken-*")});
    QCOMPARE(backups.size(), damaged ? 1 : 0);
    for (const QString &backup : backups) {
        QFile copy(m_settingsDir.filePath(backup));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll() == bytes);
        copy.close();
        copy.remove();
    }
}

TRUSTBOOK_WEB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
