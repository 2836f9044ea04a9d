// The section tree as a screen reader reads it (SectionTreeAccessible and its rows), in the
// real window on the tests' content, with accessibility turned on as the AT-SPI bridge turns
// it on: what each row says, which is FOCUSED, what its actions do.
#include "accessibilitytestsupport.h"
#include "engineenvironment.h"
#include "findbar.h"
#include "fixturecontent.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "sectiontreeitemaccessible.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QLineEdit>
#include <QTreeView>
#include <QtTest>

using namespace FixtureContent;
using AccessibilityTest::EventLog;

class TestSectionTreeAccessible final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void currentRow_isFocusedOnlyWhileTreeHasKeyboard_data();
    void currentRow_isFocusedOnlyWhileTreeHasKeyboard();
    void focusEvent_namesTheNewCurrentRow();
    void rows_areTheShownRowsByName();
    void documentRow_expandActionOpensAndCloses_data();
    void documentRow_expandActionOpensAndCloses();
    void toggleAction_andTable_selectAndUnselect();
    void pressAction_makesTheRowCurrent();
    void cellAt_andRowIndex_roundTrip();
    void childAt_isTheRowUnderThePoint();
    void rowScrolledOut_isInvisible();
    void rows_stayTheSameObjectUntilHiddenOrReset();

private:
    MainWindow *window() const { return m_fixture.window(); }
    QTreeView *tree() const
    {
        return window()->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    QAccessibleInterface *accessibleTree() const
    {
        return QAccessible::queryAccessibleInterface(tree());
    }
    // The tree's rows (not its hidden header), top to bottom.
    QList<QAccessibleInterface *> rows() const
    {
        return AccessibilityTest::findAll(accessibleTree(), [](QAccessibleInterface *i) {
            return i->role() == QAccessible::TreeItem;
        });
    }
    QAccessibleInterface *row(const QString &title) const
    {
        for (QAccessibleInterface *iface : rows()) {
            if (iface->text(QAccessible::Name) == title)
                return iface;
        }
        return nullptr;
    }
    QStringList shownTitles() const
    {
        QStringList titles;
        for (QModelIndex shown = tree()->model()->index(0, 0); shown.isValid();
             shown = tree()->indexBelow(shown))
            titles.append(shown.data().toString());
        return titles;
    }
    QStringList focusedRows() const
    {
        QStringList names;
        for (QAccessibleInterface *iface : rows()) {
            if (iface->state().focused)
                names.append(iface->text(QAccessible::Name));
        }
        return names;
    }
    void focusTree(const QString &current)
    {
        tree()->setFocus();
        tree()->setCurrentIndex(WindowTest::indexOfTitle(tree(), current));
        QTRY_VERIFY(tree()->hasFocus());
    }

    WindowTest::Fixture m_fixture;
};

void TestSectionTreeAccessible::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY2(AccessibilityTest::activate(), "this platform has no accessibility");
    QVERIFY(m_fixture.load());
}

void TestSectionTreeAccessible::init()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY(m_fixture.open());
    QApplication::setActiveWindow(window());
}

void TestSectionTreeAccessible::cleanup()
{
    m_fixture.close();
}

void TestSectionTreeAccessible::currentRow_isFocusedOnlyWhileTreeHasKeyboard_data()
{
    QTest::addColumn<QString>("keyboardIn"); // tree, search, find, page
    QTest::addColumn<bool>("rowFocused");
    QTest::newRow("tree") << "tree" << true;
    QTest::newRow("search field") << "search" << false;
    QTest::newRow("find bar") << "find" << false;
    QTest::newRow("page") << "page" << false;
}

void TestSectionTreeAccessible::currentRow_isFocusedOnlyWhileTreeHasKeyboard()
{
    QFETCH(QString, keyboardIn);
    QFETCH(bool, rowFocused);
    focusTree(kGdprTitle);
    QWidget *target = tree();
    if (keyboardIn == QLatin1String("search")) {
        target = window()->searchPanel()->field();
        target->setFocus();
    } else if (keyboardIn == QLatin1String("find")) {
        window()->findBar()->activate();
        target = window()->findBar()->findChild<QLineEdit *>();
    } else if (keyboardIn == QLatin1String("page")) {
        window()->helpView()->setFocus();
        target = window()->helpView()->focusProxy();
    }
    QTRY_VERIFY(target->hasFocus());
    QCOMPARE(tree()->currentIndex().data().toString(), kGdprTitle); // still current

    QCOMPARE(focusedRows(), rowFocused ? QStringList{kGdprTitle} : QStringList{});
    QCOMPARE(bool(accessibleTree()->state().focused), rowFocused);
    QAccessibleInterface *focusChild = accessibleTree()->focusChild();
    QCOMPARE(focusChild ? focusChild->text(QAccessible::Name) : QString(),
             rowFocused ? kGdprTitle : QString());
    // The row is selected and focusable either way; only the focus follows the keyboard.
    QVERIFY(row(kGdprTitle)->state().selected);
    QVERIFY(row(kGdprTitle)->state().focusable);
}

