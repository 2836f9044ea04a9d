// The window of `trustbook --preview DIR`, through the real reading window and web view: a
// save reloads the page where the reader was, a broken file shows its file:line over the last
// good page, the preview says it is no release, and a hostile file in the folder can neither
// fetch, run script nor navigate, exactly as compiled-in content cannot.
#include "aboutdialog.h"
#include "alertlabel.h"
#include "helpprofile.h"
#include "helpview.h"
#include "previewtestsupport.h"
#include "previewwindow.h"
#include "requestblocker.h"
#include "searchpanel.h"
#include "webtestsupport.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QStatusBar>
#include <QTcpServer>
#include <QTreeView>
#include <QtTest>

class TestPreviewWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WebTest::failOnUnexpectedWarnings(); }
    void init();
    void cleanup();
    void save_reloadsPageAtTheSameSection();
    void brokenFile_bannerNamesFileAndLine_lastGoodPageStays();
    void brokenFromTheStart_waitsForAFix();
    void preview_isMarkedUnreleasedAndWritesNothing();
    void search_findsTheSavedText();
    void hostileFile_cannotFetchRunScriptOrNavigate_data();
    void hostileFile_cannotFetchRunScriptOrNavigate();

private:
    bool open(const QByteArray &faq, const QString &start = {});
    QString faqPath() const { return m_dir->filePath(QStringLiteral("demo-faq.md")); }
    MainWindow *reading() const { return m_window->readingWindow(); }
    HelpView *view() const { return reading()->helpView(); }
    QString pageText() const;
    QString currentPath() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PreviewSource> m_source;
    std::unique_ptr<PreviewWindow> m_window;
};

namespace {

const QString kTitle = QStringLiteral("Demo FAQ");

// Five sections long enough that the third is far down the page and can reach its top.
QList<QPair<QString, QString>> sections(const QString &thirdAnswer)
{
    const QString filler = QStringLiteral("A long answer that fills the page. ").repeated(80);
    QList<QPair<QString, QString>> list;
    for (int i = 1; i <= 5; ++i)
        list.append({QStringLiteral("Question number %1?").arg(i), i == 3 ? thirdAnswer : filler});
    return list;
}

} // namespace

void TestPreviewWindow::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestPreviewWindow::cleanup()
{
    m_window.reset();
    m_source.reset();
    m_dir.reset();
}

bool TestPreviewWindow::open(const QByteArray &faq, const QString &start)
{
    if (!PreviewTest::writeInPlace(faqPath(), faq))
        return false;
    m_source = std::make_unique<PreviewSource>(m_dir->path(), PreviewTest::renderer());
    m_window = std::make_unique<PreviewWindow>(
        m_source.get(), ExportChildProgram{QStringLiteral("/nonexistent"), {}});
    m_window->setStart(start);
    m_window->setThemeMode(MainWindow::ThemeMode::Light);
    m_window->show();
    QSignalSpy reloaded(m_window.get(), &PreviewWindow::reloaded);
    m_source->start();
    return QTest::qWaitForWindowExposed(m_window.get()) && reloaded.wait(20000) &&
           WebTest::waitForLoad(view());
}

QString TestPreviewWindow::pageText() const
{
    // Empty while a page is loading and has no body yet. Not innerText: that leaves out the
    // sections not laid out yet (content-visibility), which are in the page all the same.
    return WebTest::evaluate(view()->page(),
                             QStringLiteral("document.body ? document.body.textContent : ''"))
        .toString();
}

QString TestPreviewWindow::currentPath() const
{
    return m_source->bundle()->catalog().sectionPath(view()->currentPlace());
}

void TestPreviewWindow::save_reloadsPageAtTheSameSection()
{
    QVERIFY(open(PreviewTest::document(kTitle, sections(QStringLiteral("The old answer.")))));
    const QString third = QStringLiteral("demo-faq/question-number-3");
    // The reader picks the third question in the tree, as a person would.
    auto *tree = reading()->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    const QModelIndex row =
        tree->model()
            ->match(tree->model()->index(0, 0), Qt::DisplayRole,
                    QStringLiteral("Question number 3?"), 1, Qt::MatchExactly | Qt::MatchRecursive)
            .value(0);
    QVERIFY(row.isValid());
    tree->setCurrentIndex(row);
    QTRY_COMPARE(currentPath(), third);
    MainWindow *before = reading();

    QVERIFY(PreviewTest::replaceByRename(
        faqPath(), PreviewTest::document(kTitle, sections(QStringLiteral("The new answer.")))));

    QTRY_VERIFY_WITH_TIMEOUT(reading() != before, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("The new answer.")), 20000);
    QVERIFY(!pageText().contains(QStringLiteral("The old answer.")));
    QTRY_COMPARE(currentPath(), third);
    // Where the reader was: the section's heading is at the top of the page, not page one.
    QTRY_VERIFY(
        WebTest::evaluate(view()->page(), QStringLiteral("window.scrollY > 0 && Math.abs(document."
                                                         "getElementById('question-number-3')."
                                                         "getBoundingClientRect().top) < 100"))
            .toBool());
    auto *newTree = reading()->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    QTRY_COMPARE(newTree->currentIndex().data().toString(), QStringLiteral("Question number 3?"));
}

