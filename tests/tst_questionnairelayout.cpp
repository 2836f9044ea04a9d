#include "questionnairelayout.h"
#include "sheettables.h"

#include <QTest>

namespace {

const Table caiq =
    table({{"Consensus Assessments Initiative Questionnaire v4.0.2"},
           {},
           {"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership",
            "CSP Implementation Description (Optional/Recommended)"},
           {"A&A-01.1", "Are audit and assurance policies established?", "", "", ""},
           {"A&A-02.1", "Are independent audit and assurance assessments conducted?", "", "", ""}});

} // namespace

class TestQuestionnaireLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void find_refuses_data();
    void find_refuses();
};

void TestQuestionnaireLayout::find_data()
{
    QTest::addColumn<Tables>("sheets");
    QTest::addColumn<QStringList>("request"); // sheet, question column, answer column
    QTest::addColumn<int>("sheet");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<int>("questionColumn");
    QTest::addColumn<int>("answerColumn"); // -1: none, the caller appends one

    const QStringList none{QString(), QString(), QString()};
    QTest::newRow("CAIQ: header below a title, answer column by its name")
        << Tables{caiq} << none << 0 << 2 << 1 << 2;
    QTest::newRow("exact Question Text preferred over Question ID")
        << Tables{table({{"Question ID", "Question Text", "Response"}, {"1", "Do you?", ""}})}
        << none << 0 << 0 << 1 << 2;
    QTest::newRow("vendor response preferred over comment")
        << Tables{table({{"#", "Questions", "Comments", "Vendor Response"}, {"1", "MFA?", "", ""}})}
        << none << 0 << 0 << 1 << 3;
    QTest::newRow("answer column with content is not the answer column")
        << Tables{table({{"Question", "Answer"}, {"MFA?", "Yes"}})} << none << 0 << 0 << 0 << -1;
    QTest::newRow("no header says question: longest texts")
        << Tables{table({{"Ref", "Item", "Notes"},
                         {"1", "Describe how you encrypt customer data at rest.", "x"},
                         {"2", "Describe your incident response process.", ""}})}
        << none << 0 << 0 << 1 << -1;
    QTest::newRow("first sheet with a question column")
        << Tables{table({{"Instructions"}, {"Fill in every answer."}}), caiq} << none << 1 << 2 << 1
        << 2;
    QTest::newRow("sheets without questions: first non-empty one")
        << Tables{Table{}, table({{}, {"Ref", "Item"}, {"1", "Long text here"}})} << none << 1 << 1
        << 1 << -1;
    QTest::newRow("explicit sheet and columns, any case")
        << Tables{caiq, table({{"ID", "Control", "Status"}, {"1", "MFA", ""}})}
        << QStringList{QStringLiteral("sheet2"), QStringLiteral("control"),
                       QStringLiteral(" STATUS ")}
        << 1 << 0 << 1 << 2;
    QTest::newRow("explicit question column picks the sheet and header row")
        << Tables{caiq, table({{"Title"}, {"ID", "Control", "Status"}, {"1", "MFA", ""}})}
        << QStringList{QString(), QStringLiteral("Control"), QString()} << 1 << 1 << 1 << -1;
}

void TestQuestionnaireLayout::find()
{
    QFETCH(Tables, sheets);
    QFETCH(QStringList, request);
    QFETCH(int, sheet);
    QFETCH(int, headerRow);
    QFETCH(int, questionColumn);
    QFETCH(int, answerColumn);

    const Result<QuestionnaireLayout> layout = QuestionnaireLayout::find(
        workbookOf(sheets), LayoutRequest{request.at(0), request.at(1), request.at(2)},
        QStringLiteral("q.xlsx"));
    QVERIFY2(layout.isOk(), qPrintable(layout.error()));
    QCOMPARE(layout.value().sheetIndex(), sheet);
    QCOMPARE(layout.value().headerRow(), headerRow);
    QCOMPARE(layout.value().questionColumn(), questionColumn);
    QCOMPARE(layout.value().answerColumn().value_or(-1), answerColumn);
}

void TestQuestionnaireLayout::find_refuses_data()
{
    QTest::addColumn<Tables>("sheets");
    QTest::addColumn<QStringList>("request");
    QTest::addColumn<QString>("message");

    QTest::newRow("no such sheet")
        << Tables{caiq, Table{}} << QStringList{QStringLiteral("CAIQ"), QString(), QString()}
        << QStringLiteral(
               "q.xlsx has no sheet named \"CAIQ\"; its sheets are: \"Sheet1\", \"Sheet2\"");
    QTest::newRow("no such answer column")
        << Tables{caiq} << QStringList{QString(), QString(), QStringLiteral("Reply")}
        << QStringLiteral("q.xlsx, sheet \"Sheet1\" has no column \"Reply\"; the headers in row 3 "
                          "are: \"Question ID\", \"Question\", \"CSP CAIQ Answer\", \"SSRM Control "
                          "Ownership\", \"CSP Implementation Description (Optional/Recommended)\"");
    QTest::newRow("no such question column in the sheet given")
        << Tables{table({{"ID", "Question"}})}
        << QStringList{QStringLiteral("Sheet1"), QStringLiteral("Control"), QString()}
        << QStringLiteral(
               "q.xlsx, sheet \"Sheet1\" has no column \"Control\"; the headers in row 1 "
               "are: \"ID\", \"Question\"");
    QTest::newRow("no sheet has the question column")
        << Tables{table({{"ID", "Question"}})}
        << QStringList{QString(), QStringLiteral("Control"), QString()}
        << QStringLiteral("q.xlsx: no sheet has a column \"Control\" in its first 30 rows; its "
                          "sheets are: \"Sheet1\"");
    QTest::newRow("all empty") << Tables{Table{}, table({{}, {""}})}
                               << QStringList{QString(), QString(), QString()}
                               << QStringLiteral("q.xlsx has no questions: every sheet is empty");
}

void TestQuestionnaireLayout::find_refuses()
{
    QFETCH(Tables, sheets);
    QFETCH(QStringList, request);
    QFETCH(QString, message);

    const Result<QuestionnaireLayout> layout = QuestionnaireLayout::find(
        workbookOf(sheets), LayoutRequest{request.at(0), request.at(1), request.at(2)},
        QStringLiteral("q.xlsx"));
    QVERIFY(!layout.isOk());
    QCOMPARE(layout.error(), message);
}

QTEST_GUILESS_MAIN(TestQuestionnaireLayout)
#include "tst_questionnairelayout.moc"
