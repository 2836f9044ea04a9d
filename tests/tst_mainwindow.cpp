// The reading window as a person uses it: the real tree and web view, on the tests' content.
#include "aboutdialog.h"
#include "answerreviewdialog.h"
#include "contentcatalog.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "requestblocker.h"
#include "searchpanel.h"
#include "searchservice.h"
#include "shortcutsdialog.h"
#include "uilanguage.h"
#include "viewersettings.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include "findbar.h"
#include "fixturecontent.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

Q_DECLARE_METATYPE(MainWindow::ThemeMode)

using namespace FixtureContent;

namespace {
const QString kGdprId = sectionId(kGdpr);
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tree_showsEveryDocumentAndItsSections();
    void selectingSection_bringsItsHeadingIntoView();
    void selectingSectionInSameDocument_doesNotReload();
    void clickingExternalLink_opensBrowserAndStaysOnPage();
    void clickingExternalLink_reportsInStatusBar();
    void search_indexIsBuiltOnceFirstPageIsIn();
    void search_typeAndEnter_opensBestMatch();
    void search_downAndEnter_opensNextResult();
    void search_clickingResult_opensIt();
    void search_openingResult_marksMatchedWordsInSection();
    void search_escape_restoresTreeWithOpenedSectionSelected();
    void search_noMatch_saysSoAndSuggestsRemovingWords();
    void search_someWordsMatch_showsSectionsHoldingThem();
    void search_misspelling_showsResultsForCorrection();
    void search_shortcuts_focusField_data();
    void search_shortcuts_focusField();
    void backAndForward_returnToSectionAndScrollPosition();
    void scrollingPage_selectsSectionBeingRead();
    void selectingLastSection_keepsItSelected();
    void nextAndPreviousSectionKeys_walkTheTree();
    void findInPage_countsMatches_data();
    void findInPage_countsMatches();
    void findBarEscape_closesAndClearsCount();
    void findInPage_highlightsMatchesInBothThemes_data();
    void findInPage_highlightsMatchesInBothThemes();
    void zoomKeys_changeAndResetZoom();
    void zooming_keepsSectionBeingRead();
    void darkTheme_darkensPageAndSurvivesDocumentLoad();
    void copyAnswer_putsQuestionAnswerAndVersionOnClipboard();
    void copyLink_putsDeepLinkOnClipboard();
    void hoveringLink_showsItsAddress();
    void pageMenu_offersOnlyReaderActions();
    void offlineIndicator_countsBlockedRequests();
    void rendererKilled_showsNoticeAndReloadsSection();
    void systemTheme_followsDesktopPalette();
    void helpAbout_opensAboutDialogOnTheContent();
    void answerQuestionnaire_inFileMenuWithOwnShortcut();
    void answerQuestionnaire_selectedRowOpensItsSection();
    void restart_keepsZoomAndLastSection();
    void restart_keepsSizeSplitterAndCollapsedDocument();
    void restart_keepsTheme();
    void restart_sectionOnCommandLineWinsOverLastSection();
    void restart_damagedSettings_startsWithDefaultsAndKeepsBackup_data();
    void restart_damagedSettings_startsWithDefaultsAndKeepsBackup();
    void language_translatesMenus_data();
    void language_translatesMenus();
    void search_resultsAreCountedAndNeverScrollSideways();
    void search_isInEditMenuWithCtrlK();
    void search_dismissedHighlightIsGoneAfterNavigating();
    void findBar_shiftEnterGoesToPreviousMatch();
    void findBar_buttonsStepAndClose();
    void zoom_percentageInStatusBarWhileNot100();
    void helpKeyboardShortcuts_listsTheWindowsKeys();

private:
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    QLineEdit *searchField() const { return m_window->searchPanel()->field(); }
    QListView *results() const { return m_window->searchPanel()->resultsView(); }
    QStringList resultPaths() const;
    void typeQuery(const QString &text);
    QModelIndex indexOfTitle(const QString &title) const;
    // Whether the heading's top is on screen, within that fraction of the view's height.
    bool headingIsInView(const QString &id, double within = 0.5) const;
    QString currentTitle() const;
    int scrollY() const;
    void scrollTo(const QString &id);
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
    std::optional<ContentBundle> m_bundle;
    const ContentCatalog *m_catalog = nullptr;
    std::unique_ptr<HelpProfile> m_profile;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    Result<ContentBundle> bundle = WebTest::builtInBundle();
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    m_catalog = &m_bundle->catalog();
    m_profile = std::make_unique<HelpProfile>(*m_bundle);
    m_search = std::make_unique<SearchService>(*m_bundle);
}

