#include "csvformat.h"
#include "sheettables.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(CsvDialect::Encoding)
Q_DECLARE_METATYPE(CsvDialect::LineBreak)

namespace {

Rows rowsOf(const Sheet &sheet)
{
    Rows rows;
    for (qsizetype r = 0; r < sheet.rowCount(); ++r) {
        QStringList fields;
        for (const Cell &cell : sheet.row(r))
            fields.append(cell.displayText());
        rows.append(fields);
    }
    return rows;
}

Sheet sheetOf(const Rows &rows)
{
    Sheet sheet(QStringLiteral("answers"));
    for (const QStringList &fields : rows) {
        QList<Cell> cells;
        for (const QString &field : fields)
            cells.append(Cell::text(field));
        sheet.appendRow(cells);
    }
    return sheet;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const auto high = static_cast<char>(c.unicode() >> 8);
        const auto low = static_cast<char>(c.unicode() & 0xFF);
        bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace

class TestCsvFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_givesFieldsAndDialect_data();
    void read_givesFieldsAndDialect();
    void read_refusesBadInput_data();
    void read_refusesBadInput();
    void write_thenRead_keepsFieldsAndDialect_data();
    void write_thenRead_keepsFieldsAndDialect();
    void write_reproducesCanonicalInput_data();
    void write_reproducesCanonicalInput();
    void write_neutralisesOnlyTrustbookCells_data();
    void write_neutralisesOnlyTrustbookCells();
    void readFile_refusesOverLimits_data();
    void readFile_refusesOverLimits();
    void writeFile_failure_leavesNothingBehind_data();
    void writeFile_failure_leavesNothingBehind();
    void readFile_namesSheetAfterFile();
};

void TestCsvFormat::read_givesFieldsAndDialect_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<CsvDialect::Encoding>("encoding");
    QTest::addColumn<CsvDialect::LineBreak>("lineBreak");

    const auto utf8 = CsvDialect::Encoding::Utf8;
    const auto lf = CsvDialect::LineBreak::Lf;
    QTest::newRow("comma, LF") << QByteArray("ID,Question\n1,Do you encrypt?\n")
                               << table({{"ID", "Question"}, {"1", "Do you encrypt?"}})
                               << QChar(u',') << utf8 << lf;
    QTest::newRow("semicolon, CRLF, BOM")
        << QByteArray("\xEF\xBB\xBFID;Question;Answer\r\n1;Is data, at rest, encrypted?;\r\n")
        << table({{"ID", "Question", "Answer"}, {"1", "Is data, at rest, encrypted?", ""}})
        << QChar(u';') << CsvDialect::Encoding::Utf8WithBom << CsvDialect::LineBreak::CrLf;
    QTest::newRow("tab, CR") << QByteArray("ID\tQuestion\r1\tMFA?\r")
                             << table({{"ID", "Question"}, {"1", "MFA?"}}) << QChar(u'\t') << utf8
                             << CsvDialect::LineBreak::Cr;
    QTest::newRow("quoted delimiter, doubled quote, line breaks inside")
        << QByteArray("Q,A\n\"a, b\",\"say \"\"yes\"\"\"\n\"line 1\nline 2\r\nline 3\",x\n")
        << table({{"Q", "A"}, {"a, b", "say \"yes\""}, {"line 1\nline 2\r\nline 3", "x"}})
        << QChar(u',') << utf8 << lf;
    QTest::newRow("delimiter in quoted header does not count")
        << QByteArray("\"a;b;c\",Question\n1,2\n") << table({{"a;b;c", "Question"}, {"1", "2"}})
        << QChar(u',') << utf8 << lf;
    QTest::newRow("rows of different lengths, empty line, no final break")
        << QByteArray("a,b,c\n\n1\n1,2,3,4")
        << table({{"a", "b", "c"}, {}, {"1"}, {"1", "2", "3", "4"}}) << QChar(u',') << utf8 << lf;
    QTest::newRow("quote inside unquoted field is text")
        << QByteArray("a,b\n5\" disk,\"x\"y\n") << table({{"a", "b"}, {"5\" disk", "xy"}})
        << QChar(u',') << utf8 << lf;
    QTest::newRow("UTF-8 text") << QByteArray("Frage;Antwort\nVerschlüsselung – ja;✓\n")
                                << table({{"Frage", "Antwort"}, {"Verschlüsselung – ja", "✓"}})
                                << QChar(u';') << utf8 << lf;
    const QString text = QStringLiteral("Frage\tAntwort\r\nVerschlüsselung\t✓\r\n");
    const Rows rows = table({{"Frage", "Antwort"}, {"Verschlüsselung", "✓"}});
    QTest::newRow("UTF-16 LE") << utf16(text, true) << rows << QChar(u'\t')
                               << CsvDialect::Encoding::Utf16LittleEndian
                               << CsvDialect::LineBreak::CrLf;
    QTest::newRow("UTF-16 BE") << utf16(text, false) << rows << QChar(u'\t')
                               << CsvDialect::Encoding::Utf16BigEndian
                               << CsvDialect::LineBreak::CrLf;
    QTest::newRow("empty file") << QByteArray() << table({}) << QChar(u',') << utf8
                                << CsvDialect::LineBreak::CrLf;
}

