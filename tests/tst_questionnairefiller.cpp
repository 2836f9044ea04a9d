#include "cellguard.h"
#include "csvformat.h"
#include "questionnairefiller.h"
#include "sheettables.h"

#include <QTest>

Q_DECLARE_METATYPE(Review)

namespace {

const QString kVersion = QStringLiteral("0123abcd");
const QDateTime kTime = QDateTime(QDate(2026, 12, 1), QTime(10, 30, 5), Qt::UTC);

const Table caiq = table({{"Consensus Assessments Initiative Questionnaire v4.0.2"},
                          {},
                          {"Question ID", "Question", "CSP CAIQ Answer", "Notes"},
                          {"A&A-01.1", "Are audit policies established?", "", "ours"},
                          {},
                          {"A&A-02.1", "Are assessments conducted?", "", ""}});

QuestionnaireFiller fillerFor(const Workbook &workbook, const LayoutRequest &request = {})
{
    const Result<QuestionnaireLayout> layout =
        QuestionnaireLayout::find(workbook, request, QStringLiteral("q.xlsx"));
    if (!layout)
        qFatal("%s", qPrintable(layout.error()));
    return QuestionnaireFiller(workbook, layout.value());
}

RowAnswer answered(const QString &text, const QString &section)
{
    RowAnswer answer;
    answer.status = QStringLiteral("answered");
    answer.answer = text;
    answer.section = section;
    answer.link = QStringLiteral("trustbook://") + section;
    answer.alternatives = {QStringLiteral("doc/other"), QStringLiteral("doc/third")};
    answer.matchedWords = {QStringLiteral("audit"), QStringLiteral("policies")};
    return answer;
}

} // namespace

class TestQuestionnaireFiller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void questions_data();
    void questions();
    void fill_placesAnswerAndColumns_data();
    void fill_placesAnswerAndColumns();
    void fill_leavesEverythingElse();
    void fill_unanswered_keepsOwnersAnswerCell();
    void fill_writtenCellsAreNeutralised_data();
    void fill_writtenCellsAreNeutralised();
    void fill_evidence_data();
    void fill_evidence();
    void fill_review_inColumnAndEvidence_data();
    void fill_review_inColumnAndEvidence();
};

void TestQuestionnaireFiller::questions_data()
{
    QTest::addColumn<Table>("sheet");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("caiq: its Question ID column, blank rows skipped")
        << caiq << strings({"A&A-01.1", "A&A-02.1"})
        << strings({"Are audit policies established?", "Are assessments conducted?"});
    QTest::newRow("no id column: the row numbers a spreadsheet shows")
        << table({{"Question", "Answer"}, {"Do you encrypt?", ""}, {" ", ""}, {"Is there MFA?"}})
        << strings({"2", "4"}) << strings({"Do you encrypt?", "Is there MFA?"});
    QTest::newRow("an empty id falls back to the row number")
        << table({{"#", "Question"}, {"", "Do you encrypt?"}, {"7", "Is there MFA?"}})
        << strings({"2", "7"}) << strings({"Do you encrypt?", "Is there MFA?"});
    QTest::newRow("only a header")
        << table({{"Question", "Response"}}) << QStringList{} << QStringList{};
}

void TestQuestionnaireFiller::questions()
{
    QFETCH(Table, sheet);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, texts);

    const QuestionnaireFiller filler = fillerFor(workbookOf({sheet}));
    QStringList gotIds;
    QStringList gotTexts;
    for (const QuestionRow &question : filler.questions()) {
        gotIds.append(question.id);
        gotTexts.append(question.text);
    }
    QCOMPARE(gotIds, ids);
    QCOMPARE(gotTexts, texts);
}

void TestQuestionnaireFiller::fill_placesAnswerAndColumns_data()
{
    QTest::addColumn<Table>("sheet");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<int>("answerColumn");

    const QStringList added = QuestionnaireFiller::answerHeaders();
    QTest::newRow("into the empty answer column, the rest after the last header")
        << caiq << 2 << strings({"Question ID", "Question", "CSP CAIQ Answer", "Notes"}) + added
        << 2;
    QTest::newRow("no answer column: an Answer column is appended")
        << table({{"Question", "Notes"}, {"Do you encrypt?", "x"}}) << 0
        << strings({"Question", "Notes", "Answer"}) + added << 2;
    QTest::newRow("cells under no header are not overwritten")
        << table({{"Question"}, {"Do you encrypt?", "", "a note"}}) << 0
        << strings({"Question", "", "", "Answer"}) + added << 3;
    QTest::newRow("a response column that holds text is not the answer column")
        << table({{"Question", "Response"}, {"Do you encrypt?", "Yes"}}) << 0
        << strings({"Question", "Response", "Answer"}) + added << 2;
}

