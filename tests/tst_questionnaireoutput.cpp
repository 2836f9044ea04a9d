#include "csvformat.h"
#include "questionnaireoutput.h"
#include "scratchfiles.h"
#include "sheettables.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

using ScratchFiles::contents;
using ScratchFiles::filesIn;
using ScratchFiles::put;

const QDateTime kTime = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

// The questionnaire as read from a file of that kind, with one question answered.
FilledQuestionnaire filledQuestionnaire(bool csv)
{
    Workbook workbook = workbookOf(
        {table({{"ID", "Question", "Response"}, {"Q-1", "Do you encrypt data at rest?", ""}})});
    if (csv)
        workbook.setCsvDialect(CsvDialect());
    const Result<QuestionnaireLayout> layout =
        QuestionnaireLayout::find(workbook, {}, QStringLiteral("in"));
    if (!layout)
        qFatal("%s", qPrintable(layout.error()));
    RowAnswer answer;
    answer.status = QStringLiteral("answered");
    answer.answer = QStringLiteral("Yes, with AES-256.\n\nKeys rotate quarterly.");
    answer.section = QStringLiteral("handbook/secrets");
    return QuestionnaireFiller(workbook, layout.value())
        .fill({answer}, QStringLiteral("cafe"), kTime);
}

} // namespace

class TestQuestionnaireOutput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_csv_givesOutputAndSidecar();
    void write_xlsx_givesOneFileWithEvidence();
    void write_overInput_isRefused_data();
    void write_overInput_isRefused();
    void write_failure_writesNeither_data();
    void write_failure_writesNeither();
};

void TestQuestionnaireOutput::write_csv_givesOutputAndSidecar()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    const QString output = dir.filePath(QStringLiteral("in.answered.csv"));
    QVERIFY(put(input, "ID,Question,Response\r\nQ-1,Do you encrypt data at rest?,\r\n"));
    // A previous run's files are replaced.
    QVERIFY(put(output, "old"));
    QVERIFY(put(QuestionnaireOutput::auditPath(output), "old"));

    const Result<Done> written =
        QuestionnaireOutput::write(filledQuestionnaire(true), input, output);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(QuestionnaireOutput::auditPath(output), output + QStringLiteral(".audit.csv"));
    QCOMPARE(filesIn(dir.path()),
             (QStringList{QStringLiteral("in.answered.csv"),
                          QStringLiteral("in.answered.csv.audit.csv"), QStringLiteral("in.csv")}));
    const Result<Workbook> answered = CsvFormat().readFile(output);
    const Result<Workbook> audit = CsvFormat().readFile(QuestionnaireOutput::auditPath(output));
    QVERIFY2(answered && audit, qPrintable(answered.error() + audit.error()));
    QCOMPARE(answered.value().sheets().first().cell(1, 2).textValue(),
             QStringLiteral("Yes, with AES-256.\n\nKeys rotate quarterly."));
    QCOMPARE(answered.value().sheets().first().cell(1, 3).textValue(), QStringLiteral("answered"));
    QCOMPARE(audit.value().sheets().first().cell(1, 0).textValue(), QStringLiteral("Q-1"));
    QCOMPARE(audit.value().sheets().first().cell(1, 5).textValue(),
             QStringLiteral("2026-12-01T09:00:00Z"));
}

void TestQuestionnaireOutput::write_xlsx_givesOneFileWithEvidence()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.xlsx"));
    const QString output = dir.filePath(QStringLiteral("out.xlsx"));
    QVERIFY(put(input, "stands for the questionnaire"));

    const Result<Done> written =
        QuestionnaireOutput::write(filledQuestionnaire(false), input, output);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(filesIn(dir.path()),
             (QStringList{QStringLiteral("in.xlsx"), QStringLiteral("out.xlsx")}));
    const Result<Workbook> read = XlsxReader().readFile(output);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read.value().sheetNames(),
             (QStringList{QStringLiteral("Sheet1"), QStringLiteral("Answers")}));
    QCOMPARE(read.value().sheets().last().cell(1, 2).textValue(), QStringLiteral("answered"));
}

