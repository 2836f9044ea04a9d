#include "markdownrenderer.h"

#include <QTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>

namespace {

// Each top-level block of `markdown` as cmark-gfm's own plain-text renderer writes it (width
// 0), parsed as MarkdownRenderer parses: what search text was before the renderer took the
// text of paragraphs and headings from its own walk.
QStringList cmarkPlainText(const QByteArray &markdown)
{
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(MarkdownRenderer::options());
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), static_cast<size_t>(markdown.size()));
    cmark_node *document = cmark_parser_finish(parser);
    QStringList texts;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        char *text = cmark_render_plaintext(node, MarkdownRenderer::options(), 0);
        texts.append(QString::fromUtf8(text).trimmed());
        std::free(text);
    }
    cmark_node_free(document);
    cmark_parser_free(parser);
    return texts;
}

// The one block a single-block source renders to; any other count shows up in the html, so
// the comparison that follows fails with a message that says why.
RenderedBlock onlyBlock(const QByteArray &markdown)
{
    const QList<RenderedBlock> blocks = MarkdownRenderer().render(markdown);
    if (blocks.size() == 1)
        return blocks.first();
    RenderedBlock wrong;
    wrong.html = "rendered " + QByteArray::number(blocks.size()) + " blocks, expected 1";
    return wrong;
}

const QByteArray kOmitted = QByteArrayLiteral("<!-- raw HTML omitted -->");

} // namespace

class TestMarkdownRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_gfmExtensions_produceExpectedHtml_data();
    void render_gfmExtensions_produceExpectedHtml();
    void render_rawHtml_isOmitted_data();
    void render_rawHtml_isOmitted();
    void render_dangerousLinkScheme_emptiesHref_data();
    void render_dangerousLinkScheme_emptiesHref();
    void render_safeLink_keepsHref();
    void render_invalidUtf8_becomesReplacementCharacter();
    void render_blocks_carryOneBasedSourceLines();
    void render_headings_carryLevelAndPlainText_data();
    void render_headings_carryLevelAndPlainText();
    void render_paragraph_hasNoHeadingLevel();
    void render_plainText_sameAsCmarkPlainTextRenderer_data();
    void render_plainText_sameAsCmarkPlainTextRenderer();
    void render_emptyInput_givesNoBlocks();
    void render_image_fetchedBecomesLinkEmbeddedStays_data();
    void render_image_fetchedBecomesLinkEmbeddedStays();
};

void TestMarkdownRenderer::render_gfmExtensions_produceExpectedHtml_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("table") << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n")
                           << QByteArray("<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n"
                                         "</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n"
                                         "</tbody>\n</table>\n");
    QTest::newRow("strikethrough")
        << QByteArray("~~gone~~ kept\n") << QByteArray("<p><del>gone</del> kept</p>\n");
    QTest::newRow("www autolink")
        << QByteArray("see www.example.com now\n")
        << QByteArray("<p>see <a href=\"http://www.example.com\">www.example.com</a> now</p>\n");
    QTest::newRow("task list")
        << QByteArray("- [ ] todo\n- [x] done\n")
        << QByteArray("<ul>\n<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n"
                      "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n"
                      "</ul>\n");
    QTest::newRow("fenced code keeps language")
        << QByteArray("```cpp\nint x;\n```\n")
        << QByteArray("<pre lang=\"cpp\"><code>int x;\n</code></pre>\n");
}

void TestMarkdownRenderer::render_gfmExtensions_produceExpectedHtml()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, html);

    QCOMPARE(onlyBlock(markdown).html, html);
}

void TestMarkdownRenderer::render_image_fetchedBecomesLinkEmbeddedStays_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("remote image")
        << QByteArray("![Network diagram](https://example.com/net.png \"Zones\")\n")
        << QByteArray("<p><a href=\"https://example.com/net.png\" title=\"Zones\">Network "
                      "diagram</a></p>\n");
    QTest::newRow("image beside the file") << QByteArray("![Logo](logo.png)\n")
                                           << QByteArray("<p><a href=\"logo.png\">Logo</a></p>\n");
    QTest::newRow("no description")
        << QByteArray("![](https://example.com/a.png)\n")
        << QByteArray(
               "<p><a href=\"https://example.com/a.png\">https://example.com/a.png</a></p>\n");
    QTest::newRow("emphasis kept") << QByteArray("![*Big* plan](//cdn.example/p.png)\n")
                                   << QByteArray("<p><a href=\"//cdn.example/p.png\"><em>Big</em> "
                                                 "plan</a></p>\n");
    QTest::newRow("embedded png stays")
        << QByteArray("![dot](data:image/png;base64,iVBORw0KGgo=)\n")
        << QByteArray("<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" /></p>\n");
}