void TestMainWindow::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_window = std::make_unique<MainWindow>(*m_bundle, m_profile.get(), m_search.get(),
                                            WindowTest::exportProgram());
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
    return WindowTest::indexOfTitle(tree(), title);
}

bool TestMainWindow::headingIsInView(const QString &id, double within) const
{
    const QString script =
        QStringLiteral("(function(){var r=document.getElementById(%1).getBoundingClientRect();"
                       "return r.top >= 0 && r.top < window.innerHeight * %2;})()")
            .arg(WebTest::jsString(id))
            .arg(within);
    return WebTest::evaluate(m_window->helpView()->page(), script).toBool();
}

QString TestMainWindow::currentTitle() const
{
    return tree()->currentIndex().data().toString();
}

int TestMainWindow::scrollY() const
{
    return WebTest::evaluate(m_window->helpView()->page(), QStringLiteral("window.scrollY"))
        .toInt();
}

void TestMainWindow::scrollTo(const QString &id)
{
    WebTest::evaluate(m_window->helpView()->page(),
                      QStringLiteral("window.scrollTo(0, document.getElementById(%1).offsetTop)")
                          .arg(WebTest::jsString(id)));
}

void TestMainWindow::openAndWait(const QString &sectionPath)
{
    m_window->showSection(m_catalog->find(sectionPath));
    QTRY_VERIFY(m_window->helpView()->url().fragment() == sectionPath.section(QLatin1Char('/'), 1));
}

void TestMainWindow::tree_showsEveryDocumentAndItsSections()
{
    const QAbstractItemModel *model = tree()->model();
    QCOMPARE(model->rowCount(), kDocumentCount);
    QCOMPARE(model->index(0, 0).data().toString(), kHandbookTitle);
    QCOMPARE(model->rowCount(model->index(0, 0)), kHandbookSectionCount);
    QVERIFY(tree()->isExpanded(model->index(0, 0)));
    int sections = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        sections += model->rowCount(model->index(row, 0));
    QCOMPARE(sections, kSectionCount);
}

void TestMainWindow::selectingSection_bringsItsHeadingIntoView()
{
    const QString id = kGdprId;
    QVERIFY(!headingIsInView(id));
    const QModelIndex index = indexOfTitle(kGdprTitle);
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
    openAndWait(kGdpr);
    QTRY_VERIFY(headingIsInView(kGdprId));
    // A reload would have made a new window object and lost the marker.
    QCOMPARE(WebTest::evaluate(page, QStringLiteral("window.trustbookMarker")).toInt(), 42);
}

void TestMainWindow::clickingExternalLink_opensBrowserAndStaysOnPage()
{
    WebTest::UrlCatcher catcher({QStringLiteral("https"), QStringLiteral("http")});
    openAndWait(kGdpr);
    // Scrolling the link into view may move the reading position (the fragment); the page
    // itself must stay: same document, not reloaded (a reload would lose the marker).
    const QUrl before = m_window->helpView()->url().adjusted(QUrl::RemoveFragment);
    WebTest::evaluate(m_window->helpView()->page(), QStringLiteral("window.trustbookMarker = 7"));
    QVERIFY(WebTest::clickElement(m_window->helpView(),
                                  QLatin1Char('#') + kGdprId + QLatin1String(" a")));
    QTRY_COMPARE(catcher.opened.size(), 1);
    QCOMPARE(catcher.opened.first(), QUrl(kTrustCenter));
    QCOMPARE(m_window->helpView()->url().adjusted(QUrl::RemoveFragment), before);
    QCOMPARE(
        WebTest::evaluate(m_window->helpView()->page(), QStringLiteral("window.trustbookMarker"))
            .toInt(),
        7);
}

void TestMainWindow::clickingExternalLink_reportsInStatusBar()
{
    WebTest::UrlCatcher catcher({QStringLiteral("https")});
    openAndWait(kGdpr);
    QVERIFY(WebTest::clickElement(m_window->helpView(),
                                  QLatin1Char('#') + kGdprId + QLatin1String(" a")));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
        QLatin1String("trust.lanternfish.example")));
}

