#include "markdownmarkup.h"
#include "markupregistry.h"
#include "plaintextmarkup.h"

#include <QTest>

class TestMarkupRegistry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_byExtension_data();
    void find_byExtension();
    void standard_readsMarkdownOnly();
    void find_markdown_rendersFrontMatterAndBlocks();
    void add_sameExtension_replacesRenderer();
};

void TestMarkupRegistry::find_byExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format"); // "md", "txt" or empty for none

    QTest::newRow("markdown") << QStringLiteral("/c/security-faq.md") << QStringLiteral("md");
    QTest::newRow("plain text") << QStringLiteral("/c/notes.txt") << QStringLiteral("txt");
    QTest::newRow("upper case") << QStringLiteral("/c/FAQ.MD") << QStringLiteral("md");
    QTest::newRow("last extension counts")
        << QStringLiteral("/c/notes.md.txt") << QStringLiteral("txt");
    QTest::newRow("unknown") << QStringLiteral("/c/page.html") << QString();
    QTest::newRow("backup") << QStringLiteral("/c/faq.md~") << QString();
    QTest::newRow("no extension") << QStringLiteral("/c/README") << QString();
    QTest::newRow("folder named like a format") << QStringLiteral("/c.md/README") << QString();
}

void TestMarkupRegistry::find_byExtension()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    const std::shared_ptr<const MarkupRenderer> markdown = std::make_shared<MarkdownMarkup>();
    const std::shared_ptr<const MarkupRenderer> plainText = std::make_shared<PlainTextMarkup>();
    MarkupRegistry registry;
    registry.add(QStringLiteral("md"), markdown);
    registry.add(QStringLiteral("txt"), plainText);

    const MarkupRenderer *found = registry.find(path);

    const MarkupRenderer *expected = format == QLatin1String("md")    ? markdown.get()
                                     : format == QLatin1String("txt") ? plainText.get()
                                                                      : nullptr;
    QCOMPARE(found, expected);
    QCOMPARE(registry.extensions(), QStringList({QStringLiteral("md"), QStringLiteral("txt")}));
}

void TestMarkupRegistry::standard_readsMarkdownOnly()
{
    const MarkupRegistry registry = MarkupRegistry::standard();

    QCOMPARE(registry.extensions(), QStringList(MarkdownMarkup::extension()));
    QVERIFY(registry.find(QStringLiteral("faq.") + MarkdownMarkup::extension()));
    QVERIFY(!registry.find(QStringLiteral("faq.txt")));
}

void TestMarkupRegistry::find_markdown_rendersFrontMatterAndBlocks()
{
    const MarkupRegistry registry = MarkupRegistry::standard();
    const MarkupRenderer *markdown = registry.find(QStringLiteral("faq.md"));
    QVERIFY(markdown);

    const ContentResult<MarkupDocument> document = markdown->render(
        "---\ntitle: FAQ\n---\n\n<script>\nlet x;\n</script>\n\n## Why?\n\nBecause.\n",
        QStringLiteral("faq.md"));

    QVERIFY2(document, qPrintable(document.error().toString()));
    QCOMPARE(document->frontMatter.title, QStringLiteral("FAQ"));
    QCOMPARE(document->blocks.size(), 2);
    QCOMPARE(document->blocks.at(0).headingLevel, 2);
    QCOMPARE(document->blocks.at(0).headingText, QStringLiteral("Why?"));
    QCOMPARE(document->blocks.at(0).line, 9);
    QCOMPARE(document->blocks.at(1).html, QByteArray("<p>Because.</p>\n"));

    const ContentResult<MarkupDocument> bad =
        markdown->render("no front matter\n", QStringLiteral("bad.md"));
    QVERIFY(!bad);
    const QString error = bad.error().toString();
    QVERIFY2(error.startsWith(QLatin1String("bad.md:")), qPrintable(error));
}

void TestMarkupRegistry::add_sameExtension_replacesRenderer()
{
    const auto first = std::make_shared<PlainTextMarkup>();
    const auto second = std::make_shared<PlainTextMarkup>();
    MarkupRegistry registry;
    registry.add(QStringLiteral("txt"), first);
    registry.add(QStringLiteral("TXT"), second);

    QCOMPARE(registry.find(QStringLiteral("a.txt")), second.get());
    QCOMPARE(registry.extensions(), QStringList(QStringLiteral("txt")));
}

QTEST_APPLESS_MAIN(TestMarkupRegistry)
#include "tst_markupregistry.moc"
