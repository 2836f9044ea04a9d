#include "markdownrenderer.h"
#include "sectionsplitter.h"

#include <QTest>

namespace {

SplitDocument splitMarkdown(const QByteArray &markdown)
{
    return SectionSplitter::split(MarkdownRenderer().render(markdown));
}

QStringList sectionIds(const SplitDocument &document)
{
    QStringList ids;
    for (const Section &section : document.sections)
        ids.append(section.id);
    return ids;
}

const QByteArray kFaq = "# Security FAQ\n"
                        "\n"
                        "Read this first.\n"
                        "\n"
                        "## What data is collected?\n"
                        "\n"
                        "Only your *name* and email.\n"
                        "\n"
                        "### Details\n"
                        "\n"
                        "- name\n"
                        "- email\n"
                        "\n"
                        "## Is it GDPR compliant?\n"
                        "\n"
                        "Yes.\n";

} // namespace

class TestSectionSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_contentBeforeFirstSection_goesToIntro();
    void split_levelTwoHeadings_startSections();
    void split_deeperHeadings_stayInsideSection();
    void split_sectionHtml_startsWithItsHeading();
    void split_plainText_holdsHeadingAndAnswer();
    void split_sections_carryHeadingLines();
    void split_duplicateHeadings_getNumberedIds();
    void split_headingsWithoutLetters_stillGetIds();
    void split_noSectionHeadings_everythingIsIntro();
    void split_noBlocks_givesEmptyDocument();
};

void TestSectionSplitter::split_contentBeforeFirstSection_goesToIntro()
{
    QCOMPARE(splitMarkdown(kFaq).introHtml,
             QByteArray("<h1>Security FAQ</h1>\n<p>Read this first.</p>\n"));
}

void TestSectionSplitter::split_levelTwoHeadings_startSections()
{
    const SplitDocument document = splitMarkdown(kFaq);

    QCOMPARE(sectionIds(document), QStringList({QStringLiteral("what-data-is-collected"),
                                                QStringLiteral("is-it-gdpr-compliant")}));
    QCOMPARE(document.sections.at(0).title, QStringLiteral("What data is collected?"));
    QCOMPARE(document.sections.at(1).title, QStringLiteral("Is it GDPR compliant?"));
}

void TestSectionSplitter::split_deeperHeadings_stayInsideSection()
{
    QCOMPARE(splitMarkdown(kFaq).sections.at(0).html,
             QByteArray("<h2>What data is collected?</h2>\n"
                        "<p>Only your <em>name</em> and email.</p>\n"
                        "<h3>Details</h3>\n"
                        "<ul>\n<li>name</li>\n<li>email</li>\n</ul>\n"));
}

void TestSectionSplitter::split_sectionHtml_startsWithItsHeading()
{
    QCOMPARE(splitMarkdown(kFaq).sections.at(1).html,
             QByteArray("<h2>Is it GDPR compliant?</h2>\n<p>Yes.</p>\n"));
}

void TestSectionSplitter::split_plainText_holdsHeadingAndAnswer()
{
    const SplitDocument document = splitMarkdown(kFaq);

    // Only the prose: how cmark-gfm indents list items in plain text is its own business.
    QVERIFY(document.sections.at(0).plainText.startsWith(
        QStringLiteral("What data is collected?\n\nOnly your name and email.\n\nDetails\n\n")));
    QVERIFY(document.sections.at(0).plainText.endsWith(QStringLiteral("- email")));
    QCOMPARE(document.sections.at(1).plainText, QStringLiteral("Is it GDPR compliant?\n\nYes."));
}

void TestSectionSplitter::split_sections_carryHeadingLines()
{
    const SplitDocument document = splitMarkdown(kFaq);

    QCOMPARE(document.sections.at(0).line, 5);
    QCOMPARE(document.sections.at(1).line, 14);
}

void TestSectionSplitter::split_duplicateHeadings_getNumberedIds()
{
    const SplitDocument document = splitMarkdown("## FAQ\n\na\n\n## FAQ\n\nb\n\n## FAQ\n\nc\n");

    QCOMPARE(sectionIds(document), QStringList({QStringLiteral("faq"), QStringLiteral("faq-1"),
                                                QStringLiteral("faq-2")}));
    for (const Section &section : document.sections)
        QCOMPARE(section.title, QStringLiteral("FAQ"));
}

void TestSectionSplitter::split_headingsWithoutLetters_stillGetIds()
{
    QCOMPARE(sectionIds(splitMarkdown("## ?\n\n## !\n")),
             QStringList({QStringLiteral("section"), QStringLiteral("section-1")}));
}

void TestSectionSplitter::split_noSectionHeadings_everythingIsIntro()
{
    const SplitDocument document = splitMarkdown("# Title\n\n### Only deep\n\ntext\n");

    QVERIFY(document.sections.isEmpty());
    QCOMPARE(document.introHtml, QByteArray("<h1>Title</h1>\n<h3>Only deep</h3>\n<p>text</p>\n"));
}

void TestSectionSplitter::split_noBlocks_givesEmptyDocument()
{
    const SplitDocument document = SectionSplitter::split({});

    QVERIFY(document.introHtml.isEmpty());
    QVERIFY(document.sections.isEmpty());
}

QTEST_APPLESS_MAIN(TestSectionSplitter)
#include "tst_sectionsplitter.moc"