QStringList TestMainWindow::resultPaths() const
{
    QStringList paths;
    for (int row = 0; row < results()->model()->rowCount(); ++row)
        paths.append(results()->model()->index(row, 0).data(Qt::UserRole + 1).toString());
    return paths;
}

// Types like a person, then waits until the results for the whole text are on screen.
void TestMainWindow::typeQuery(const QString &text)
{
    searchField()->setFocus();
    QTest::keyClicks(searchField(), text);
    QTRY_VERIFY(results()->isVisible() && results()->model()->rowCount() > 0);
}

// Start-up paints the first page before it builds the search index, and then builds it
// without being asked: a search typed a moment later finds it ready.
void TestMainWindow::search_indexIsBuiltOnceFirstPageIsIn()
{
    m_window.reset();
    SearchService search(*m_bundle);
    QSignalSpy ready(&search, &SearchService::ready);
    MainWindow window(*m_bundle, m_profile.get(), &search, WindowTest::exportProgram());
    qsizetype builtBeforePage = -1;
    connect(
        window.helpView(), &QWebEngineView::loadFinished, this,
        [&] { builtBeforePage = ready.size(); }, Qt::SingleShotConnection);
    window.showSection({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(WebTest::waitForLoad(window.helpView()));
    QCOMPARE(builtBeforePage, 0);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QVERIFY(search.isReady());
}

void TestMainWindow::search_typeAndEnter_opensBestMatch()
{
    typeQuery(QStringLiteral("gdpr"));
    QCOMPARE(resultPaths().value(0), kGdpr);

    QTest::keyClick(searchField(), Qt::Key_Return);

    QTRY_COMPARE(m_window->helpView()->url().fragment(), kGdprId);
}

void TestMainWindow::search_downAndEnter_opensNextResult()
{
    typeQuery(QStringLiteral("service compliant"));
    const QStringList paths = resultPaths();
    QVERIFY(paths.size() >= 2);

    QTest::keyClick(searchField(), Qt::Key_Down);
    QTest::keyClick(searchField(), Qt::Key_Return);

    QTRY_COMPARE(m_window->helpView()->url().fragment(), paths.at(1).section(QLatin1Char('/'), 1));
    QVERIFY(searchField()->hasFocus());
}

void TestMainWindow::search_clickingResult_opensIt()
{
    typeQuery(QStringLiteral("encryption"));
    const QModelIndex first = results()->model()->index(0, 0);

    QTest::mouseClick(results()->viewport(), Qt::LeftButton, {},
                      results()->visualRect(first).center());

    QTRY_COMPARE(m_window->helpView()->url().fragment(), sectionId(kSecrets));
}

void TestMainWindow::search_openingResult_marksMatchedWordsInSection()
{
    const QString marks = QStringLiteral(
        "Array.from(document.querySelectorAll('mark.trustbook-hit'))"
        ".map(function (m) { return m.closest('section').id + ':' + m.textContent; }).join(',')");
    typeQuery(QStringLiteral("encryption"));

    QTest::keyClick(searchField(), Qt::Key_Return);

    QTRY_COMPARE(WebTest::evaluate(m_window->helpView()->page(), marks).toString(),
                 sectionId(kSecrets) + QLatin1String(":encrypted"));
}

void TestMainWindow::search_escape_restoresTreeWithOpenedSectionSelected()
{
    typeQuery(QStringLiteral("gdpr"));
    QVERIFY(!tree()->isVisible());
    QTest::keyClick(searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->helpView()->url().fragment(), kGdprId);

    QTest::keyClick(searchField(), Qt::Key_Escape);

    QCOMPARE(searchField()->text(), QString());
    QVERIFY(tree()->isVisible());
    QVERIFY(!results()->isVisible());
    QCOMPARE(tree()->currentIndex(), indexOfTitle(kGdprTitle));
}

void TestMainWindow::search_noMatch_saysSoAndSuggestsRemovingWords()
{
    searchField()->setFocus();
    QTest::keyClicks(searchField(), QStringLiteral("xyzzy plugh"));

    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("noResults"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("No results")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("removing a word")), qPrintable(label->text()));
}

// One word the content lacks does not hide the sections that hold the others.
void TestMainWindow::search_someWordsMatch_showsSectionsHoldingThem()
{
    searchField()->setFocus();
    QTest::keyClicks(searchField(), QStringLiteral("gdpr xyzzy"));

    QTRY_VERIFY(results()->isVisible());
    QCOMPARE(results()->currentIndex().data(Qt::DisplayRole).toString(), kGdprTitle);
}

void TestMainWindow::search_misspelling_showsResultsForCorrection()
{
    const auto *correction = m_window->findChild<QLabel *>(QStringLiteral("searchCorrection"));
    QVERIFY(correction);
    searchField()->setFocus();
    QTest::keyClicks(searchField(), QStringLiteral("encrpyted "));

    QTRY_VERIFY(correction->isVisible());
    QCOMPARE(correction->text(), QStringLiteral("Showing results for \u201cencrypted\u201d"));
    QVERIFY(results()->isVisible());

    QTest::keyClick(searchField(), Qt::Key_Escape);
    QVERIFY(!correction->isVisible());
}

void TestMainWindow::search_shortcuts_focusField_data()
{
    QTest::addColumn<QKeyCombination>("keys");
    QTest::newRow("Ctrl+K") << QKeyCombination(Qt::ControlModifier, Qt::Key_K);
    QTest::newRow("Ctrl+Shift+F") << QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier,
                                                     Qt::Key_F);
}