void TestSectionTreeAccessible::focusEvent_namesTheNewCurrentRow()
{
    focusTree(kFirstTitle);
    EventLog log;

    QTest::keyClick(tree(), Qt::Key_Down);

    const QString now = tree()->currentIndex().data().toString();
    QVERIFY(now != kFirstTitle);
    const QList<AccessibilityTest::Event> focus = log.ofType(QAccessible::Focus);
    QVERIFY(!focus.isEmpty());
    QCOMPARE(focus.last().role, QAccessible::TreeItem);
    QCOMPARE(focus.last().name, now);
    QCOMPARE(focusedRows(), QStringList{now});
}

void TestSectionTreeAccessible::rows_areTheShownRowsByName()
{
    QAccessibleInterface *accessible = accessibleTree();
    QCOMPARE(accessible->role(), QAccessible::Tree);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Sections"));
    QStringList names;
    for (QAccessibleInterface *iface : rows())
        names.append(iface->text(QAccessible::Name));
    QCOMPARE(names, shownTitles());
    QVERIFY(names.contains(kHandbookTitle));
    QVERIFY(names.contains(kIsolationTitle));
    for (QAccessibleInterface *iface : rows()) {
        QCOMPARE(iface->parent(), accessible);
        QVERIFY(iface->state().selectable);
        QVERIFY(!iface->state().invisible);
        QVERIFY(tree()->viewport()->rect().contains(
            tree()->viewport()->mapFromGlobal(iface->rect().center())));
    }
    // First the header QTreeView counts in its events, hidden, then one child a row.
    QCOMPARE(accessible->childCount(), shownTitles().size() + 1);
    QCOMPARE(accessible->child(0)->role(), QAccessible::ColumnHeader);
    QVERIFY(accessible->child(0)->state().invisible);
    QCOMPARE(accessible->tableInterface()->rowCount(), shownTitles().size());
    QCOMPARE(accessible->tableInterface()->columnCount(), 1);
}

void TestSectionTreeAccessible::documentRow_expandActionOpensAndCloses_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("sections");
    QTest::newRow("handbook") << kHandbookTitle << kHandbookSectionCount;
    QTest::newRow("glossary") << QStringLiteral("Glossary")
                              << kSectionCount - kHandbookSectionCount;
}

void TestSectionTreeAccessible::documentRow_expandActionOpensAndCloses()
{
    QFETCH(QString, title);
    QFETCH(int, sections);
    const QModelIndex document = WindowTest::indexOfTitle(tree(), title);
    QCOMPARE(tree()->model()->rowCount(document), sections);
    QVERIFY(tree()->isExpanded(document));
    const int open = accessibleTree()->childCount();
    QAccessibleInterface *item = row(title);
    QVERIFY(item->state().expandable);
    QVERIFY(item->state().expanded);
    QVERIFY(!item->state().collapsed);
    QVERIFY(item->actionInterface()->actionNames().contains(
        SectionTreeItemAccessible::collapseAction()));

    item->actionInterface()->doAction(SectionTreeItemAccessible::collapseAction());

    QVERIFY(!tree()->isExpanded(document));
    item = row(title);
    QVERIFY(item->state().collapsed);
    QVERIFY(!item->state().expanded);
    QCOMPARE(accessibleTree()->childCount(), open - sections);
    QCOMPARE(rows().size(), shownTitles().size());
    QVERIFY(
        item->actionInterface()->actionNames().contains(SectionTreeItemAccessible::expandAction()));
    QVERIFY(!item->actionInterface()
                 ->localizedActionName(SectionTreeItemAccessible::expandAction())
                 .isEmpty());

    item->actionInterface()->doAction(SectionTreeItemAccessible::expandAction());

    QVERIFY(tree()->isExpanded(document));
    QVERIFY(row(title)->state().expanded);
    QCOMPARE(accessibleTree()->childCount(), open);
    // A section has nothing to open.
    QAccessibleInterface *section = row(kIsolationTitle);
    QVERIFY(!section->state().expandable);
    QVERIFY(!section->state().expanded && !section->state().collapsed);
}

void TestSectionTreeAccessible::toggleAction_andTable_selectAndUnselect()
{
    focusTree(kFirstTitle);
    QAccessibleTableInterface *table = accessibleTree()->tableInterface();
    QAccessibleInterface *isolation = row(kIsolationTitle);
    const int isolationRow = isolation->tableCellInterface()->rowIndex();
    QVERIFY(!isolation->state().selected);
    QCOMPARE(table->selectedRowCount(), 1);

    isolation->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());

    QVERIFY(
        tree()->selectionModel()->isSelected(WindowTest::indexOfTitle(tree(), kIsolationTitle)));
    QVERIFY(isolation->state().selected);
    QVERIFY(isolation->tableCellInterface()->isSelected());
    QVERIFY(table->isRowSelected(isolationRow));
    QCOMPARE(table->selectedRowCount(), 2);
    QVERIFY(table->selectedRows().contains(isolationRow));
    QVERIFY(table->selectedCells().contains(isolation));

    QVERIFY(table->unselectRow(isolationRow));

    QVERIFY(!isolation->state().selected);
    QVERIFY(!table->isRowSelected(isolationRow));
    QCOMPARE(table->selectedCellCount(), 1);

    QVERIFY(table->selectRow(isolationRow));
    QVERIFY(isolation->state().selected);
    QVERIFY(!table->selectColumn(0)); // a tree selects rows
}