void TestPreviewWindow::brokenFile_bannerNamesFileAndLine_lastGoodPageStays()
{
    QVERIFY(open(PreviewTest::document(kTitle, sections(QStringLiteral("The good answer.")))));
    MainWindow *good = reading();
    AlertLabel *banner = m_window->problemBanner();
    QVERIFY(!banner->isVisible());

    QVERIFY(PreviewTest::replaceByRename(faqPath(), PreviewTest::brokenDocument()));

    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(faqPath() + QLatin1String(":3: ")),
             qPrintable(banner->text()));
    QCOMPARE(reading(), good);
    QVERIFY(pageText().contains(QStringLiteral("The good answer.")));

    QVERIFY(PreviewTest::replaceByRename(
        faqPath(), PreviewTest::document(kTitle, sections(QStringLiteral("Fixed.")))));

    QTRY_VERIFY_WITH_TIMEOUT(reading() != good, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("Fixed.")), 20000);
    QVERIFY(!banner->isVisible());
}

// A folder that fails its very first render: the window says what it waits for, not that it
// is still rendering ("Rendering DIR…" stayed under the banner), and shows the page once a
// fix is saved.
void TestPreviewWindow::brokenFromTheStart_waitsForAFix()
{
    QVERIFY(PreviewTest::writeInPlace(faqPath(), PreviewTest::brokenDocument()));
    m_source = std::make_unique<PreviewSource>(m_dir->path(), PreviewTest::renderer());
    m_window = std::make_unique<PreviewWindow>(
        m_source.get(), ExportChildProgram{QStringLiteral("/nonexistent"), {}});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *waiting = m_window->findChild<QLabel *>(QStringLiteral("previewWaiting"));
    QVERIFY(waiting);

    m_source->start();

    QTRY_VERIFY_WITH_TIMEOUT(m_window->problemBanner()->isVisible(), 20000);
    QVERIFY2(m_window->problemBanner()->text().contains(faqPath() + QLatin1String(":3: ")),
             qPrintable(m_window->problemBanner()->text()));
    QVERIFY(waiting->isVisible());
    QVERIFY2(!waiting->text().startsWith(QStringLiteral("Rendering")), qPrintable(waiting->text()));
    QVERIFY2(waiting->text().contains(QStringLiteral("saved change")), qPrintable(waiting->text()));

    QSignalSpy reloaded(m_window.get(), &PreviewWindow::reloaded);
    QVERIFY(PreviewTest::replaceByRename(
        faqPath(), PreviewTest::document(kTitle, sections(QStringLiteral("Fixed.")))));

    QVERIFY(reloaded.wait(20000));
    QVERIFY(WebTest::waitForLoad(view()));
    QTRY_VERIFY_WITH_TIMEOUT(pageText().contains(QStringLiteral("Fixed.")), 20000);
    QVERIFY(!m_window->problemBanner()->isVisible());
}

void TestPreviewWindow::preview_isMarkedUnreleasedAndWritesNothing()
{
    QVERIFY(open(PreviewTest::document(kTitle, sections(QStringLiteral("An answer."))),
                 QStringLiteral("demo-faq/question-number-3")));
    QTRY_VERIFY(m_window->windowTitle().contains(QStringLiteral("Preview — not a release")));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Question number 3?")));
    auto *marker = reading()->statusBar()->findChild<QLabel *>(QStringLiteral("previewIndicator"));
    QVERIFY(marker && marker->isVisible());
    QCOMPARE(marker->text(), QStringLiteral("Preview — not a release"));

    // About and a copied answer's source name no release.
    AboutDialog about(m_source->bundle()->catalog(), m_source->bundle()->brand());
    QCOMPARE(about.findChild<QLabel *>(QStringLiteral("contentVersionLabel"))->text(),
             QStringLiteral("unreleased"));
    reading()->copyAnswer(view()->currentPlace());
    QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("unreleased")),
             qPrintable(QApplication::clipboard()->text()));

    // What would write a file or remember a folder is off: File holds only Quit.
    QMenu *file = reading()->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    for (QAction *action : file->actions()) {
        if (!action->isSeparator())
            QCOMPARE(action->isEnabled(), action->objectName() == QLatin1String("actionQuit"));
    }
    QCOMPARE(GeneratorTest::readTree(m_dir->path()).keys(),
             QStringList{QStringLiteral("demo-faq.md")});
}

