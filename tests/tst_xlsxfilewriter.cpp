#include "pathidentity.h"
#include "xlsxfilewriter.h"
#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

Workbook questionnaire()
{
    Sheet intro(QStringLiteral("Intro & Scope"));
    intro.setCell(0, 0, Cell::text(QStringLiteral("Security questionnaire – Fragebogen ✓ 😀")));
    intro.setCell(2, 3, Cell::number(-12.5)); // a gap before it

    Sheet questions(QStringLiteral("CAIQ v4.0.2"));
    questions.setCell(0, 0, Cell::text(QStringLiteral("ID")));
    questions.setCell(0, 1, Cell::text(QStringLiteral("Question Text")));
    questions.setCell(0, 2, Cell::text(QStringLiteral("Answer")));
    questions.setCell(1, 0, Cell::text(QStringLiteral("A&A-01.1")));
    questions.setCell(1, 1, Cell::text(QStringLiteral("Line one\r\nline two\ttab <b>&amp;</b>")));
    questions.setCell(1, 2, Cell::written(QStringLiteral("Yes, see \"Encryption\".")));
    questions.setCell(2, 0, Cell::number(0.1));
    questions.setCell(2, 1, Cell::number(1e300));
    questions.setCell(2, 2, Cell::boolean(true));
    questions.setCell(2, 3, Cell::boolean(false));
    questions.setCell(3, 0, Cell::formula(QStringLiteral("A3*2"), Cell::number(0.2)));
    questions.setCell(
        3, 1, Cell::formula(QStringLiteral("\"x\"&A3"), Cell::text(QStringLiteral("x0.1"))));
    questions.setCell(3, 2, Cell::formula(QStringLiteral("NOW()"), Cell()));
    questions.setCell(3, 3, Cell::text(QStringLiteral("  leading and trailing spaces  ")));
    questions.setCell(4, 0, Cell::text(QStringLiteral("=1+1 typed as text by the owner")));
    questions.setCell(4, 1, Cell::text(QStringLiteral("_x000D_ literally")));

    Workbook workbook;
    workbook.appendSheet(intro);
    workbook.appendSheet(questions);
    workbook.appendSheet(Sheet(QStringLiteral("Empty")));
    return workbook;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestXlsxFileWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void write_thenRead_givesEveryCellBack();
    void write_neutralisesTrustbookCells_data();
    void write_neutralisesTrustbookCells();
    void write_failure_leavesTargetUntouched_data();
    void write_failure_leavesTargetUntouched();
    void write_unwritableFolder_isReported();
    void sameFile_data();
    void sameFile();
};

void TestXlsxFileWriter::write_thenRead_givesEveryCellBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answered.xlsx"));
    const Workbook written = questionnaire();
    const Result<Done> result = XlsxFileWriter::write(written, path);
    QVERIFY2(result.isOk(), qPrintable(result.error()));

    const Result<Workbook> read = XlsxReader().readFile(path);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().sheetNames(), written.sheetNames());
    for (qsizetype s = 0; s < written.sheets().size(); ++s) {
        const Sheet &expected = written.sheets().at(s);
        const Sheet &actual = read.value().sheets().at(s);
        for (qsizetype r = 0; r < std::max(expected.rowCount(), actual.rowCount()); ++r) {
            for (qsizetype c = 0; c < std::max(expected.columnCount(), actual.columnCount()); ++c) {
                const QByteArray where = expected.name().toUtf8() + " row " +
                                         QByteArray::number(r) + " column " + QByteArray::number(c);
                QVERIFY2(actual.cell(r, c) == expected.cell(r, c), where.constData());
            }
        }
        QVERIFY(actual == expected);
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("answered.xlsx")});
}

void TestXlsxFileWriter::write_neutralisesTrustbookCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");

    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"https://x\")")
                             << QStringLiteral("'=HYPERLINK(\"https://x\")");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("plain") << QStringLiteral("Yes") << QStringLiteral("Yes");
}