void TestMarkdownRenderer::render_image_fetchedBecomesLinkEmbeddedStays()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, html);
    QCOMPARE(onlyBlock(markdown).html, html);
}

void TestMarkdownRenderer::render_rawHtml_isOmitted_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QByteArray>("html");

    QTest::newRow("script block") << QByteArray("<script>alert(1)</script>\n")
                                  << QByteArray(kOmitted + '\n');
    QTest::newRow("inline img onerror") << QByteArray("x <img src=x onerror=alert(1)> y\n")
                                        << QByteArray("<p>x " + kOmitted + " y</p>\n");
    QTest::newRow("iframe block") << QByteArray("<iframe src=\"https://evil.example\"></iframe>\n")
                                  << QByteArray(kOmitted + '\n');
    QTest::newRow("upper-case script inline")
        << QByteArray("a <SCRIPT>alert(1)</SCRIPT> b\n")
        << QByteArray("<p>a " + kOmitted + "alert(1)" + kOmitted + " b</p>\n");
}

void TestMarkdownRenderer::render_rawHtml_isOmitted()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QByteArray, html);

    const QByteArray actual = onlyBlock(markdown).html;

    QCOMPARE(actual, html);
    for (const char *forbidden : {"<script", "<img", "<iframe", "onerror"})
        QVERIFY2(!actual.toLower().contains(forbidden), forbidden);
}

void TestMarkdownRenderer::render_dangerousLinkScheme_emptiesHref_data()
{
    QTest::addColumn<QByteArray>("markdown");

    QTest::newRow("javascript") << QByteArray("[x](javascript:alert(1))\n");
    QTest::newRow("upper-case javascript") << QByteArray("[x](JAVASCRIPT:alert(1))\n");
    QTest::newRow("vbscript") << QByteArray("[x](vbscript:msgbox)\n");
    QTest::newRow("file") << QByteArray("[x](file:///etc/passwd)\n");
    QTest::newRow("data html") << QByteArray("[x](data:text/html,hi)\n");
}

void TestMarkdownRenderer::render_dangerousLinkScheme_emptiesHref()
{
    QFETCH(QByteArray, markdown);

    QCOMPARE(onlyBlock(markdown).html, QByteArray("<p><a href=\"\">x</a></p>\n"));
}

void TestMarkdownRenderer::render_safeLink_keepsHref()
{
    QCOMPARE(onlyBlock("[x](https://example.com/a?b=1&c=2)\n").html,
             QByteArray("<p><a href=\"https://example.com/a?b=1&amp;c=2\">x</a></p>\n"));
}

void TestMarkdownRenderer::render_invalidUtf8_becomesReplacementCharacter()
{
    const RenderedBlock block = onlyBlock("bad \xff\xfe byte\n");

    QCOMPARE(block.html, QByteArray("<p>bad \xEF\xBF\xBD\xEF\xBF\xBD byte</p>\n"));
    QCOMPARE(block.plainText, QStringLiteral("bad \uFFFD\uFFFD byte"));
}

void TestMarkdownRenderer::render_blocks_carryOneBasedSourceLines()
{
    const QList<RenderedBlock> blocks =
        MarkdownRenderer().render("# Title\n\nIntro.\n\n\n## Question\n\n- a\n- b\n");

    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).line, 1);
    QCOMPARE(blocks.at(1).line, 3);
    QCOMPARE(blocks.at(2).line, 6);
    QCOMPARE(blocks.at(3).line, 8);
}