void TestMainWindow::search_shortcuts_focusField()
{
    QFETCH(QKeyCombination, keys);
    tree()->setFocus();
    QTRY_VERIFY(tree()->hasFocus());

    QTest::keyClick(tree(), keys.key(), keys.keyboardModifiers());

    QTRY_VERIFY(searchField()->hasFocus());
}

void TestMainWindow::backAndForward_returnToSectionAndScrollPosition()
{
    openAndWait(kGdpr);
    QTRY_VERIFY(headingIsInView(kGdprId));
    const int gdprScroll = scrollY();
    openAndWait(kFirst);
    QTRY_VERIFY(scrollY() < gdprScroll);

    QTest::keySequence(m_window.get(), QKeySequence::Back);
    QTRY_COMPARE(m_window->helpView()->url().fragment(), kGdprId);
    QTRY_COMPARE(scrollY(), gdprScroll);
    QTRY_COMPARE(currentTitle(), kGdprTitle);

    QTest::keySequence(m_window.get(), QKeySequence::Forward);
    QTRY_COMPARE(currentTitle(), kFirstTitle);
}

void TestMainWindow::scrollingPage_selectsSectionBeingRead()
{
    WebTest::evaluate(m_window->helpView()->page(), QStringLiteral("window.trustbookMarker = 3"));
    scrollTo(sectionId(kIsolation));
    QTRY_COMPARE(currentTitle(), kIsolationTitle);
    scrollTo(sectionId(kInfrastructure));
    QTRY_COMPARE(currentTitle(), kInfrastructureTitle);
    // Following the reader never reloads the page.
    QCOMPARE(
        WebTest::evaluate(m_window->helpView()->page(), QStringLiteral("window.trustbookMarker"))
            .toInt(),
        3);
}

void TestMainWindow::selectingLastSection_keepsItSelected()
{
    // The last answers cannot scroll to the top; the tree must not jump back to the
    // section that happens to be at the top.
    const QString last = kLastTitle;
    const QModelIndex index = indexOfTitle(last);
    QCOMPARE(index.row(), kHandbookSectionCount - 1);
    tree()->setCurrentIndex(index);
    QTRY_VERIFY(headingIsInView(m_catalog->section({0, kHandbookSectionCount - 1}).id, 1.0));
    QSignalSpy moves(m_window->helpView(), &HelpView::placeChanged);
    QVERIFY(!moves.wait(500)); // a jump back would arrive with the scroll events
    QCOMPARE(currentTitle(), last);
}

void TestMainWindow::nextAndPreviousSectionKeys_walkTheTree()
{
    openAndWait(kGdpr);
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(m_window->helpView()->url().fragment(), sectionId(kSoc));
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(m_window->helpView()->url().fragment(), sectionId(kVulnerability));
    QTRY_COMPARE(currentTitle(), kVulnerabilityTitle);
}