void TestQuestionnaireOutput::write_overInput_isRefused_data()
{
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output"); // "link:" a symbolic link, "hard:" a hard link to input

    QTest::newRow("csv, same path") << true << QStringLiteral("q.csv") << QStringLiteral("q.csv");
    QTest::newRow("csv, another spelling")
        << true << QStringLiteral("q.csv") << QStringLiteral("sub/../q.csv");
    QTest::newRow("csv, symbolic link")
        << true << QStringLiteral("q.csv") << QStringLiteral("link:l.csv");
    QTest::newRow("csv, hard link")
        << true << QStringLiteral("q.csv") << QStringLiteral("hard:h.csv");
    QTest::newRow("csv, the sidecar would be the input")
        << true << QStringLiteral("q.csv.audit.csv") << QStringLiteral("q.csv");
    QTest::newRow("xlsx, same path")
        << false << QStringLiteral("q.xlsx") << QStringLiteral("q.xlsx");
    QTest::newRow("xlsx, symbolic link")
        << false << QStringLiteral("q.xlsx") << QStringLiteral("link:l.xlsx");
}

void TestQuestionnaireOutput::write_overInput_isRefused()
{
    QFETCH(bool, csv);
    QFETCH(QString, input);
    QFETCH(QString, output);

    QTemporaryDir dir;
    QDir folder(dir.path());
    QVERIFY(folder.mkdir(QStringLiteral("sub")));
    const QString inputPath = folder.filePath(input);
    QVERIFY(put(inputPath, "the owner's questionnaire"));
    QString outputPath = folder.filePath(output.section(QLatin1Char(':'), -1));
    if (output.startsWith(QLatin1String("link:")))
        QVERIFY(QFile::link(inputPath, outputPath));
    if (output.startsWith(QLatin1String("hard:")))
        QCOMPARE(::link(QFile::encodeName(inputPath).constData(),
                        QFile::encodeName(outputPath).constData()),
                 0);
    const QStringList before = filesIn(dir.path());

    const Result<Done> written =
        QuestionnaireOutput::write(filledQuestionnaire(csv), inputPath, outputPath);
    QVERIFY(!written);
    QVERIFY2(written.error().contains(inputPath) &&
                 written.error().contains(QStringLiteral("never overwritten")),
             qPrintable(written.error()));
    QCOMPARE(contents(inputPath), QByteArray("the owner's questionnaire"));
    QCOMPARE(filesIn(dir.path()), before);
}

void TestQuestionnaireOutput::write_failure_writesNeither_data()
{
    QTest::addColumn<QString>("folderAt"); // a folder where a file would go
    QTest::addColumn<bool>("earlierRun");  // a previous run left output and sidecar

    QTest::newRow("output is a folder") << QStringLiteral("out.csv") << false;
    QTest::newRow("sidecar is a folder") << QStringLiteral("out.csv.audit.csv") << false;
    QTest::newRow("output is a folder, an earlier run's sidecar stays")
        << QStringLiteral("out.csv") << true;
}

void TestQuestionnaireOutput::write_failure_writesNeither()
{
    QFETCH(QString, folderAt);
    QFETCH(bool, earlierRun);

    QTemporaryDir dir;
    QDir folder(dir.path());
    const QString input = folder.filePath(QStringLiteral("in.csv"));
    const QString output = folder.filePath(QStringLiteral("out.csv"));
    QVERIFY(put(input, "Question\r\nDo you?\r\n"));
    QVERIFY(folder.mkdir(folderAt));
    if (earlierRun)
        QVERIFY(put(QuestionnaireOutput::auditPath(output), "earlier evidence"));
    const QStringList before = filesIn(dir.path());

    const Result<Done> written =
        QuestionnaireOutput::write(filledQuestionnaire(true), input, output);
    QVERIFY(!written);
    QVERIFY2(written.error().startsWith(folder.filePath(folderAt) +
                                        QStringLiteral(": cannot write it: ")),
             qPrintable(written.error()));
    QCOMPARE(filesIn(dir.path()), before);
    if (earlierRun)
        QCOMPARE(contents(QuestionnaireOutput::auditPath(output)), QByteArray("earlier evidence"));
}

QTEST_GUILESS_MAIN(TestQuestionnaireOutput)
#include "tst_questionnaireoutput.moc"
