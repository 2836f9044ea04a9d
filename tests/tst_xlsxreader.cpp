#include "sheettables.h"
#include "xlsxreader.h"
#include "xlsxtestsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// "B3 n:42" for every cell with content, row by row: what the reader put where.
QStringList describe(const Sheet &sheet)
{
    QStringList cells;
    for (qsizetype r = 0; r < sheet.rowCount(); ++r) {
        for (qsizetype c = 0; c < sheet.row(r).size(); ++c) {
            const Cell cell = sheet.cell(r, c);
            if (cell.isEmpty())
                continue;
            const char *type = cell.type() == Cell::Type::Text      ? "t"
                               : cell.type() == Cell::Type::Number  ? "n"
                               : cell.type() == Cell::Type::Boolean ? "b"
                                                                    : "e";
            QString text = QChar(static_cast<char16_t>(u'A' + c)) + QString::number(r + 1) +
                           QLatin1Char(' ') + QLatin1String(type) + QLatin1Char(':') +
                           cell.displayText();
            if (cell.hasFormula())
                text += QStringLiteral(" =") + cell.formula();
            cells.append(text);
        }
    }
    return cells;
}

const QByteArray sharedStrings =
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\">"
    "<si><t>Question</t></si>"
    "<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Do you </t></r><r><t>encrypt?</t></r>"
    "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>"
    "<si><t>line_x000D_\nbreak &amp; more</t></si></sst>";

} // namespace

class TestXlsxReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_givesCellsWhereTheyAre_data();
    void read_givesCellsWhereTheyAre();
    void read_keepsSheetOrderAndNames();
    void read_refusesHostileOrBrokenFiles_data();
    void read_refusesHostileOrBrokenFiles();
    void readFile_refusesLargeFileBeforeReading();
};

void TestXlsxReader::read_givesCellsWhereTheyAre_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QStringList>("cells");

    QTest::newRow("shared strings, rich text, escapes")
        << QByteArray(
               "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
               "<c r=\"C1\" t=\"s\"><v>2</v></c></row>")
        << strings({"A1 t:Question", "B1 t:Do you encrypt?", "C1 t:line\r\nbreak & more"});
    QTest::newRow("numbers, booleans, inline strings, errors")
        << QByteArray("<row r=\"1\"><c r=\"A1\"><v>42</v></c><c r=\"B1\" t=\"n\"><v>0.1</v></c>"
                      "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>Inline "
                      "✓</t></is></c><c r=\"E1\" t=\"e\"><v>#N/A</v></c></row>")
        << strings({"A1 n:42", "B1 n:0.1", "C1 b:TRUE", "D1 t:Inline ✓", "E1 t:#N/A"});
    QTest::newRow("formulas with cached values")
        << QByteArray(
               "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><f>A1*2</f><v>2</v></c>"
               "<c r=\"C1\" t=\"str\"><f>\"x\"&amp;A1</f><v>x1</v></c>"
               "<c r=\"D1\" t=\"b\"><f>A1=1</f><v>1</v></c><c r=\"E1\"><f>NOW()</f></c></row>")
        << strings(
               {"A1 n:1", "B1 n:2 =A1*2", "C1 t:x1 =\"x\"&A1", "D1 b:TRUE =A1=1", "E1 e: =NOW()"});
    QTest::newRow("shared formula moves with its cell")
        << QByteArray("<row r=\"2\"><c r=\"C2\"><f t=\"shared\" ref=\"C2:C4\" si=\"0\">A2+$B$1+B$1+"
                      "SUM($A2:A3)&amp;\"A1\"&amp;'B2'!A1</f><v>5</v></c></row>"
                      "<row r=\"4\"><c r=\"C4\"><f t=\"shared\" si=\"0\"/><v>7</v></c></row>")
        << strings({"C2 n:5 =A2+$B$1+B$1+SUM($A2:A3)&\"A1\"&'B2'!A1",
                    "C4 n:7 =A4+$B$1+B$1+SUM($A4:A5)&\"A1\"&'B2'!A3"});
    QTest::newRow("gaps, no references, styled blanks")
        << QByteArray("<row r=\"3\"><c r=\"D3\" t=\"inlineStr\"><is><t>far</t></is></c>"
                      "<c s=\"1\"/><c><v>5</v></c></row><row><c><v>6</v></c></row>"
                      "<row r=\"9\"><c r=\"XFD9\" s=\"2\"/></row>")
        << strings({"D3 t:far", "F3 n:5", "A4 n:6"});
}

void TestXlsxReader::read_givesCellsWhereTheyAre()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QStringList, cells);

    const QByteArray xlsx =
        zipOf(workbookParts({{QStringLiteral("CAIQ"), sheetXml(sheetData)}}, sharedStrings));
    const Result<Workbook> read = XlsxReader().read(xlsx, QStringLiteral("caiq.xlsx"));
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().sheets().size(), 1);
    QCOMPARE(describe(read.value().sheets().first()), cells);
}

