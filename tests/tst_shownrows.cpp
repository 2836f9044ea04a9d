// ShownRows: the rows a QTreeView shows and where each one is, kept between questions, must
// always be what a fresh indexBelow() walk of the view finds, whatever changed in between.
#include "shownrows.h"

#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

namespace {

// Groups of rows under titles, whose titles move: QStandardItemModel cannot move rows, and a
// move is the one change that keeps every count and still changes what each place shows.
class MovingModel final : public QAbstractItemModel
{
public:
    explicit MovingModel(QList<QStringList> groups)
        : m_groups(std::move(groups))
    {
        for (qsizetype i = 0; i < m_groups.size(); ++i)
            m_ids.append(
                quintptr(i + 1)); // a child's internal id: its group's, which moves with it
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (!hasIndex(row, column, parent))
            return {};
        return createIndex(row, column, parent.isValid() ? m_ids.at(parent.row()) : quintptr(0));
    }
    QModelIndex parent(const QModelIndex &child) const override
    {
        if (!child.isValid() || child.internalId() == 0)
            return {};
        return createIndex(int(m_ids.indexOf(child.internalId())), 0, quintptr(0));
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (!parent.isValid())
            return int(m_groups.size());
        if (parent.internalId() != 0 || parent.column() != 0)
            return 0;
        return int(m_groups.at(parent.row()).size()) - 1;
    }
    int columnCount(const QModelIndex & = {}) const override { return 1; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        if (index.internalId() == 0)
            return m_groups.at(index.row()).first();
        return m_groups.at(m_ids.indexOf(index.internalId())).at(index.row() + 1);
    }
    // Top-level rows only, one at a time.
    bool moveRows(const QModelIndex &from, int row, int count, const QModelIndex &to,
                  int before) override
    {
        if (from.isValid() || to.isValid() || count != 1 ||
            !beginMoveRows(from, row, row, to, before))
            return false;
        const int target = before > row ? before - 1 : before;
        m_groups.move(row, target);
        m_ids.move(row, target);
        endMoveRows();
        return true;
    }

private:
    QList<QStringList> m_groups;
    QList<quintptr> m_ids;
};

const QList<QStringList> kGroups = {
    {QStringLiteral("A"), QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3")},
    {QStringLiteral("B"), QStringLiteral("B1"), QStringLiteral("B2")},
    {QStringLiteral("C"), QStringLiteral("C1")}};

void fill(QStandardItemModel &model)
{
    for (const QStringList &group : kGroups) {
        auto *title = new QStandardItem(group.first());
        for (qsizetype i = 1; i < group.size(); ++i)
            title->appendRow(new QStandardItem(group.at(i)));
        model.appendRow(title);
    }
}

QModelIndex titled(const QAbstractItemModel *model, const QString &title)
{
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                                               Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

// What the view shows, as the rows walked the first time.
QList<QModelIndex> walk(const QTreeView &view)
{
    QList<QModelIndex> rows;
    for (QModelIndex shown = view.model()->index(0, 0, view.rootIndex()); shown.isValid();
         shown = view.indexBelow(shown))
        rows.append(shown);
    return rows;
}

QStringList titles(const QList<QModelIndex> &rows)
{
    QStringList shown;
    for (const QModelIndex &row : rows)
        shown.append(row.data().toString());
    return shown;
}

QList<QModelIndex> known(const ShownRows &rows)
{
    QList<QModelIndex> all;
    for (int row = 0; row < rows.count(); ++row)
        all.append(rows.at(row));
    return all;
}

} // namespace

class TestShownRows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_areAFreshWalkAfterAChange_data();
    void rows_areAFreshWalkAfterAChange();
    void rowOf_anyColumn_andNothingElse();
};

void TestShownRows::rows_areAFreshWalkAfterAChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("shown");
    const auto list = [](const char *titles) {
        return QString::fromLatin1(titles).split(QLatin1Char(' '));
    };
    // A and B open, C closed, before each change.
    QTest::newRow("expand") << "expand" << list("A A1 A2 A3 B B1 B2 C C1");
    QTest::newRow("collapse") << "collapse" << list("A B B1 B2 C");
    QTest::newRow("insert") << "insert" << list("A A0 A1 A2 A3 B B1 B2 C");
    QTest::newRow("remove") << "remove" << list("A A2 A3 B B1 B2 C");
    QTest::newRow("move") << "move" << list("B B1 B2 A A1 A2 A3 C");
    QTest::newRow("reset") << "reset" << QStringList();
    QTest::newRow("layout (sort)") << "sort" << list("C B B2 B1 A A3 A2 A1");
    QTest::newRow("root index") << "root" << list("B1 B2");
    QTest::newRow("model") << "model" << list("A B C");
}

