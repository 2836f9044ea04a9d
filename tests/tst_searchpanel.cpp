// The search panel on its own, beside a stand-in tree: what the field does with the keys a
// person presses. The real window and page are in tst_mainwindow.
#include "bundletestsupport.h"
#include "fixturecontent.h"
#include "searchpanel.h"
#include "searchservice.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {
constexpr int kTimeoutMs = 10000;
} // namespace

class TestSearchPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typing_replacesTreeWithResults();
    void enter_requestsBestMatchWithWordsToMark();
    void enterBeforeResultsArrive_opensBestMatchWhenTheyDo();
    void upAndDown_moveThroughResultsAndStopAtEnds();
    void escape_clearsFieldAndShowsTree();
    void clearingField_showsTreeAgain();
    void brokenIndex_disablesField();
    void resizing_rewrapsResults();
    void nextQuery_showsItsOwnResults();

private:
    void typeAndWait(const QString &text);
    ResultListView *results() const { return m_panel->resultsView(); }

    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<SearchService> m_service;
    std::unique_ptr<SearchPanel> m_panel;
    QTreeView *m_tree = nullptr;
};

void TestSearchPanel::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    m_service = std::make_unique<SearchService>(*m_bundle);
    QSignalSpy ready(m_service.get(), &SearchService::ready);
    m_service->prepare();
    QVERIFY(ready.wait(kTimeoutMs));
}

void TestSearchPanel::init()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    m_tree = new QTreeView;
    m_panel = std::make_unique<SearchPanel>(m_service.get(), m_tree);
    m_panel->resize(320, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->field()->setFocus();
}

void TestSearchPanel::cleanup()
{
    m_panel.reset();
}

void TestSearchPanel::typeAndWait(const QString &text)
{
    QTest::keyClicks(m_panel->field(), text);
    QTRY_VERIFY(results()->isVisible() && results()->model()->rowCount() > 0);
}

void TestSearchPanel::typing_replacesTreeWithResults()
{
    QVERIFY(m_tree->isVisible());

    typeAndWait(QStringLiteral("gdpr"));

    QVERIFY(!m_tree->isVisible());
    QCOMPARE(results()->chosen().row(), 0);
}

void TestSearchPanel::enter_requestsBestMatchWithWordsToMark()
{
    QSignalSpy requested(m_panel.get(), &SearchPanel::sectionRequested);
    typeAndWait(QStringLiteral("encryption"));

    QTest::keyClick(m_panel->field(), Qt::Key_Return);

    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), FixtureContent::kSecrets);
    QCOMPARE(requested.first().at(1).toStringList(),
             (QStringList{QStringLiteral("encryption"), QStringLiteral("encrypted")}));
}

void TestSearchPanel::enterBeforeResultsArrive_opensBestMatchWhenTheyDo()
{
    QSignalSpy requested(m_panel.get(), &SearchPanel::sectionRequested);
    typeAndWait(QStringLiteral("lanternfish"));

    // No event loop runs between these: the results on screen are still those for "lanternfish".
    QTest::keyClicks(m_panel->field(), QStringLiteral(" gdpr"));
    QTest::keyClick(m_panel->field(), Qt::Key_Return);
    QCOMPARE(requested.size(), 0);

    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), FixtureContent::kGdpr);
}

void TestSearchPanel::upAndDown_moveThroughResultsAndStopAtEnds()
{
    typeAndWait(QStringLiteral("lanternfish"));
    const int last = results()->model()->rowCount() - 1;
    QVERIFY(last >= 2);

    QTest::keyClick(m_panel->field(), Qt::Key_Up);
    QCOMPARE(results()->chosen().row(), 0);
    QTest::keyClick(m_panel->field(), Qt::Key_Down);
    QTest::keyClick(m_panel->field(), Qt::Key_Down);
    QCOMPARE(results()->chosen().row(), 2);
    for (int i = 0; i < last + 3; ++i)
        QTest::keyClick(m_panel->field(), Qt::Key_Down);
    QCOMPARE(results()->chosen().row(), last);
    QVERIFY(m_panel->field()->hasFocus());
}

void TestSearchPanel::escape_clearsFieldAndShowsTree()
{
    typeAndWait(QStringLiteral("gdpr"));

    QTest::keyClick(m_panel->field(), Qt::Key_Escape);

    QCOMPARE(m_panel->field()->text(), QString());
    QVERIFY(m_tree->isVisible());
    QVERIFY(m_tree->hasFocus());
}

void TestSearchPanel::clearingField_showsTreeAgain()
{
    typeAndWait(QStringLiteral("gdpr"));

    for (int i = 0; i < 4; ++i)
        QTest::keyClick(m_panel->field(), Qt::Key_Backspace);

    QVERIFY(m_tree->isVisible());
    QCOMPARE(results()->model()->rowCount(), 0);
}

void TestSearchPanel::brokenIndex_disablesField()
{
    const QTemporaryDir dir;
    const Result<ContentBundle> bundle = BundleTest::builtInCopy(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const QString missing = BundleTest::withoutSearch(*bundle);
    QVERIFY(!missing.isEmpty());
    SearchService broken(*bundle);
    SearchPanel panel(&broken, new QTreeView);
    QSignalSpy ready(&broken, &SearchService::ready);
    broken.prepare();
    QVERIFY(ready.wait(kTimeoutMs));

    QVERIFY(!panel.field()->isEnabled());
    QVERIFY2(panel.field()->toolTip().contains(missing), qPrintable(panel.field()->toolTip()));
}

QTEST_MAIN(TestSearchPanel)
// Each result's layout is kept for its text and width (SearchResultDelegate): a narrower
// panel must still wrap the snippets onto more lines, and a wider one onto fewer.
void TestSearchPanel::resizing_rewrapsResults()
{
    typeAndWait(QStringLiteral("data"));
    const QModelIndex first = results()->model()->index(0, 0);
    QTRY_VERIFY(results()->visualRect(first).height() > 0);
    const int wide = results()->visualRect(first).height();

    m_panel->resize(180, 600);
    QTRY_VERIFY(results()->visualRect(first).height() > wide);
    m_panel->resize(320, 600);
    QTRY_COMPARE(results()->visualRect(first).height(), wide);
}

// The same row of another query is another result: what it shows is its own, not the
// previous query's kept layout.
void TestSearchPanel::nextQuery_showsItsOwnResults()
{
    typeAndWait(QStringLiteral("gdpr"));
    const QString before = results()->model()->index(0, 0).data().toString();
    const QImage shownBefore = results()->viewport()->grab().toImage();

    m_panel->field()->clear();
    typeAndWait(QStringLiteral("vulnerability"));
    QTRY_VERIFY(results()->model()->index(0, 0).data().toString() != before);

    QTRY_VERIFY(results()->viewport()->grab().toImage() != shownBefore);
}

#include "tst_searchpanel.moc"