void TestCsvFormat::read_givesFieldsAndDialect()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Rows, rows);
    QFETCH(QChar, delimiter);
    QFETCH(CsvDialect::Encoding, encoding);
    QFETCH(CsvDialect::LineBreak, lineBreak);

    const Result<Workbook> read = CsvFormat().read(bytes, QStringLiteral("caiq.csv"));
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().sheets().size(), 1);
    QCOMPARE(rowsOf(read.value().sheets().first()), rows);
    QVERIFY(read.value().csvDialect().has_value());
    QCOMPARE(read.value().csvDialect()->delimiter, delimiter);
    QCOMPARE(read.value().csvDialect()->encoding, encoding);
    QCOMPARE(read.value().csvDialect()->lineBreak, lineBreak);
}

void TestCsvFormat::read_refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QTest::newRow("Latin-1")
        << QByteArray("ID,Question\n1,Verschl\xFCsselung?\n")
        << QStringLiteral("caiq.csv is not UTF-8 at line 2, column 10: save it as CSV UTF-8");
    QTest::newRow("Windows-1252 after UTF-8 on line 3, CRLF")
        << QByteArray("a,b\r\n\xC3\xA9,c\r\n\xE9t\xE9\r\n")
        << QStringLiteral("caiq.csv is not UTF-8 at line 3, column 1: save it as CSV UTF-8");
    QTest::newRow("inside a quoted field after a line break")
        << QByteArray("a,b\n\"x\ny\x80\"\n")
        << QStringLiteral("caiq.csv is not UTF-8 at line 3, column 2: save it as CSV UTF-8");
    QTest::newRow("overlong slash")
        << QByteArray("a,\xC0\xAF\n")
        << QStringLiteral("caiq.csv is not UTF-8 at line 1, column 3: save it as CSV UTF-8");
    QTest::newRow("surrogate")
        << QByteArray("\xED\xA0\x80")
        << QStringLiteral("caiq.csv is not UTF-8 at line 1, column 1: save it as CSV UTF-8");
    QTest::newRow("truncated sequence at the end")
        << QByteArray("ok\xE2\x82")
        << QStringLiteral("caiq.csv is not UTF-8 at line 1, column 3: save it as CSV UTF-8");
    QTest::newRow("unterminated quote")
        << QByteArray("Q,A\n1,2\n\"never closed,3\n4,5\n")
        << QStringLiteral("caiq.csv: the quoted field opened at line 3 is never closed");
    QTest::newRow("UTF-16 with an odd byte")
        << QByteArray("\xFF\xFE\x41\x00\x42", 5)
        << QStringLiteral("caiq.csv is not UTF-16 as its byte order mark says: it has an odd "
                          "number of bytes");
    QTest::newRow("UTF-16 with a lone surrogate")
        << QByteArray("\xFF\xFE\x41\x00\x00\xD8\x41\x00", 8)
        << QStringLiteral(
               "caiq.csv is not UTF-16 as its byte order mark says: save it as CSV UTF-8");
}

void TestCsvFormat::read_refusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<Workbook> read = CsvFormat().read(bytes, QStringLiteral("caiq.csv"));
    QVERIFY(!read.isOk());
    QCOMPARE(read.error(), message);
}

void TestCsvFormat::write_thenRead_keepsFieldsAndDialect_data()
{
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<CsvDialect::Encoding>("encoding");
    QTest::addColumn<CsvDialect::LineBreak>("lineBreak");

    QTest::newRow("comma, UTF-8 BOM, CRLF")
        << QChar(u',') << CsvDialect::Encoding::Utf8WithBom << CsvDialect::LineBreak::CrLf;
    QTest::newRow("semicolon, UTF-8, LF")
        << QChar(u';') << CsvDialect::Encoding::Utf8 << CsvDialect::LineBreak::Lf;
    QTest::newRow("tab, UTF-16 LE, CR")
        << QChar(u'\t') << CsvDialect::Encoding::Utf16LittleEndian << CsvDialect::LineBreak::Cr;
    QTest::newRow("semicolon, UTF-16 BE, CRLF")
        << QChar(u';') << CsvDialect::Encoding::Utf16BigEndian << CsvDialect::LineBreak::CrLf;
}

void TestCsvFormat::write_thenRead_keepsFieldsAndDialect()
{
    QFETCH(QChar, delimiter);
    QFETCH(CsvDialect::Encoding, encoding);
    QFETCH(CsvDialect::LineBreak, lineBreak);

    // The header holds all three delimiters so that only quoting keeps detection right.
    const Rows rows = table({{"ID", "Question, in full; with\ttabs", "Answer"},
                             {"1", "Say \"yes\"\nor \"no\"", ""},
                             {},
                             {""},
                             {"only one"},
                             {"a", "b", "c", "d", "e"},
                             {"Grüße ✓ 😀", "", "\r\n"}});
    const CsvDialect dialect{delimiter, encoding, lineBreak};
    const QByteArray bytes = CsvFormat::write(sheetOf(rows), dialect);
    const Result<Workbook> read = CsvFormat().read(bytes, QStringLiteral("out.csv"));
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(rowsOf(read.value().sheets().first()), rows);
    QCOMPARE(*read.value().csvDialect(), dialect);
}