void TestSectionTreeAccessible::pressAction_makesTheRowCurrent()
{
    QAccessibleInterface *gdpr = row(kGdprTitle);
    QVERIFY(
        gdpr->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));

    gdpr->actionInterface()->doAction(QAccessibleActionInterface::pressAction());

    QCOMPARE(tree()->currentIndex().data().toString(), kGdprTitle);
    QVERIFY(gdpr->state().selected);
    QTRY_COMPARE(window()->helpView()->shownUrl().fragment(), kGdpr.section(QLatin1Char('/'), 1));
}

void TestSectionTreeAccessible::cellAt_andRowIndex_roundTrip()
{
    QAccessibleInterface *accessible = accessibleTree();
    QAccessibleTableInterface *table = accessible->tableInterface();
    const QStringList titles = shownTitles();
    for (int r = 0; r < titles.size(); ++r) {
        QAccessibleInterface *cell = table->cellAt(r, 0);
        QVERIFY(cell);
        QCOMPARE(cell->text(QAccessible::Name), titles.at(r));
        QCOMPARE(cell->tableCellInterface()->rowIndex(), r);
        QCOMPARE(cell->tableCellInterface()->columnIndex(), 0);
        QCOMPARE(cell->tableCellInterface()->table(), accessible);
        const int child = accessible->indexOfChild(cell);
        QCOMPARE(child, r + 1);
        QCOMPARE(accessible->child(child), cell);
    }
    QVERIFY(!table->cellAt(int(titles.size()), 0));
    QVERIFY(!table->cellAt(0, 1));
    QVERIFY(!accessible->child(accessible->childCount()));
}

void TestSectionTreeAccessible::childAt_isTheRowUnderThePoint()
{
    QAccessibleInterface *isolation = row(kIsolationTitle);
    const QPoint point = isolation->rect().center();
    QCOMPARE(accessibleTree()->childAt(point.x(), point.y()), isolation);
    const QPoint outside = tree()->mapToGlobal(QPoint(-5, -5));
    QVERIFY(!accessibleTree()->childAt(outside.x(), outside.y()));
}

void TestSectionTreeAccessible::rowScrolledOut_isInvisible()
{
    window()->resize(window()->width(), 260);
    const QModelIndex last = WindowTest::indexOfTitle(tree(), shownTitles().constLast());
    tree()->scrollTo(last, QAbstractItemView::PositionAtBottom);
    QTRY_VERIFY(
        !tree()->visualRect(tree()->model()->index(0, 0)).intersects(tree()->viewport()->rect()));

    QVERIFY(rows().first()->state().invisible);
    QVERIFY(!rows().last()->state().invisible);
}

void TestSectionTreeAccessible::rows_stayTheSameObjectUntilHiddenOrReset()
{
    QAccessibleInterface *isolation = row(kIsolationTitle);
    const QAccessible::Id id = QAccessible::uniqueId(isolation);
    QCOMPARE(row(kIsolationTitle), isolation);
    QCOMPARE(
        accessibleTree()->tableInterface()->cellAt(isolation->tableCellInterface()->rowIndex(), 0),
        isolation);

    // Closing its document hides the row: a screen reader's hold on it is let go.
    const QModelIndex handbook = WindowTest::indexOfTitle(tree(), kHandbookTitle);
    tree()->collapse(handbook);
    QVERIFY(!QAccessible::accessibleInterface(id));
    QVERIFY(!row(kIsolationTitle));
    tree()->expand(handbook);
    QAccessibleInterface *again = row(kIsolationTitle);
    QVERIFY(again);
    QVERIFY(again->isValid());

    // A model reset lets every row go; the rows asked for next are new and right.
    const QAccessible::Id glossary = QAccessible::uniqueId(row(QStringLiteral("Glossary")));
    QAccessibleTableModelChangeEvent reset(tree(), QAccessibleTableModelChangeEvent::ModelReset);
    QAccessible::updateAccessibility(&reset);
    QVERIFY(!QAccessible::accessibleInterface(glossary));
    QVERIFY(row(QStringLiteral("Glossary")));
    QCOMPARE(rows().size(), shownTitles().size());
}

int main(int argc, char *argv[])
{
    // As main() does, before the application exists: the engine's environment and the scheme.
    static_cast<void>(EngineEnvironment::prepareProcess());
    QApplication app(argc, argv);
    TestSectionTreeAccessible test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sectiontreeaccessible.moc"