// Search reads the preview's content (an index built in memory), and the saved version of it.
void TestPreviewWindow::search_findsTheSavedText()
{
    QVERIFY(open(PreviewTest::document(kTitle, sections(QStringLiteral("Plain words.")))));
    MainWindow *before = reading();
    QVERIFY(PreviewTest::replaceByRename(
        faqPath(), PreviewTest::document(kTitle, sections(QStringLiteral("Quokkas guard it.")))));
    QTRY_VERIFY_WITH_TIMEOUT(reading() != before, 20000);

    QLineEdit *field = reading()->searchPanel()->field();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("quokkas"));

    QListView *results = reading()->searchPanel()->resultsView();
    QTRY_VERIFY_WITH_TIMEOUT(results->isVisible() && results->model()->rowCount() > 0, 20000);
    QCOMPARE(results->model()->rowCount(), 1);
    QCOMPARE(results->model()->index(0, 0).data(Qt::UserRole + 1).toString(),
             QStringLiteral("demo-faq/question-number-3"));
}

void TestPreviewWindow::hostileFile_cannotFetchRunScriptOrNavigate_data()
{
    // %1 is the port of a local server that must never see a connection; each body is the
    // answer of the one question, written by someone who wants the reader's machine.
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("linkToClick"); // a selector, or empty
    QTest::newRow("script") << "<script>document.title = 'pwned'; "
                               "fetch('http://127.0.0.1:%1/script');</script>"
                            << QString();
    QTest::newRow("inline handler")
        << "<img src=x onerror=\"document.title='pwned'\">" << QString();
    QTest::newRow("raw img") << "<img src=\"http://127.0.0.1:%1/pixel.png\">" << QString();
    QTest::newRow("markdown image") << "![pixel](http://127.0.0.1:%1/pixel.png)" << QString();
    QTest::newRow("iframe") << "<iframe src=\"http://127.0.0.1:%1/frame\"></iframe>" << QString();
    QTest::newRow("meta refresh")
        << "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:%1/\">" << QString();
    QTest::newRow("http link clicked")
        << "[click me](http://127.0.0.1:%1/link)" << QStringLiteral("section a");
    QTest::newRow("file link clicked")
        << "[passwords](file:///etc/passwd)" << QStringLiteral("section a");
    QTest::newRow("javascript link clicked")
        << "[run](javascript:document.title='pwned')" << QStringLiteral("section a");
}

void TestPreviewWindow::hostileFile_cannotFetchRunScriptOrNavigate()
{
    QFETCH(QString, body);
    QFETCH(QString, linkToClick);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    // An http link goes to the system's browser, never the page: caught here, not opened.
    WebTest::UrlCatcher catcher(
        {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")});
    const QString answer =
        body.contains(QLatin1String("%1")) ? body.arg(server.serverPort()) : body;
    QVERIFY(open(PreviewTest::document(kTitle, {{QStringLiteral("Hostile?"), answer}})));
    const QUrl page = view()->url();
    const QString title =
        WebTest::evaluate(view()->page(), QStringLiteral("document.title")).toString();
    QCOMPARE(title, kTitle);

    if (!linkToClick.isEmpty()) {
        QVERIFY(WebTest::clickElement(view(), linkToClick));
    }

    // Give a stray request or a timer every chance to happen before declaring none did.
    QVERIFY(!connections.wait(1500));
    QCOMPARE(connections.size(), 0);
    // The build leaves such links without their address (href=""): following one loads this
    // very page again, so its title and text are back once that load is done.
    QTRY_COMPARE(WebTest::evaluate(view()->page(), QStringLiteral("document.title")).toString(),
                 kTitle);
    QTRY_VERIFY(pageText().contains(QStringLiteral("What this document covers.")));
    QCOMPARE(
        WebTest::evaluate(view()->page(),
                          QStringLiteral("document.querySelectorAll('[href^=\"file:\" i], "
                                         "[href^=\"javascript:\" i], [src^=\"http\" i], "
                                         "script, iframe, meta[http-equiv=\"refresh\" i]').length"))
            .toInt(),
        0);
    QCOMPARE(view()->url().adjusted(QUrl::RemoveFragment), page.adjusted(QUrl::RemoveFragment));
    QCOMPARE(view()->url().scheme(), QStringLiteral("trustbook"));
    QVERIFY(!pageText().contains(QStringLiteral("pwned")));
    // Only a plain web link reaches the desktop, as the reader's choice; nothing local does.
    for (const QUrl &opened : std::as_const(catcher.opened))
        QCOMPARE(opened.scheme(), QStringLiteral("http"));
    const int blocked = view()->page()->profile()
                            ? static_cast<HelpProfile *>(view()->page()->profile())
                                  ->requestBlocker()
                                  ->blockedCount()
                            : -1;
    qInfo("requests blocked by the profile: %d, opened outside: %lld", blocked,
          static_cast<long long>(catcher.opened.size()));
}

TRUSTBOOK_WEB_TEST_MAIN(TestPreviewWindow)
#include "tst_previewwindow.moc"