void TestQuestionnaireFiller::fill_placesAnswerAndColumns()
{
    QFETCH(Table, sheet);
    QFETCH(int, headerRow);
    QFETCH(QStringList, header);
    QFETCH(int, answerColumn);

    const QuestionnaireFiller filler = fillerFor(workbookOf({sheet}));
    QList<RowAnswer> answers;
    for (qsizetype q = 0; q < filler.questions().size(); ++q)
        answers.append(answered(QStringLiteral("Yes, with AES-256."), QStringLiteral("doc/enc")));
    const FilledQuestionnaire filled = filler.fill(answers, kVersion, kTime);
    const Sheet &out = filled.workbook.sheets().first();

    QCOMPARE(rowTexts(out, headerRow), header);
    const qsizetype row = filler.questions().first().row;
    const qsizetype status = header.indexOf(QStringLiteral("Status"));
    QCOMPARE(out.cell(row, answerColumn).displayText(), QStringLiteral("Yes, with AES-256."));
    QCOMPARE(rowTexts(out, row).mid(status), strings({"answered", "doc/enc", "trustbook://doc/enc",
                                                      "doc/other\ndoc/third", "audit, policies"})
                                                 << kVersion);
}

void TestQuestionnaireFiller::fill_leavesEverythingElse()
{
    const Table other = table({{"Instructions"}, {"Fill in every row.", "=1+1"}});
    const Workbook workbook = workbookOf({other, caiq, other});
    const QuestionnaireFiller filler = fillerFor(workbook);
    const FilledQuestionnaire filled = filler.fill(
        {answered(QStringLiteral("Yes."), QStringLiteral("doc/a")), RowAnswer()}, kVersion, kTime);

    const QList<Sheet> &sheets = filled.workbook.sheets();
    QCOMPARE(filled.workbook.sheetNames(), strings({"Sheet1", "Sheet2", "Sheet3", "Answers"}));
    QCOMPARE(sheets.at(0), workbook.sheets().at(0));
    QCOMPARE(sheets.at(2), workbook.sheets().at(2));
    // Every cell of the questionnaire's own columns is as it was, the empty answer cell of the
    // answered row aside; rows keep their order.
    const Sheet &before = workbook.sheets().at(1);
    const Sheet &after = sheets.at(1);
    QCOMPARE(after.rowCount(), before.rowCount());
    for (qsizetype r = 0; r < before.rowCount(); ++r) {
        for (qsizetype c = 0; c < 4; ++c) {
            if (r == 3 && c == 2)
                continue;
            QCOMPARE(after.cell(r, c), before.cell(r, c));
        }
    }
    QVERIFY(rowTexts(after, 4).isEmpty());
    QCOMPARE(rowTexts(after, 5).mid(4, 2), (strings({"none", ""})));
}

void TestQuestionnaireFiller::fill_unanswered_keepsOwnersAnswerCell()
{
    const Workbook workbook = workbookOf({table({{"Question", "Comment"}, {"Do you?", "Ours"}})});
    const QuestionnaireFiller filler =
        fillerFor(workbook, {{}, {}, QStringLiteral("Comment")}); // named: used although full
    const FilledQuestionnaire filled = filler.fill({RowAnswer()}, kVersion, kTime);
    QCOMPARE(rowTexts(filled.workbook.sheets().first(), 1),
             strings({"Do you?", "Ours", "none", "", "", "", ""}) << kVersion);
}

void TestQuestionnaireFiller::fill_writtenCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("questionId");
    QTest::addColumn<QString>("answer");

    QTest::newRow("formula answer") << QStringLiteral("1") << QStringLiteral("=HYPERLINK(\"x\")");
    QTest::newRow("formula id") << QStringLiteral("@SUM(A1)") << QStringLiteral("+1");
    QTest::newRow("minus and tab") << QStringLiteral("-2") << QStringLiteral("\tcmd");
}

void TestQuestionnaireFiller::fill_writtenCellsAreNeutralised()
{
    QFETCH(QString, questionId);
    QFETCH(QString, answer);

    Workbook workbook;
    Sheet sheet(QStringLiteral("q"));
    sheet.appendRow({Cell::text(QStringLiteral("ID")), Cell::text(QStringLiteral("Question"))});
    sheet.appendRow({Cell::text(questionId), Cell::text(QStringLiteral("Do you?"))});
    workbook.appendSheet(sheet);
    workbook.setCsvDialect(CsvDialect());
    const FilledQuestionnaire filled =
        fillerFor(workbook).fill({answered(answer, QStringLiteral("d/s"))}, kVersion, kTime);

    const CsvDialect dialect;
    const Result<Workbook> output = CsvFormat().read(
        CsvFormat::write(filled.workbook.sheets().first(), dialect), QStringLiteral("o.csv"));
    const Result<Workbook> audit =
        CsvFormat().read(CsvFormat::write(*filled.audit, dialect), QStringLiteral("a"));
    QVERIFY2(output && audit, qPrintable(output.error() + audit.error()));
    QCOMPARE(output.value().sheets().first().cell(1, 2).textValue(),
             QString(QLatin1Char('\'') + answer));
    QCOMPARE(output.value().sheets().first().cell(1, 0).textValue(), questionId); // theirs
    QCOMPARE(audit.value().sheets().first().cell(1, 0).textValue(),
             CellGuard::neutralise(questionId));
}