void TestXlsxFileWriter::write_neutralisesTrustbookCells()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    Sheet sheet(QStringLiteral("S"));
    sheet.setCell(0, 0, Cell::written(text));
    sheet.setCell(0, 1, Cell::text(text)); // the owner's own cell, kept
    Workbook workbook;
    workbook.appendSheet(sheet);
    const Result<Done> result = XlsxFileWriter::write(workbook, path);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const Result<Workbook> read = XlsxReader().readFile(path);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().sheets().first().cell(0, 0), Cell::text(stored));
    QCOMPARE(read.value().sheets().first().cell(0, 1), Cell::text(text));
}

void TestXlsxFileWriter::write_failure_leavesTargetUntouched_data()
{
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("text over Excel's cell limit")
        << QStringLiteral("S") << QString(40000, QLatin1Char('x'))
        << QStringLiteral(
               "sheet \"S\", cell B2: String exceeds Excel's limit of 32,767 characters.");
    QTest::newRow("sheet name Excel refuses")
        << QStringLiteral("a/b") << QStringLiteral("x")
        << QStringLiteral("sheet name \"a/b\": Worksheet name cannot contain invalid characters");
}

void TestXlsxFileWriter::write_failure_leavesTargetUntouched()
{
    QFETCH(QString, sheetName);
    QFETCH(QString, text);
    QFETCH(QString, message);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answered.xlsx"));
    QVERIFY(XlsxFileWriter::write(questionnaire(), path).isOk());
    const QByteArray before = contents(path);

    Sheet sheet(sheetName);
    sheet.setCell(1, 1, Cell::text(text));
    Workbook workbook;
    workbook.appendSheet(sheet);
    const Result<Done> result = XlsxFileWriter::write(workbook, path);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().startsWith(path + QStringLiteral(": cannot write it: ")),
             qPrintable(result.error()));
    QVERIFY2(result.error().contains(message), qPrintable(result.error()));
    QCOMPARE(contents(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("answered.xlsx")});
}

void TestXlsxFileWriter::write_unwritableFolder_isReported()
{
    // /proc takes no new files, not even from root (the tests run as root in CI).
    const QString path = QStringLiteral("/proc/trustbook-answered.xlsx");
    const Result<Done> result = XlsxFileWriter::write(questionnaire(), path);
    QVERIFY(!result.isOk());
    QVERIFY2(
        result.error().startsWith(
            path + QStringLiteral(": cannot write it: cannot create a temporary file in /proc: ")),
        qPrintable(result.error()));
    QVERIFY(!QFile::exists(path));
}

void TestXlsxFileWriter::sameFile_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");

    QTest::newRow("same path") << QStringLiteral("in.xlsx") << QStringLiteral("in.xlsx") << true;
    QTest::newRow("through ..") << QStringLiteral("in.xlsx") << QStringLiteral("sub/../in.xlsx")
                                << true;
    QTest::newRow("symbolic link")
        << QStringLiteral("in.xlsx") << QStringLiteral("link.xlsx") << true;
    QTest::newRow("hard link") << QStringLiteral("in.xlsx") << QStringLiteral("hard.xlsx") << true;
    QTest::newRow("another file") << QStringLiteral("in.xlsx") << QStringLiteral("other.xlsx")
                                  << false;
    QTest::newRow("output not there yet")
        << QStringLiteral("in.xlsx") << QStringLiteral("new.xlsx") << false;
    QTest::newRow("new file, two spellings")
        << QStringLiteral("new.xlsx") << QStringLiteral("sub/../new.xlsx") << true;
}

void TestXlsxFileWriter::sameFile()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);

    QTemporaryDir dir;
    QDir folder(dir.path());
    QVERIFY(folder.mkdir(QStringLiteral("sub")));
    for (const char *name : {"in.xlsx", "other.xlsx"}) {
        QFile file(folder.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(name);
    }
    QVERIFY(QFile::link(folder.filePath(QStringLiteral("in.xlsx")),
                        folder.filePath(QStringLiteral("link.xlsx"))));
    QCOMPARE(::link(QFile::encodeName(folder.filePath(QStringLiteral("in.xlsx"))).constData(),
                    QFile::encodeName(folder.filePath(QStringLiteral("hard.xlsx"))).constData()),
             0);

    QCOMPARE(PathIdentity::sameFile(folder.filePath(first), folder.filePath(second)), same);
}

QTEST_GUILESS_MAIN(TestXlsxFileWriter)
#include "tst_xlsxfilewriter.moc"