void TestMainWindow::findInPage_countsMatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("status");
    QTest::newRow("GDPR twice") << "GDPR"
                                << "1 of 2";
    QTest::newRow("Trust Center twice") << "trust center"
                                        << "1 of 2";
    QTest::newRow("Kubernetes twice") << "Kubernetes"
                                      << "1 of 2";
    QTest::newRow("absent") << "blockchain"
                            << "No matches";
}

void TestMainWindow::findInPage_countsMatches()
{
    QFETCH(QString, text);
    QFETCH(QString, status);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(m_window->findBar()->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), text);
    QTRY_COMPARE(m_window->findBar()->status(), status);
    if (status != QLatin1String("No matches")) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F3);
        QTRY_COMPARE(m_window->findBar()->status(),
                     QString(status).replace(0, 1, QLatin1Char('2')));
    }
}

void TestMainWindow::findBarEscape_closesAndClearsCount()
{
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("GDPR"));
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->findBar()->isHidden());
    QCOMPARE(m_window->findBar()->status(), QString());
}

void TestMainWindow::findInPage_highlightsMatchesInBothThemes_data()
{
    QTest::addColumn<MainWindow::ThemeMode>("theme");
    QTest::newRow("light") << MainWindow::ThemeMode::Light;
    QTest::newRow("dark") << MainWindow::ThemeMode::Dark;
}

void TestMainWindow::findInPage_highlightsMatchesInBothThemes()
{
    QFETCH(MainWindow::ThemeMode, theme);
    m_window->setThemeMode(theme);
    openAndWait(kGdpr);
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("GDPR"));
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 2"));
    // Chromium marks the active match orange and the others yellow, whatever the page colours.
    const auto highlighted = [this] {
        const QImage image = m_window->helpView()->grab().toImage();
        bool orange = false;
        bool yellow = false;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                orange = orange ||
                         (c.red() > 230 && c.green() > 120 && c.green() < 180 && c.blue() < 90);
                yellow = yellow || (c.red() > 230 && c.green() > 230 && c.blue() < 60);
            }
        }
        if (qEnvironmentVariableIsSet("TRUSTBOOK_SAVE_GRABS"))
            image.save(
                QStringLiteral("/tmp/find-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        return orange && yellow;
    };
    QTRY_VERIFY(highlighted());
}

void TestMainWindow::zoomKeys_changeAndResetZoom()
{
    HelpView *view = m_window->helpView();
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTRY_COMPARE(view->zoomFactor(), 1.1);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTRY_COMPARE(view->zoomFactor(), 0.9);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(view->zoomFactor(), 1.0);
}

void TestMainWindow::zooming_keepsSectionBeingRead()
{
    openAndWait(kInfrastructure);
    QTRY_VERIFY(headingIsInView(sectionId(kInfrastructure), 0.2));
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTRY_COMPARE(m_window->helpView()->zoomFactor(), 1.5);
    QTRY_VERIFY(headingIsInView(sectionId(kInfrastructure), 0.2));
    QCOMPARE(currentTitle(), kInfrastructureTitle);
}

void TestMainWindow::darkTheme_darkensPageAndSurvivesDocumentLoad()
{
    const QString background =
        QStringLiteral("getComputedStyle(document.documentElement).backgroundColor");
    QWebEnginePage *page = m_window->helpView()->page();
    m_window->setThemeMode(MainWindow::ThemeMode::Dark);
    QTRY_COMPARE(WebTest::evaluate(page, background).toString(), QStringLiteral("rgb(22, 25, 29)"));
    m_window->helpView()->reload(); // a page served anew comes dark from its first paint
    QVERIFY(WebTest::waitForLoad(m_window->helpView()));
    QCOMPARE(WebTest::evaluate(page, background).toString(), QStringLiteral("rgb(22, 25, 29)"));
    m_window->setThemeMode(MainWindow::ThemeMode::Light);
    QTRY_COMPARE(WebTest::evaluate(page, background).toString(),
                 QStringLiteral("rgb(255, 255, 255)"));
}