void TestXlsxReader::read_keepsSheetOrderAndNames()
{
    const QByteArray xlsx = zipOf(workbookParts(
        {{QStringLiteral("Intro & Scope"), sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")},
         {QStringLiteral("Fragen – Ü"), sheetXml("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>")},
         {QStringLiteral("Empty"), sheetXml("")}}));
    const Result<Workbook> read = XlsxReader().read(xlsx, QStringLiteral("hecvat.xlsx"));
    QVERIFY2(read.isOk(), qPrintable(read.error()));
    QCOMPARE(read.value().sheetNames(), strings({"Intro & Scope", "Fragen – Ü", "Empty"}));
    QCOMPARE(describe(read.value().sheets().at(0)), strings({"A1 n:1"}));
    QCOMPARE(describe(read.value().sheets().at(1)), strings({"A1 n:2"}));
    QCOMPARE(read.value().sheets().at(2).rowCount(), 0);
}

void TestXlsxReader::read_refusesHostileOrBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("maxCells");
    QTest::addColumn<QString>("message");

    const QString xlsx = QStringLiteral("in.xlsx");
    const auto plain = [](const QByteArray &data) {
        return zipOf(workbookParts({{QStringLiteral("S"), sheetXml(data)}}));
    };
    const qint64 cells = ReadLimits().maxCells;

    QTest::newRow("text file") << QByteArray("Question,Answer\n") << xlsx << cells
                               << QStringLiteral(
                                      "in.xlsx is not an xlsx workbook (not a zip archive)");
    QTest::newRow("encrypted or legacy xls")
        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + QByteArray(504, '\0')) << xlsx << cells
        << QStringLiteral("in.xlsx is an encrypted workbook or a legacy .xls: save it as .xlsx "
                          "without a password");
    QTest::newRow("damaged zip") << QByteArray("PK\x03\x04garbage") << xlsx << cells
                                 << QStringLiteral(
                                        "in.xlsx is not an xlsx workbook: its zip archive");
    QTest::newRow(".xlsm name") << plain("") << QStringLiteral("macro.xlsm") << cells
                                << QStringLiteral("macro.xlsm is a macro-enabled workbook (.xlsm)");
    XlsxParts withVba = workbookParts({{QStringLiteral("S"), sheetXml("")}});
    withVba.append({QStringLiteral("xl/vbaProject.bin"), QByteArray("VBA")});
    QTest::newRow("vbaProject part")
        << zipOf(withVba) << xlsx << cells
        << QStringLiteral("in.xlsx is a macro-enabled workbook (xl/vbaProject.bin)");
    XlsxParts macroType = workbookParts({{QStringLiteral("S"), sheetXml("")}});
    macroType[0].second = contentTypes("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    QTest::newRow("macro-enabled content type")
        << zipOf(macroType) << xlsx << cells
        << QStringLiteral("in.xlsx is a macro-enabled workbook (a macro-enabled content type)");
    QTest::newRow("malformed sheet XML")
        << plain("<row r=\"1\"><c r=\"A1\"><v>1</c></row>") << xlsx << cells
        << QStringLiteral("in.xlsx: xl/worksheets/sheet1.xml line 2, column");
    QTest::newRow("DTD")
        << zipOf(workbookParts(
               {{QStringLiteral("S"),
                 "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>"}}))
        << xlsx << cells << QStringLiteral("in.xlsx: xl/worksheets/sheet1.xml line 1, column");
    QTest::newRow("bad cell reference")
        << plain("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>") << xlsx << cells
        << QStringLiteral("\"1A\" is not a cell reference");
    QTest::newRow("missing shared string")
        << plain("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>") << xlsx << cells
        << QStringLiteral("cell A1 refers to shared string \"3\", and there are 0");
    QTest::newRow("row far down") << plain("<row r=\"500000\"><c r=\"A500000\"><v>1</v></c></row>")
                                  << xlsx << cells
                                  << QStringLiteral("sheet \"S\" goes past row 100000");
    // A million rows, built as a stream of small rows: refused at row 100,001.
    QByteArray million;
    million.reserve(40'000'000);
    for (int r = 1; r <= 1'000'000; ++r)
        million += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r % 10) +
                   "</v></c></row>";
    QTest::newRow("a million rows")
        << plain(million) << xlsx << cells << QStringLiteral("sheet \"S\" goes past row 100000");
    QTest::newRow("too many cells")
        << plain("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"K1\"><v>1</v></c></row>") << xlsx
        << qint64(10) << QStringLiteral("the workbook has more than 10 cells");
    // 100 MB of one repeated byte inflates from about 100 kB: stopped at the ratio check, long
    // before the part is whole.
    QTest::newRow("zip bomb") << plain(QByteArray(100'000'000, ' ')) << xlsx << cells
                              << QStringLiteral("in.xlsx: xl/worksheets/sheet1.xml: the part "
                                                "inflates more than 200 times its stored size");
}

void TestXlsxReader::read_refusesHostileOrBrokenFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(qint64, maxCells);
    QFETCH(QString, message);

    ReadLimits limits;
    limits.maxCells = maxCells;
    const Result<Workbook> read = XlsxReader(limits).read(bytes, name);
    QVERIFY(!read.isOk());
    QVERIFY2(read.error().contains(message), qPrintable(read.error()));
}

void TestXlsxReader::readFile_refusesLargeFileBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50'000'000));
    file.close();

    const Result<Workbook> read = XlsxReader().readFile(path);
    QVERIFY(!read.isOk());
    QCOMPARE(read.error(), path + QStringLiteral(" is 50000000 bytes, over the limit of 33554432 "
                                                 "bytes for a questionnaire"));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
