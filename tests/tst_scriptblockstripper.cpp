#include "scriptblockstripper.h"

#include <QTest>

namespace {

const QString fileName = QStringLiteral("docs/faq.md");

// The opening of resources/content/security-faq.md, as the front matter stage hands it on.
const QByteArray seedBody = "\n\n\n\n"
                            "\n"
                            "<script context=\"module\">\n"
                            "  export const prerender = true;\n"
                            "</script>\n"
                            "\n"
                            "# Security FAQ\n";

} // namespace

class TestScriptBlockStripper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strip_removesBlocksKeepingLines_data();
    void strip_removesBlocksKeepingLines();
    void strip_seedModuleScript_removedAndLineCountKept();
    void strip_unclosedBlock_reportsOpeningLine_data();
    void strip_unclosedBlock_reportsOpeningLine();
};

void TestScriptBlockStripper::strip_removesBlocksKeepingLines_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("seed module script")
        << seedBody << QByteArray("\n\n\n\n\n\n\n\n\n# Security FAQ\n");
    QTest::newRow("style block") << QByteArray("# T\n<style>\nh1 { color: red; }\n</style>\ntext\n")
                                 << QByteArray("# T\n\n\n\ntext\n");
    QTest::newRow("upper-case tags")
        << QByteArray("<SCRIPT LANG=\"ts\">\nlet a;\n</Script>\nx\n") << QByteArray("\n\n\nx\n");
    QTest::newRow("open and close on one line")
        << QByteArray("<script>x</script>\nafter\n") << QByteArray("\nafter\n");
    QTest::newRow("self-contained style line")
        << QByteArray("<style>p{}</style>\n# H\n") << QByteArray("\n# H\n");
    QTest::newRow("space before close bracket")
        << QByteArray("<script>\na\n</script >\nb\n") << QByteArray("\n\n\nb\n");
    QTest::newRow("text after close tag dropped with its line")
        << QByteArray("<script>\na\n</script> tail\nb\n") << QByteArray("\n\n\nb\n");
    QTest::newRow("tag name ends at slash")
        << QByteArray("<script/>\n</script>\nb\n") << QByteArray("\n\nb\n");
    QTest::newRow("tag alone, attributes on next lines")
        << QByteArray("<script\n  lang=\"ts\">\n</script>\nb\n") << QByteArray("\n\n\nb\n");
    QTest::newRow("crlf") << QByteArray("a\r\n<script>\r\nx\r\n</script>\r\nb\r\n")
                          << QByteArray("a\r\n\r\n\r\n\r\nb\r\n");
    QTest::newRow("lone cr") << QByteArray("a\r<script>\rx\r</script>\rb\r")
                             << QByteArray("a\r\r\r\rb\r");
    QTest::newRow("no final newline")
        << QByteArray("a\n<script>\nx\n</script>") << QByteArray("a\n\n\n");
    QTest::newRow("three spaces indent is a block")
        << QByteArray("   <script>\nx\n</script>\n") << QByteArray("\n\n\n");
    QTest::newRow("four spaces indent is code")
        << QByteArray("    <script>\nx\n") << QByteArray("    <script>\nx\n");
    QTest::newRow("not at line start")
        << QByteArray("see <script> here\n") << QByteArray("see <script> here\n");
    QTest::newRow("longer tag names are not blocks")
        << QByteArray("<scripts>\n<stylesheet>\n") << QByteArray("<scripts>\n<stylesheet>\n");
    QTest::newRow("script in backtick fence kept")
        << QByteArray("```html\n<script>\nalert(1)\n</script>\n```\n")
        << QByteArray("```html\n<script>\nalert(1)\n</script>\n```\n");
    QTest::newRow("unclosed script in tilde fence kept")
        << QByteArray("~~~\n<script>\n~~~\n") << QByteArray("~~~\n<script>\n~~~\n");
    QTest::newRow("shorter fence does not close")
        << QByteArray("````\n```\n<script>\n````\n<style>\n</style>\n")
        << QByteArray("````\n```\n<script>\n````\n\n\n");
    QTest::newRow("other fence char does not close")
        << QByteArray("```\n~~~\n<script>\n```\n") << QByteArray("```\n~~~\n<script>\n```\n");
    QTest::newRow("block after fence removed")
        << QByteArray("```\ncode\n```\n<script>\nx\n</script>\n")
        << QByteArray("```\ncode\n```\n\n\n\n");
    QTest::newRow("unclosed fence keeps the rest")
        << QByteArray("```\n<script>\n") << QByteArray("```\n<script>\n");
    QTest::newRow("empty input") << QByteArray() << QByteArray();
}

void TestScriptBlockStripper::strip_removesBlocksKeepingLines()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, expected);

    const ContentResult<QByteArray> stripped = ScriptBlockStripper::strip(markdown, fileName);

    QVERIFY2(stripped, qPrintable(stripped.error().toString()));
    QCOMPARE(*stripped, expected);
    QCOMPARE(stripped->count('\n'), markdown.count('\n'));
    QVERIFY(!stripped.error().isSet());
}

void TestScriptBlockStripper::strip_seedModuleScript_removedAndLineCountKept()
{
    const ContentResult<QByteArray> stripped = ScriptBlockStripper::strip(seedBody, fileName);

    QVERIFY(stripped);
    QVERIFY(!stripped->contains("script"));
    QVERIFY(!stripped->contains("prerender"));
    QCOMPARE(stripped->count('\n'), seedBody.count('\n'));
    QCOMPARE(stripped->split('\n').indexOf("# Security FAQ"), 9);
}

void TestScriptBlockStripper::strip_unclosedBlock_reportsOpeningLine_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("tag");

    QTest::newRow("script") << QByteArray("# T\n\n<script>\nlet a;\n") << 3
                            << QStringLiteral("<script>");
    QTest::newRow("style") << QByteArray("<style>\np {}\n") << 1 << QStringLiteral("<style>");
    QTest::newRow("crlf, no final newline")
        << QByteArray("a\r\nb\r\n<SCRIPT>\r\nx") << 3 << QStringLiteral("<script>");
    QTest::newRow("wrong close tag")
        << QByteArray("<script>\n</style>\n") << 1 << QStringLiteral("<script>");
    QTest::newRow("second block unclosed")
        << QByteArray("<script>\n</script>\n\n<script>\n") << 4 << QStringLiteral("<script>");
    QTest::newRow("after a closed fence")
        << QByteArray("```\n<script>\n```\n<script>\nx\n") << 4 << QStringLiteral("<script>");
}

void TestScriptBlockStripper::strip_unclosedBlock_reportsOpeningLine()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, line);
    QFETCH(QString, tag);

    const ContentResult<QByteArray> stripped = ScriptBlockStripper::strip(markdown, fileName);

    QVERIFY(!stripped);
    const ContentError &error = stripped.error();
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(tag), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("never closed")), qPrintable(error.message));
}

QTEST_APPLESS_MAIN(TestScriptBlockStripper)
#include "tst_scriptblockstripper.moc"
