// File > Print… with the real window and content, offscreen: the preview shows the pages the
// exporter made for what the user is reading.
#include "contentcatalog.h"
#include "fixturecontent.h"
#include "helpprofile.h"
#include "mainwindow.h"
#include "printcontroller.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QtTest>

class TestPrintController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void action_isInFileMenuWithPrintShortcut();
    void print_previewsCurrentDocumentPages();
    void print_withSeveralSelected_previewsFewerPages();

private:
    int previewPageCount();

    WindowTest::Fixture m_fixture;
    MainWindow *m_window = nullptr; // the fixture's
};

void TestPrintController::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY(m_fixture.load());
}

void TestPrintController::init()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY(m_fixture.open());
    m_window = m_fixture.window();
}

void TestPrintController::cleanup()
{
    m_fixture.close();
}

// Triggers Print and returns how many pages the preview shows, checked against the exporter's
// count; -1 if no preview opened.
int TestPrintController::previewPageCount()
{
    auto *controller = m_window->findChild<PrintController *>();
    QSignalSpy opened(controller, &PrintController::previewOpened);
    m_window->findChild<QAction *>(QStringLiteral("actionPrint"))->trigger();
    if (!opened.wait(90000))
        return -1;
    auto *preview = m_window->findChild<QPrintPreviewDialog *>();
    auto *widget = preview ? preview->findChild<QPrintPreviewWidget *>() : nullptr;
    const int expected = opened.first().first().toInt();
    if (!widget || !QTest::qWaitFor([&] { return widget->pageCount() == expected; }))
        return -1;
    preview->close();
    return expected;
}

void TestPrintController::action_isInFileMenuWithPrintShortcut()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(action));
}

void TestPrintController::print_previewsCurrentDocumentPages()
{
    QVERIFY(previewPageCount() >= 2); // the whole FAQ does not fit one page
}

void TestPrintController::print_withSeveralSelected_previewsFewerPages()
{
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    const QStringList titles{FixtureContent::kGdprTitle, FixtureContent::kSocTitle};
    tree->selectionModel()->clearSelection(); // the document row, current since start-up
    for (const QString &title : titles)
        tree->selectionModel()->select(WindowTest::indexOfTitle(tree, title),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(previewPageCount(), 1);
}

TRUSTBOOK_WEB_TEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