void TestMainWindow::copyAnswer_putsQuestionAnswerAndVersionOnClipboard()
{
    openAndWait(kGdpr);
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    const QString expected =
        QStringLiteral(
            "Is the service GDPR compliant?\n\n"
            "Yes. Lanternfish follows the GDPR and keeps only the personal data it needs to "
            "give you an account. It offers a Data Processing Agreement with the standard "
            "contractual clauses for data sent abroad, and more in its Trust Center.\n\n"
            "Source: Fixture Handbook (trustbook://handbook/is-the-service-gdpr-compliant), "
            "content version ") +
        m_catalog->contentVersion() + QLatin1Char('\n') + kGdprReviewLine + QLatin1Char('\n');
    QCOMPARE(data->text(), expected);
    // The review is cited once, under the source, not also as a line of the answer.
    QVERIFY(
        data->html().contains(QLatin1String("<br>") + kGdprReviewLine + QLatin1String("</small>")));
    QCOMPARE(data->html().count(QLatin1String("Reviewed ")), 1);
    QVERIFY(data->html().contains(QLatin1String("<h2>") + kGdprTitle + QLatin1String("</h2>")));
    QVERIFY(data->html().contains(QLatin1String("href=\"https://trust.lanternfish.example/")));
    QVERIFY(!data->html().contains(QLatin1String("HIPAA"))); // a section further on
}

void TestMainWindow::copyLink_putsDeepLinkOnClipboard()
{
    openAndWait(kGdpr);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QLatin1String("trustbook://") + kGdpr);
}

void TestMainWindow::hoveringLink_showsItsAddress()
{
    openAndWait(kGdpr);
    const QPoint link = WebTest::elementCentre(m_window->helpView(),
                                               QLatin1Char('#') + kGdprId + QLatin1String(" a"));
    QVERIFY(!link.isNull());
    QTest::mouseMove(m_window->helpView()->focusProxy(), link);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
        QLatin1String("https://trust.lanternfish.example/portal")));
}

void TestMainWindow::rendererKilled_showsNoticeAndReloadsSection()
{
    openAndWait(kGdpr);
    QWebEnginePage *page = m_window->helpView()->page();
    const qint64 pid = page->renderProcessPid();
    QVERIFY(pid > 0);
    QSignalSpy loaded(m_window->helpView(), &QWebEngineView::loadFinished);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    auto *notice = m_window->findChild<QLabel *>(QStringLiteral("pageNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("The page's display process was ended from outside "
                                            "the app, so the page has been reloaded."));
    QTRY_VERIFY(!loaded.isEmpty() && loaded.last().first().toBool());
    QVERIFY(page->renderProcessPid() != pid);
    QCOMPARE(m_window->helpView()->url().fragment(), kGdprId);
    QTRY_VERIFY(headingIsInView(kGdprId));
}

void TestMainWindow::offlineIndicator_countsBlockedRequests()
{
    auto *indicator = m_window->findChild<QLabel *>(QStringLiteral("offlineIndicator"));
    QVERIFY(indicator && indicator->isVisible());
    // The content asks for nothing outside the app.
    QCOMPARE(indicator->text(), QStringLiteral("Offline · blocked requests: 0"));
    Q_EMIT m_profile->requestBlocker()->requestBlocked(QUrl(QStringLiteral("https://x.test/a")), 1);
    QCOMPARE(indicator->text(), QStringLiteral("Offline · blocked requests: 1"));
    Q_EMIT m_profile->requestBlocker()->requestBlocked(QUrl(QStringLiteral("https://x.test/b")), 2);
    QCOMPARE(indicator->text(), QStringLiteral("Offline · blocked requests: 2"));
}

void TestMainWindow::pageMenu_offersOnlyReaderActions()
{
    QStringList texts;
    for (QAction *action : m_window->pageMenuActions()) {
        if (action)
            texts.append(action->text().remove(QLatin1Char('&')));
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Copy"), QStringLiteral("Select all"),
                                 QStringLiteral("Find in Page…"), QStringLiteral("Copy Answer"),
                                 QStringLiteral("Copy Link")}));
    for (const auto unwanted : {QWebEnginePage::Reload, QWebEnginePage::ViewSource,
                                QWebEnginePage::SavePage, QWebEnginePage::InspectElement})
        QVERIFY(!m_window->pageMenuActions().contains(m_window->helpView()->pageAction(unwanted)));
}