void TestShownRows::rows_areAFreshWalkAfterAChange()
{
    QFETCH(QString, change);
    QFETCH(QStringList, shown);
    QStandardItemModel items;
    fill(items);
    MovingModel moving(kGroups);
    QAbstractItemModel *model =
        change == QLatin1String("move") ? static_cast<QAbstractItemModel *>(&moving) : &items;
    QTreeView view;
    view.setModel(model);
    view.expand(titled(model, QStringLiteral("A")));
    view.expand(titled(model, QStringLiteral("B")));
    ShownRows rows(&view);
    QCOMPARE(rows.count(), 8); // known before the change: it must be forgotten
    QCOMPARE(rows.rowOf(titled(model, QStringLiteral("B1"))), 5);

    if (change == QLatin1String("expand")) {
        view.expand(titled(model, QStringLiteral("C")));
    } else if (change == QLatin1String("collapse")) {
        view.collapse(titled(model, QStringLiteral("A")));
    } else if (change == QLatin1String("insert")) {
        items.item(0)->insertRow(0, new QStandardItem(QStringLiteral("A0")));
    } else if (change == QLatin1String("remove")) {
        items.item(0)->removeRow(0);
    } else if (change == QLatin1String("move")) {
        QVERIFY(moving.moveRow({}, 0, {}, 2));
    } else if (change == QLatin1String("reset")) {
        items.clear(); // a reset, and nothing else
    } else if (change == QLatin1String("sort")) {
        items.sort(0, Qt::DescendingOrder);
    } else if (change == QLatin1String("root")) {
        view.setRootIndex(titled(model, QStringLiteral("B")));
    } else if (change == QLatin1String("model")) {
        auto *other = new QStandardItemModel(&view);
        fill(*other);
        view.setModel(other);
    }

    const QList<QModelIndex> fresh = walk(view);
    QCOMPARE(titles(fresh), shown);
    QCOMPARE(rows.count(), fresh.size());
    QCOMPARE(titles(known(rows)), shown);
    QCOMPARE(known(rows), fresh);
    for (int row = 0; row < fresh.size(); ++row)
        QCOMPARE(rows.rowOf(fresh.at(row)), row);
    QVERIFY(!rows.at(int(fresh.size())).isValid());
}

void TestShownRows::rowOf_anyColumn_andNothingElse()
{
    QStandardItemModel items;
    fill(items);
    items.setColumnCount(2);
    items.item(1)->setChild(1, 1, new QStandardItem(QStringLiteral("B2, second column")));
    QTreeView view;
    view.setModel(&items);
    view.expand(items.item(1)->index());
    ShownRows rows(&view);

    const QModelIndex second = items.item(1)->child(1, 1)->index();
    QCOMPARE(rows.rowOf(second), 3); // A B B1 B2 C: B2's row
    QCOMPARE(rows.at(3, 1), second);
    QCOMPARE(rows.rowOf(items.item(0)->child(0)->index()), -1); // under a closed title
    QCOMPARE(rows.rowOf({}), -1);
    QStandardItemModel other;
    fill(other);
    QCOMPARE(rows.rowOf(other.index(0, 0)), -1); // the same place in another model
    QVERIFY(!rows.at(-1).isValid());
    QVERIFY(!rows.at(0, -1).isValid());
}

QTEST_MAIN(TestShownRows)

#include "tst_shownrows.moc"
