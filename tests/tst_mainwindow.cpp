// The reading window as a person uses it: the real tree, the real web view, the real content.
#include "contentcatalog.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "searchservice.h"
#include "webtestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
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
    void search_typeAndEnter_opensBestMatch();
    void search_downAndEnter_opensNextResult();
    void search_clickingResult_opensIt();
    void search_openingResult_marksMatchedWordsInSection();
    void search_escape_restoresTreeWithOpenedSectionSelected();
    void search_noMatch_saysSoAndSuggestsRemovingWords();
    void search_shortcuts_focusField_data();
    void search_shortcuts_focusField();

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
    bool headingIsInView(const QString &id) const;
    void openAndWait(const QString &sectionPath);

    std::optional<ContentCatalog> m_catalog;
    std::unique_ptr<HelpProfile> m_profile;
    std::unique_ptr<SearchService> m_search;
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
    m_search = std::make_unique<SearchService>(*m_catalog,
                                               kResourceRoot + QLatin1String("/content/search"));
}

void TestMainWindow::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_window = std::make_unique<MainWindow>(*m_catalog, m_profile.get(), m_search.get());
    m_window->resize(1100, 700);
    m_window->showSection({});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(WebTest::waitForLoad(m_window->helpView()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
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

void TestMainWindow::search_typeAndEnter_opensBestMatch()
{
    typeQuery(QStringLiteral("gdpr"));
    QCOMPARE(resultPaths().value(0), kGdpr);

    QTest::keyClick(searchField(), Qt::Key_Return);

    QTRY_COMPARE(m_window->helpView()->url().fragment(),
                 QStringLiteral("is-gitpod-gdpr-compliant"));
}

void TestMainWindow::search_downAndEnter_opensNextResult()
{
    typeQuery(QStringLiteral("gitpod compliant"));
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

    QTRY_COMPARE(m_window->helpView()->url().fragment(),
                 QStringLiteral("is-my-data-and-secrets-in-gitpod-secured"));
}

void TestMainWindow::search_openingResult_marksMatchedWordsInSection()
{
    const QString marks = QStringLiteral(
        "Array.from(document.querySelectorAll('mark.trustbook-hit'))"
        ".map(function (m) { return m.closest('section').id + ':' + m.textContent; }).join(',')");
    typeQuery(QStringLiteral("encryption"));

    QTest::keyClick(searchField(), Qt::Key_Return);

    QTRY_COMPARE(WebTest::evaluate(m_window->helpView()->page(), marks).toString(),
                 QStringLiteral("is-my-data-and-secrets-in-gitpod-secured:encrypted"));
}

void TestMainWindow::search_escape_restoresTreeWithOpenedSectionSelected()
{
    typeQuery(QStringLiteral("gdpr"));
    QVERIFY(!tree()->isVisible());
    QTest::keyClick(searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->helpView()->url().fragment(),
                 QStringLiteral("is-gitpod-gdpr-compliant"));

    QTest::keyClick(searchField(), Qt::Key_Escape);

    QCOMPARE(searchField()->text(), QString());
    QVERIFY(tree()->isVisible());
    QVERIFY(!results()->isVisible());
    QCOMPARE(tree()->currentIndex(), indexOfTitle(QStringLiteral("Is Gitpod GDPR compliant?")));
}

void TestMainWindow::search_noMatch_saysSoAndSuggestsRemovingWords()
{
    searchField()->setFocus();
    QTest::keyClicks(searchField(), QStringLiteral("gdpr xyzzy"));

    const auto *label = m_window->findChild<QLabel *>(QStringLiteral("noResults"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QLatin1String("No results")), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QLatin1String("removing a word")), qPrintable(label->text()));
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

TRUSTBOOK_WEB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