void TestCsvFormat::write_reproducesCanonicalInput_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("Excel CSV UTF-8")
        << QByteArray("\xEF\xBB\xBFID,Question,Answer\r\n1,\"Encrypted, at "
                      "rest?\",Yes\r\n2,\"Multi\nline\",\r\n");
    QTest::newRow("LibreOffice, semicolon") << QByteArray("ID;Question\n1;MFA?\n");
}

void TestCsvFormat::write_reproducesCanonicalInput()
{
    QFETCH(QByteArray, bytes);

    const Result<Workbook> read = CsvFormat().read(bytes, QStringLiteral("in.csv"));
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(CsvFormat::write(read.value().sheets().first(), *read.value().csvDialect()), bytes);
}

void TestCsvFormat::write_neutralisesOnlyTrustbookCells_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("fromInput");
    QTest::addColumn<QByteArray>("fromTrustbook");

    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                             << QByteArray("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n")
                             << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QByteArray("+1+1\n")
                          << QByteArray("'+1+1\n");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("@SUM(A1)\n")
                        << QByteArray("'@SUM(A1)\n");
    QTest::newRow("plain") << QStringLiteral("Yes") << QByteArray("Yes\n") << QByteArray("Yes\n");
}

void TestCsvFormat::write_neutralisesOnlyTrustbookCells()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, fromInput);
    QFETCH(QByteArray, fromTrustbook);

    const CsvDialect dialect{QLatin1Char(','), CsvDialect::Encoding::Utf8,
                             CsvDialect::LineBreak::Lf};
    Sheet input(QStringLiteral("s"));
    input.setCell(0, 0, Cell::text(text));
    Sheet written(QStringLiteral("s"));
    written.setCell(0, 0, Cell::written(text));
    QCOMPARE(CsvFormat::write(input, dialect), fromInput);
    QCOMPARE(CsvFormat::write(written, dialect), fromTrustbook);
}

void TestCsvFormat::readFile_refusesOverLimits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("fileSize"); // grown sparse to this size when not 0
    QTest::addColumn<QString>("message");

    QTest::newRow("50 MB file") << QByteArray("a,b\n") << qint64(50'000'000)
                                << QStringLiteral("is 50000000 bytes, over the limit of 33554432 "
                                                  "bytes for a questionnaire");
    QTest::newRow("too many rows") << QByteArray("a\n").repeated(100'001) << qint64(0)
                                   << QStringLiteral("has more than 100000 rows");
    QTest::newRow("too many cells") << QByteArray(",,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n").repeated(70000)
                                    << qint64(0) << QStringLiteral("has more than 2000000 cells");
}

void TestCsvFormat::readFile_refusesOverLimits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, fileSize);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
    if (fileSize > 0)
        QVERIFY(file.resize(fileSize));
    file.close();

    const Result<Workbook> read = CsvFormat().readFile(path);
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().startsWith(path), qPrintable(read.error()));
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
}

void TestCsvFormat::writeFile_failure_leavesNothingBehind_data()
{
    QTest::addColumn<QString>("target"); // relative to a scratch folder
    QTest::addColumn<QString>("message");

    QTest::newRow("missing folder")
        << QStringLiteral("nowhere/out.csv") << QStringLiteral("cannot write it");
    QTest::newRow("target is a folder")
        << QStringLiteral("folder") << QStringLiteral("not a regular file, not replaced");
}

void TestCsvFormat::writeFile_failure_leavesNothingBehind()
{
    QFETCH(QString, target);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QFile keep(dir.filePath(QStringLiteral("folder/keep.txt")));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const Result<Done> written =
        CsvFormat::writeFile(dir.filePath(target), sheetOf(table({{"a"}})), CsvDialect{});
    QVERIFY(!written.isOk());
    QVERIFY2(written.error().startsWith(dir.filePath(target)), qPrintable(written.error()));
    QVERIFY2(written.error().contains(message), qPrintable(written.error()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("folder"))).entryList(QDir::Files),
             QStringList{QStringLiteral("keep.txt")});
}

void TestCsvFormat::readFile_namesSheetAfterFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("CAIQ v4 [draft].csv"));
    const CsvDialect dialect{QLatin1Char(';'), CsvDialect::Encoding::Utf8,
                             CsvDialect::LineBreak::Lf};
    const Result<Done> written =
        CsvFormat::writeFile(path, sheetOf(table({{"Q", "A"}, {"1", "2"}})), dialect);
    QVERIFY2(written.isOk(), qPrintable(written.error()));
    const Result<Workbook> read = CsvFormat().readFile(path);
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().sheetNames(), QStringList{QStringLiteral("CAIQ v4 _draft_")});
    QCOMPARE(rowsOf(read.value().sheets().first()), (table({{"Q", "A"}, {"1", "2"}})));
    QCOMPARE(*read.value().csvDialect(), dialect);
}

QTEST_GUILESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
