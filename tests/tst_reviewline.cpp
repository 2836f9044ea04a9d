#include "reviewline.h"

#include <QTest>

namespace {

const QString kLabel = QStringLiteral("review overdue (due %1)");

} // namespace

class TestReviewLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_data();
    void html();
    void markOverdue_data();
    void markOverdue();
    void removedFrom_leavesTheAnswer();
};

void TestReviewLine::html_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QDate>("reviewed");
    QTest::addColumn<QDate>("reviewBy");
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("none") << QString() << QDate() << QDate() << QByteArray();
    QTest::newRow("all") << QStringLiteral("Security team") << QDate(2026, 9, 30)
                         << QDate(2027, 3, 31)
                         << QByteArray("<p class=\"review\" data-review-by=\"2027-03-31\">Reviewed "
                                       "2026-09-30 by Security team</p>\n");
    QTest::newRow("no review-by") << QStringLiteral("Security team") << QDate(2026, 9, 30)
                                  << QDate()
                                  << QByteArray("<p class=\"review\">Reviewed 2026-09-30 by "
                                                "Security team</p>\n");
    QTest::newRow("no owner") << QString() << QDate(2026, 9, 30) << QDate()
                              << QByteArray("<p class=\"review\">Reviewed 2026-09-30</p>\n");
    QTest::newRow("owner only, escaped") << QStringLiteral("R&D <core>") << QDate() << QDate()
                                         << QByteArray("<p class=\"review\">Owned by R&amp;D "
                                                       "&lt;core&gt;</p>\n");
    QTest::newRow("review-by only")
        << QString() << QDate() << QDate(2027, 1, 2)
        << QByteArray("<p class=\"review\" data-review-by=\"2027-01-02\">Review due by "
                      "2027-01-02</p>\n");
}

void TestReviewLine::html()
{
    QFETCH(QString, owner);
    QFETCH(QDate, reviewed);
    QFETCH(QDate, reviewBy);
    QFETCH(QByteArray, html);

    QCOMPARE(ReviewLine::html({owner, reviewed, reviewBy}), html);
}

void TestReviewLine::markOverdue_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QByteArray>("page");

    const QByteArray line = ReviewLine::html({QStringLiteral("Ops"), {}, QDate(2027, 3, 31)});
    const QByteArray page = "<section class=\"qa\" id=\"q\">\n<h2>Q?</h2>\n<p>A.</p>\n" + line +
                            "</section>\n<section class=\"qa\" id=\"r\">\n<h2>R?</h2>\n" +
                            ReviewLine::html({QStringLiteral("Ops"), {}, QDate(2030, 1, 1)}) +
                            "</section>\n";
    const QByteArray marked = QByteArray(page).replace(
        "<p class=\"review\" data-review-by=\"2027-03-31\">Owned by Ops</p>",
        "<p class=\"review overdue\" data-review-by=\"2027-03-31\">Owned by Ops <span "
        "class=\"review-overdue\">review overdue (due 2027-03-31)</span></p>");
    QTest::newRow("before") << QDate(2027, 3, 30) << page;
    QTest::newRow("on the day") << QDate(2027, 3, 31) << page;
    QTest::newRow("after, only the one due") << QDate(2027, 4, 1) << marked;
}

void TestReviewLine::markOverdue()
{
    QFETCH(QDate, today);
    QFETCH(QByteArray, page);
    const QByteArray line = ReviewLine::html({QStringLiteral("Ops"), {}, QDate(2027, 3, 31)});
    const QByteArray original = "<section class=\"qa\" id=\"q\">\n<h2>Q?</h2>\n<p>A.</p>\n" + line +
                                "</section>\n<section class=\"qa\" id=\"r\">\n<h2>R?</h2>\n" +
                                ReviewLine::html({QStringLiteral("Ops"), {}, QDate(2030, 1, 1)}) +
                                "</section>\n";

    QCOMPARE(ReviewLine::markOverdue(original, today, kLabel), page);
}

void TestReviewLine::removedFrom_leavesTheAnswer()
{
    const QByteArray answer = "<h2>Q?</h2>\n<p>A.</p>\n";

    QCOMPARE(ReviewLine::removedFrom(
                 answer + ReviewLine::html({QStringLiteral("Ops"), QDate(2026, 1, 1), {}})),
             answer);
    QCOMPARE(ReviewLine::removedFrom(answer), answer);
}

QTEST_GUILESS_MAIN(TestReviewLine)
#include "tst_reviewline.moc"
