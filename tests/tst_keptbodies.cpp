// KeptBodies: the app's record of the bodies a page keeps for a return (DocumentSwap), and what
// each swap takes back, keeps and drops. The page itself is tested in tst_documentswap.
#include "keptbodies.h"

#include <QtTest>

namespace {

QByteArray pageOf(const QString &document, qsizetype size = 100)
{
    QByteArray page = document.toUtf8() + ':';
    return page.leftJustified(size, '.');
}

} // namespace

class TestKeptBodies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swap_takesABodyBackOnlyFromTheSamePage_data();
    void swap_takesABodyBackOnlyFromTheSamePage();
    void swap_dropsTheLongestUnseenFirst();
    void swap_keepsNoBodyLargerThanAllTogether();
    void swap_dropsOldBodiesForTheirBytes();
    void clear_leavesNothingToTake();
};

void TestKeptBodies::swap_takesABodyBackOnlyFromTheSamePage_data()
{
    QTest::addColumn<QByteArray>("pageNow");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<QStringList>("dropped");
    QTest::newRow("the same page") << pageOf(QStringLiteral("first")) << true << QStringList();
    QTest::newRow("a review fell overdue since")
        << pageOf(QStringLiteral("first")).replace("..", "!!") << false
        << QStringList{QStringLiteral("first")};
}

void TestKeptBodies::swap_takesABodyBackOnlyFromTheSamePage()
{
    QFETCH(QByteArray, pageNow);
    QFETCH(bool, taken);
    QFETCH(QStringList, dropped);
    KeptBodies kept;
    const KeptBodies::Swap away =
        kept.swap(QStringLiteral("first"), pageOf(QStringLiteral("first")),
                  QStringLiteral("second"), pageOf(QStringLiteral("second")));
    QVERIFY(!away.take);
    QVERIFY(away.keep);
    QCOMPARE(away.drop, QStringList());

    const KeptBodies::Swap back =
        kept.swap(QStringLiteral("second"), pageOf(QStringLiteral("second")),
                  QStringLiteral("first"), pageNow);
    QCOMPARE(back.take, taken);
    QVERIFY(back.keep);
    QCOMPARE(back.drop, dropped);
}

void TestKeptBodies::swap_dropsTheLongestUnseenFirst()
{
    KeptBodies kept;
    QStringList dropped;
    const auto visit = [&](int from, int to) {
        const QString shown = QStringLiteral("doc-%1").arg(from);
        const QString next = QStringLiteral("doc-%1").arg(to);
        const KeptBodies::Swap swap = kept.swap(shown, pageOf(shown), next, pageOf(next));
        dropped += swap.drop;
        return swap;
    };
    for (int i = 0; i < KeptBodies::kMaxBodies; ++i)
        QVERIFY(!visit(i, i + 1).take);
    QCOMPARE(dropped, QStringList());
    // One more: the first shown goes.
    visit(KeptBodies::kMaxBodies, KeptBodies::kMaxBodies + 1);
    QCOMPARE(dropped, QStringList{QStringLiteral("doc-0")});
    // A return to doc-1 makes it the latest seen: the next two to go are doc-2 and doc-3.
    QVERIFY(visit(KeptBodies::kMaxBodies + 1, 1).take);
    dropped.clear();
    visit(1, KeptBodies::kMaxBodies + 2);
    visit(KeptBodies::kMaxBodies + 2, KeptBodies::kMaxBodies + 3);
    QCOMPARE(dropped, (QStringList{QStringLiteral("doc-2"), QStringLiteral("doc-3")}));
}

void TestKeptBodies::swap_keepsNoBodyLargerThanAllTogether()
{
    KeptBodies kept;
    kept.swap(QStringLiteral("first"), pageOf(QStringLiteral("first")), QStringLiteral("big"),
              pageOf(QStringLiteral("big"), KeptBodies::kMaxPageBytes + 1));
    const KeptBodies::Swap leaving = kept.swap(
        QStringLiteral("big"), pageOf(QStringLiteral("big"), KeptBodies::kMaxPageBytes + 1),
        QStringLiteral("second"), pageOf(QStringLiteral("second")));
    QVERIFY(!leaving.keep);
    QCOMPARE(leaving.drop, QStringList()); // it took no other body's place
    QVERIFY(kept.swap(QStringLiteral("second"), pageOf(QStringLiteral("second")),
                      QStringLiteral("first"), pageOf(QStringLiteral("first")))
                .take);
}

void TestKeptBodies::swap_dropsOldBodiesForTheirBytes()
{
    // Three bodies of 40 % each: the third keeps only the last two.
    const qsizetype size = KeptBodies::kMaxPageBytes * 2 / 5;
    KeptBodies kept;
    QStringList dropped;
    for (int i = 0; i < 3; ++i) {
        const QString shown = QStringLiteral("doc-%1").arg(i);
        dropped += kept.swap(shown, pageOf(shown, size), QStringLiteral("doc-%1").arg(i + 1),
                             pageOf(QStringLiteral("doc-%1").arg(i + 1), size))
                       .drop;
    }
    QCOMPARE(dropped, QStringList{QStringLiteral("doc-0")});
}

void TestKeptBodies::clear_leavesNothingToTake()
{
    KeptBodies kept;
    kept.swap(QStringLiteral("first"), pageOf(QStringLiteral("first")), QStringLiteral("second"),
              pageOf(QStringLiteral("second")));
    kept.clear();
    const KeptBodies::Swap back =
        kept.swap(QStringLiteral("second"), pageOf(QStringLiteral("second")),
                  QStringLiteral("first"), pageOf(QStringLiteral("first")));
    QVERIFY(!back.take);
    QCOMPARE(back.drop, QStringList());
}

QTEST_GUILESS_MAIN(TestKeptBodies)
#include "tst_keptbodies.moc"
