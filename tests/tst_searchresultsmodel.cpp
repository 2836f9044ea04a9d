#include "searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

SearchHit hit(const char *path, const char *title)
{
    return {QString::fromLatin1(path),
            QString::fromLatin1(title),
            QStringLiteral("Security FAQ"),
            2.5,
            QStringLiteral("a \u0002b\u0003 <c>"),
            {QStringLiteral("b")},
            0.5};
}

} // namespace

class TestSearchResultsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setHits_oneRowPerHitInOrder();
    void data_rolesGiveEachPart_data();
    void data_rolesGiveEachPart();
    void setHits_again_resetsModel();
};

void TestSearchResultsModel::setHits_oneRowPerHitInOrder()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setHits({hit("d/a", "A?"), hit("d/b", "B?")});

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("B?"));
    QCOMPARE(model.rowCount(model.index(0)), 0);
}

void TestSearchResultsModel::data_rolesGiveEachPart_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("display") << int(Qt::DisplayRole) << QVariant(QStringLiteral("A?"));
    QTest::newRow("tooltip") << int(Qt::ToolTipRole) << QVariant(QStringLiteral("a b <c>"));
    QTest::newRow("path") << int(SearchResultsModel::PathRole) << QVariant(QStringLiteral("d/a"));
    QTest::newRow("document") << int(SearchResultsModel::DocumentRole)
                              << QVariant(QStringLiteral("Security FAQ"));
    QTest::newRow("snippet") << int(SearchResultsModel::SnippetHtmlRole)
                             << QVariant(QStringLiteral("a <b>b</b> &lt;c&gt;"));
    QTest::newRow("score") << int(SearchResultsModel::ScoreRole) << QVariant(2.5);
    QTest::newRow("matched words")
        << int(SearchResultsModel::MatchedWordsRole) << QVariant(QStringList{QStringLiteral("b")});
    QTest::newRow("other role") << int(Qt::DecorationRole) << QVariant();
}

void TestSearchResultsModel::data_rolesGiveEachPart()
{
    QFETCH(int, role);
    QFETCH(QVariant, expected);
    SearchResultsModel model;
    model.setHits({hit("d/a", "A?")});

    QCOMPARE(model.index(0).data(role), expected);
}

void TestSearchResultsModel::setHits_again_resetsModel()
{
    SearchResultsModel model;
    model.setHits({hit("d/a", "A?")});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.setHits({});

    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_APPLESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