void TestMainWindow::systemTheme_followsDesktopPalette()
{
    const QString background =
        QStringLiteral("getComputedStyle(document.documentElement).backgroundColor");
    QWebEnginePage *page = m_window->helpView()->page();
    QCOMPARE(m_window->themeMode(), MainWindow::ThemeMode::System);
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    QTRY_COMPARE(WebTest::evaluate(page, background).toString(), QStringLiteral("rgb(22, 25, 29)"));
    QApplication::setPalette(original);
    QTRY_COMPARE(WebTest::evaluate(page, background).toString(),
                 QStringLiteral("rgb(255, 255, 255)"));
}

void TestMainWindow::language_translatesMenus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::newRow("German") << "de"
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Ansicht"), QStringLiteral("&Gehe zu"),
                                           QStringLiteral("&Hilfe")};
    QTest::newRow("French") << "fr"
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                           QStringLiteral("&Affichage"), QStringLiteral("A&ller"),
                                           QStringLiteral("&Aide")};
    QTest::newRow("English") << "en"
                             << QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                            QStringLiteral("&View"), QStringLiteral("&Go"),
                                            QStringLiteral("&Help")};
}

void TestMainWindow::language_translatesMenus()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QStringList titles;
    {
        UiLanguage uiLanguage;
        QCOMPARE(uiLanguage.install(language), language != QLatin1String("en"));
        MainWindow window(*m_bundle, m_profile.get(), m_search.get(), WindowTest::exportProgram());
        for (QAction *menu : window.menuBar()->actions())
            titles.append(menu->text());
    }
    QCOMPARE(titles, menus);
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
             QString::number(kSectionCount));
    QPointer<AboutDialog> watched(about);
    about->close();
    QTRY_VERIFY(!watched); // closed dialogs do not pile up
}

void TestMainWindow::startWindow(SectionRef start)
{
    m_window.reset();
    m_settings = std::make_unique<ViewerSettings>(settingsPath(), *m_catalog);
    m_window = std::make_unique<MainWindow>(*m_bundle, m_profile.get(), m_search.get(),
                                            WindowTest::exportProgram(), m_settings.get());
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

void TestMainWindow::answerQuestionnaire_inFileMenuWithOwnShortcut()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionAnswerQuestionnaire"));
    QVERIFY(action);
    const QKeySequence shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    QCOMPARE(action->shortcut(), shortcut);
    auto *fileMenu = m_window->menuBar()->actions().first()->menu();
    QVERIFY(fileMenu->actions().contains(action));
    // No other action of the window answers to the same keys.
    for (const QAction *other : m_window->findChildren<QAction *>()) {
        if (other != action)
            QVERIFY2(!other->shortcuts().contains(shortcut), qPrintable(other->text()));
    }
}

void TestMainWindow::answerQuestionnaire_selectedRowOpensItsSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("questions.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("ID,Question\r\n1,Is the service GDPR compliant?\r\n");
    file.close();

    AnswerReviewDialog *dialog = m_window->openQuestionnaire(path);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    if (dialog->isMatching()) {
        QSignalSpy finished(dialog, &AnswerReviewDialog::matchingFinished);
        QVERIFY(finished.wait(60000));
    }
    QCOMPARE(dialog->model()->index(0, 0).data(AnswerReviewModel::SectionRole).toString(), kGdpr);
    dialog->table()->selectRow(0);
    QTRY_COMPARE(m_window->helpView()->url().fragment(), kGdprId);
    dialog->close(); // deletes itself
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
    QTRY_VERIFY(headingIsInView(kGdprId));
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

void TestMainWindow::restart_keepsTheme()
{
    startWindow();
    m_window->setThemeMode(MainWindow::ThemeMode::Dark);

    restart();

    QCOMPARE(m_window->themeMode(), MainWindow::ThemeMode::Dark);
    QTRY_COMPARE(WebTest::evaluate(m_window->helpView()->page(),
                                   QStringLiteral("document.documentElement.dataset.theme"))
                     .toString(),
                 QStringLiteral("dark"));
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
                                                   "lastSection=handbook/no-such-question\n");
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
    // Never shown: the form's size.
    const MainWindow fresh(*m_bundle, m_profile.get(), m_search.get(), WindowTest::exportProgram());
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

void TestMainWindow::search_resultsAreCountedAndNeverScrollSideways()
{
    m_window->findChild<QSplitter *>()->setSizes({200, 900}); // a narrow panel
    typeQuery(QStringLiteral("data"));
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("resultCount"));
    QVERIFY(count);

    QTRY_VERIFY(count->isVisible());
    QCOMPARE(count->text(), QStringLiteral("%1 results").arg(results()->model()->rowCount()));
    QVERIFY(results()->model()->rowCount() > 1);
    QVERIFY(!results()->horizontalScrollBar()->isVisible());

    QTest::keyClick(searchField(), Qt::Key_Escape);
    QVERIFY(!count->isVisible());
}