void TestQuestionnaireFiller::fill_evidence_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QStringList>("otherSheets");
    QTest::addColumn<QString>("evidenceSheet");

    QTest::newRow("xlsx: an Answers sheet") << false << QStringList{} << QStringLiteral("Answers");
    QTest::newRow("xlsx: the name is taken")
        << false << strings({"answers", "Answers 2"}) << QStringLiteral("Answers 3");
    QTest::newRow("csv: a sheet for the sidecar") << true << QStringList{} << QString();
}

void TestQuestionnaireFiller::fill_evidence()
{
    QFETCH(bool, csv);
    QFETCH(QStringList, otherSheets);
    QFETCH(QString, evidenceSheet);

    Workbook workbook = workbookOf({caiq});
    for (const QString &name : otherSheets)
        workbook.appendSheet(Sheet(name));
    if (csv)
        workbook.setCsvDialect(CsvDialect());
    RowAnswer review = answered(QStringLiteral("Maybe."), QStringLiteral("doc/b"));
    review.status = QStringLiteral("review");
    const FilledQuestionnaire filled = fillerFor(workbook).fill(
        {answered(QStringLiteral("Yes."), QStringLiteral("doc/a")), review}, kVersion, kTime);

    const qsizetype sheets = 1 + otherSheets.size();
    QCOMPARE(filled.workbook.sheets().size(), csv ? sheets : sheets + 1);
    QCOMPARE(filled.audit.has_value(), csv);
    const Sheet evidence = csv ? *filled.audit : filled.workbook.sheets().last();
    if (!csv)
        QCOMPARE(evidence.name(), evidenceSheet);
    QCOMPARE(rowTexts(evidence, 0), QuestionnaireFiller::evidenceHeaders());
    QCOMPARE(rowTexts(evidence, 1), strings({"A&A-01.1", "doc/a", "answered", "audit, policies"})
                                        << kVersion << QStringLiteral("2026-12-01T10:30:05Z"));
    QCOMPARE(rowTexts(evidence, 2), strings({"A&A-02.1", "doc/b", "review", "audit, policies"})
                                        << kVersion << QStringLiteral("2026-12-01T10:30:05Z"));
    QCOMPARE(evidence.rowCount(), 3);
}

void TestQuestionnaireFiller::fill_review_inColumnAndEvidence_data()
{
    QTest::addColumn<Review>("review");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("evidence"); // owner, reviewed, review by

    QTest::newRow("none recorded") << Review{} << QString() << QStringList();
    QTest::newRow("reviewed, due later")
        << Review{QStringLiteral("Security team"), QDate(2026, 9, 30), QDate(2027, 3, 31)}
        << QStringLiteral("Reviewed 2026-09-30 by Security team")
        << strings({"Security team", "2026-09-30", "2027-03-31"});
    QTest::newRow("due on the day answered")
        << Review{QStringLiteral("Ops"), QDate(2026, 6, 1), QDate(2026, 12, 1)}
        << QStringLiteral("Reviewed 2026-06-01 by Ops")
        << strings({"Ops", "2026-06-01", "2026-12-01"});
    QTest::newRow("overdue when answered")
        << Review{QStringLiteral("Ops"), QDate(2026, 1, 1), QDate(2026, 11, 30)}
        << QStringLiteral("Reviewed 2026-01-01 by Ops; review overdue (due 2026-11-30)")
        << strings({"Ops", "2026-01-01", "2026-11-30"});
    QTest::newRow("owner only") << Review{QStringLiteral("Legal"), {}, {}}
                                << QStringLiteral("Owned by Legal") << strings({"Legal"});
}

void TestQuestionnaireFiller::fill_review_inColumnAndEvidence()
{
    QFETCH(Review, review);
    QFETCH(QString, column);
    QFETCH(QStringList, evidence);
    Workbook workbook = workbookOf({caiq});
    RowAnswer answer = answered(QStringLiteral("Yes."), QStringLiteral("doc/a"));
    answer.review = review;
    const QuestionnaireFiller filler = fillerFor(workbook);

    const FilledQuestionnaire filled = filler.fill({answer}, kVersion, kTime);

    const Sheet &out = filled.workbook.sheets().first();
    const QStringList header = rowTexts(out, 2);
    const qsizetype reviewColumn = header.indexOf(QStringLiteral("Review"));
    QCOMPARE(reviewColumn, header.size() - 1);
    QCOMPARE(out.cell(filler.questions().first().row, reviewColumn).displayText(), column);
    const Sheet &answers = filled.workbook.sheets().last();
    QCOMPARE(rowTexts(answers, 0).mid(6), strings({"Owner", "Reviewed", "Review by"}));
    QCOMPARE(rowTexts(answers, 1).mid(6), evidence);
}

QTEST_GUILESS_MAIN(TestQuestionnaireFiller)
#include "tst_questionnairefiller.moc"