void TestMarkdownRenderer::render_headings_carryLevelAndPlainText_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text");

    QTest::newRow("h1") << QByteArray("# Security FAQ\n") << 1 << QStringLiteral("Security FAQ");
    QTest::newRow("h2") << QByteArray("## Is Gitpod GDPR compliant?\n") << 2
                        << QStringLiteral("Is Gitpod GDPR compliant?");
    QTest::newRow("h3 setext-free") << QByteArray("### Deep\n") << 3 << QStringLiteral("Deep");
    QTest::newRow("setext h2") << QByteArray("Under\n-----\n") << 2 << QStringLiteral("Under");
    QTest::newRow("inline markup dropped")
        << QByteArray("## Is *Gitpod* `safe` [here](https://x.org)?\n") << 2
        << QStringLiteral("Is Gitpod safe here?");
    QTest::newRow("closing hashes dropped")
        << QByteArray("## Closed ##\n") << 2 << QStringLiteral("Closed");
}

void TestMarkdownRenderer::render_headings_carryLevelAndPlainText()
{
    QFETCH(QByteArray, markdown);
    QFETCH(int, level);
    QFETCH(QString, text);

    const RenderedBlock block = onlyBlock(markdown);

    QCOMPARE(block.headingLevel, level);
    QCOMPARE(block.headingText, text);
}

// Search indexes this text: taking it from one walk must not change a byte of it.
void TestMarkdownRenderer::render_plainText_sameAsCmarkPlainTextRenderer_data()
{
    QTest::addColumn<QByteArray>("markdown");

    QTest::newRow("inline markup") << QByteArray("Just *a* **b** `c` [d](https://e.org) f.\n");
    QTest::newRow("soft breaks") << QByteArray("one\ntwo\nthree\n");
    QTest::newRow("hard breaks") << QByteArray("one  \ntwo\\\nthree\n");
    QTest::newRow("break after omitted html")
        << QByteArray("a  \n<span></span>\nb <b>c</b>\n<i>\nd\n");
    QTest::newRow("html first") << QByteArray("<span>\nx\n");
    QTest::newRow("autolink and entities") << QByteArray("See www.x.org &amp; &copy; &#42;\n");
    QTest::newRow("unicode") << QByteArray("Grüße, 日本語, emoji \xf0\x9f\x94\x92\n");
    QTest::newRow("heading with markup") << QByteArray("## Is *it* `safe`?\n");
    QTest::newRow("setext heading, two lines") << QByteArray("one\ntwo  \nthree\n===\n");
    QTest::newRow("code with spaces") << QByteArray("`` a  b `` and ` c`\n");
    QTest::newRow("strikethrough") << QByteArray("~~gone~~ kept\n");
    // (a fetched image without a description gets its address as text, in both)
    QTest::newRow("images") << QByteArray("![alt *x*](pic.png), ![e](data:image/png;base64,AA)\n");
    QTest::newRow("lists, quote, code, table")
        << QByteArray("- a\n- b\n\n1. c\n2. d\n\n> e\n> f\n\n```\ng\n```\n\n"
                      "| h | i |\n|---|---|\n| j | k |\n\n- [x] l\n\n---\n");
    QTest::newRow("escapes") << QByteArray("\\*not emph\\* 1\\. x\n");
}

void TestMarkdownRenderer::render_plainText_sameAsCmarkPlainTextRenderer()
{
    QFETCH(QByteArray, markdown);

    QStringList texts;
    for (const RenderedBlock &block : MarkdownRenderer().render(markdown))
        texts.append(block.plainText);

    QCOMPARE(texts, cmarkPlainText(markdown));
}

void TestMarkdownRenderer::render_paragraph_hasNoHeadingLevel()
{
    const RenderedBlock block = onlyBlock("Just *text*.\n");

    QCOMPARE(block.headingLevel, 0);
    QCOMPARE(block.headingText, QString());
    QCOMPARE(block.plainText, QStringLiteral("Just text."));
}

void TestMarkdownRenderer::render_emptyInput_givesNoBlocks()
{
    QVERIFY(MarkdownRenderer().render(QByteArray()).isEmpty());
    QVERIFY(MarkdownRenderer().render("\n\n   \n").isEmpty());
}

QTEST_APPLESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