void TestMainWindow::search_isInEditMenuWithCtrlK()
{
    QMenu *edit = m_window->menuBar()->actions().at(1)->menu();
    QAction *search = nullptr;
    for (QAction *action : edit->actions()) {
        if (action->text() == QStringLiteral("&Search…"))
            search = action;
    }
    QVERIFY(search);
    QCOMPARE(search->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    tree()->setFocus();

    search->trigger();

    QTRY_VERIFY(searchField()->hasFocus());
}

void TestMainWindow::search_dismissedHighlightIsGoneAfterNavigating()
{
    const QString marks = QStringLiteral("document.querySelectorAll('mark.trustbook-hit').length");
    typeQuery(QStringLiteral("encryption"));
    QTest::keyClick(searchField(), Qt::Key_Return);
    QTRY_VERIFY(WebTest::evaluate(m_window->helpView()->page(), marks).toInt() > 0);
    QTest::keyClick(searchField(), Qt::Key_Escape);

    tree()->setCurrentIndex(indexOfTitle(kGdprTitle)); // same document: no reload

    QTRY_COMPARE(m_window->helpView()->url().fragment(), kGdprId);
    QTRY_COMPARE(WebTest::evaluate(m_window->helpView()->page(), marks).toInt(), 0);
}

void TestMainWindow::findBar_shiftEnterGoesToPreviousMatch()
{
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("GDPR"));
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("2 of 2"));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);

    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 2"));
}

void TestMainWindow::findBar_buttonsStepAndClose()
{
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("GDPR"));
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 2"));
    const auto button = [this](const QString &name) -> QToolButton * {
        for (QToolButton *b : m_window->findBar()->findChildren<QToolButton *>()) {
            if (b->accessibleName().startsWith(name))
                return b;
        }
        return nullptr;
    };
    QToolButton *next = button(QStringLiteral("Next match"));
    QToolButton *previous = button(QStringLiteral("Previous match"));
    QToolButton *close = button(QStringLiteral("Close"));
    QVERIFY(next && previous && close);
    QVERIFY(next->isVisible() && previous->isVisible() && close->isVisible());

    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("2 of 2"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 2"));
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(m_window->findBar()->isHidden());
}

void TestMainWindow::zoom_percentageInStatusBarWhileNot100()
{
    const auto *zoom = m_window->findChild<QLabel *>(QStringLiteral("zoomLevel"));
    QVERIFY(zoom);
    QVERIFY(!zoom->isVisible());

    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTRY_VERIFY(zoom->isVisible());
    QCOMPARE(zoom->text(), QStringLiteral("Zoom 110%"));
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTRY_COMPARE(zoom->text(), QStringLiteral("Zoom 90%"));

    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QTRY_VERIFY(!zoom->isVisible());
}

void TestMainWindow::helpKeyboardShortcuts_listsTheWindowsKeys()
{
    QMenu *help = m_window->menuBar()->actions().last()->menu();
    QAction *shortcuts = nullptr;
    for (QAction *action : help->actions()) {
        if (action->text() == QLatin1String("&Keyboard Shortcuts"))
            shortcuts = action;
    }
    QVERIFY(shortcuts);

    shortcuts->trigger();

    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
    QHash<QString, QString> keys;
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        keys.insert(table->topLevelItem(row)->text(0), table->topLevelItem(row)->text(1));
    QCOMPARE(keys.value(QStringLiteral("Search")), QStringLiteral("Ctrl+K, Ctrl+Shift+F"));
    QCOMPARE(keys.value(QStringLiteral("Find in Page")),
             QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QCOMPARE(keys.value(QStringLiteral("Next Pane")), QStringLiteral("F6"));
    QCOMPARE(keys.value(QStringLiteral("Context Menu")), QStringLiteral("Shift+F10"));
    QVERIFY(keys.value(QStringLiteral("Zoom In")).contains(QLatin1String("Ctrl++")));
    dialog->close();
}

TRUSTBOOK_WEB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
