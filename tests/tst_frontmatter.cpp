#include "frontmatter.h"

#include <QTest>

namespace {

const QString fileName = QStringLiteral("content/faq.md");

// A "billion laughs": each line a list of nine aliases of the line before, nine levels deep.
QByteArray billionLaughs()
{
    QByteArray yaml = "---\ntitle: T\nl0: &l0 lol\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        QByteArrayList items;
        for (int i = 0; i < 9; ++i)
            items.append(previous);
        yaml += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" +
                items.join(", ") + "]\n";
    }
    return yaml + "---\n";
}

} // namespace

class TestFrontMatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_validFile_readsKnownKeys_data();
    void parse_validFile_readsKnownKeys();
    void parse_validFile_blanksFrontMatterInBody_data();
    void parse_validFile_blanksFrontMatterInBody();
    void parse_unknownKeys_keptInExtra();
    void parse_review_readsOwnerAndDates_data();
    void parse_review_readsOwnerAndDates();
    void parse_sectionReviews_readInFileOrder();
    void parse_badReview_reportsLineAndProblem_data();
    void parse_badReview_reportsLineAndProblem();
    void parse_invalidFile_reportsLineAndProblem_data();
    void parse_invalidFile_reportsLineAndProblem();
    void parse_hostileYaml_refusedByLine_data();
    void parse_hostileYaml_refusedByLine();
    void parse_invalidFile_leavesBodyUntouched();
    void parse_nullBody_accepted();
};

void TestFrontMatter::parse_validFile_readsKnownKeys_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QVariant>("order"); // invalid when absent

    QTest::newRow("title only") << QByteArray("---\ntitle: Security FAQ\n---\n")
                                << QStringLiteral("Security FAQ") << QString() << QString()
                                << QString() << QVariant();
    QTest::newRow("all known keys")
        << QByteArray("---\ntitle: T\nsection: security\ndescription: About it\n"
                      "url: https://example.org/faq\norder: 3\n---\nbody\n")
        << QStringLiteral("T") << QStringLiteral("security") << QStringLiteral("About it")
        << QStringLiteral("https://example.org/faq") << QVariant(3);
    QTest::newRow("negative order")
        << QByteArray("---\ntitle: T\norder: -2\n---\n") << QStringLiteral("T") << QString()
        << QString() << QString() << QVariant(-2);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF---\ntitle: T\n---\n")
                               << QStringLiteral("T") << QString() << QString() << QString()
                               << QVariant();
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: T\r\nsection: s\r\norder: 1\r\n---\r\nx\r\n")
                          << QStringLiteral("T") << QStringLiteral("s") << QString() << QString()
                          << QVariant(1);
    QTest::newRow("closed by dots") << QByteArray("---\ntitle: T\n...\n") << QStringLiteral("T")
                                    << QString() << QString() << QString() << QVariant();
    QTest::newRow("no final newline") << QByteArray("---\ntitle: T\n---") << QStringLiteral("T")
                                      << QString() << QString() << QString() << QVariant();
    QTest::newRow("utf-8 values")
        << QByteArray("---\ntitle: Société Générale – FAQ\nsection: sécurité\n---\n")
        << QStringLiteral("Société Générale – FAQ") << QStringLiteral("sécurité") << QString()
        << QString() << QVariant();
    QTest::newRow("quoted title with colon")
        << QByteArray("---\ntitle: \"Q: is it safe?\"\n---\n") << QStringLiteral("Q: is it safe?")
        << QString() << QString() << QString() << QVariant();
    QTest::newRow("numeric title is text")
        << QByteArray("---\ntitle: 2024\n---\n") << QStringLiteral("2024") << QString() << QString()
        << QString() << QVariant();
    QTest::newRow("empty optional value")
        << QByteArray("---\ntitle: T\ndescription:\n---\n") << QStringLiteral("T") << QString()
        << QString() << QString() << QVariant();
}

void TestFrontMatter::parse_validFile_readsKnownKeys()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, title);
    QFETCH(QString, section);
    QFETCH(QString, description);
    QFETCH(QString, url);
    QFETCH(QVariant, order);

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY2(matter, qPrintable(matter.error().toString()));
    QCOMPARE(matter->title, title);
    QCOMPARE(matter->section, section);
    QCOMPARE(matter->description, description);
    QCOMPARE(matter->url, url);
    QCOMPARE(matter->order.has_value(), order.isValid());
    if (order.isValid())
        QCOMPARE(*matter->order, order.toInt());
    QVERIFY(matter->extra.isEmpty());
    QVERIFY(!matter.error().isSet());
}

void TestFrontMatter::parse_validFile_blanksFrontMatterInBody_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("seed opening")
        << QByteArray("---\nsection: security\ntitle: Security FAQ\n---\n\n<script "
                      "context=\"module\">\n  export const prerender = true;\n</script>\n")
        << QByteArray("\n\n\n\n\n<script context=\"module\">\n  export const prerender = "
                      "true;\n</script>\n");
    QTest::newRow("bom removed") << QByteArray("\xEF\xBB\xBF---\ntitle: T\n---\n# H\n")
                                 << QByteArray("\n\n\n# H\n");
    QTest::newRow("crlf endings kept")
        << QByteArray("---\r\ntitle: T\r\n---\r\n# H\r\n") << QByteArray("\r\n\r\n\r\n# H\r\n");
    QTest::newRow("closing line without newline")
        << QByteArray("---\ntitle: T\n---") << QByteArray("\n\n");
    QTest::newRow("later dashes are body")
        << QByteArray("---\ntitle: T\n---\na\n---\nb") << QByteArray("\n\n\na\n---\nb");
}

void TestFrontMatter::parse_validFile_blanksFrontMatterInBody()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, body);
    QByteArray actualBody = "not written";

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName, &actualBody);

    QVERIFY2(matter, qPrintable(matter.error().toString()));
    QCOMPARE(actualBody, body);
    QCOMPARE(actualBody.count('\n'), source.count('\n'));
}

void TestFrontMatter::parse_unknownKeys_keptInExtra()
{
    const QByteArray source = "---\n"
                              "title: T\n"
                              "draft: no\n"
                              "version: 1.10\n"
                              "tags: [gdpr, soc2]\n"
                              "maintainer:\n"
                              "  name: Ana\n"
                              "  teams:\n"
                              "    - security\n"
                              "    - {lead: Bo}\n"
                              "empty:\n"
                              "---\n";

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY(matter);
    const QVariantMap expected{
        {QStringLiteral("draft"), QStringLiteral("no")},
        {QStringLiteral("version"), QStringLiteral("1.10")},
        {QStringLiteral("tags"), QVariantList{QStringLiteral("gdpr"), QStringLiteral("soc2")}},
        {QStringLiteral("maintainer"),
         QVariantMap{{QStringLiteral("name"), QStringLiteral("Ana")},
                     {QStringLiteral("teams"),
                      QVariantList{QStringLiteral("security"),
                                   QVariantMap{{QStringLiteral("lead"), QStringLiteral("Bo")}}}}}},
        {QStringLiteral("empty"), QVariant()},
    };
    QCOMPARE(matter->extra, expected);
    QCOMPARE(matter->title, QStringLiteral("T"));
}

void TestFrontMatter::parse_review_readsOwnerAndDates_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QDate>("reviewed");
    QTest::addColumn<QDate>("reviewBy");

    QTest::newRow("none") << QByteArray("---\ntitle: T\n---\n") << QString() << QDate() << QDate();
    QTest::newRow("all three") << QByteArray(
                                      "---\ntitle: T\nowner: Security team\nreviewed: 2026-09-30\n"
                                      "review-by: 2027-03-31\n---\n")
                               << QStringLiteral("Security team") << QDate(2026, 9, 30)
                               << QDate(2027, 3, 31);
    QTest::newRow("quoted dates, owner spaces folded")
        << QByteArray("---\ntitle: T\nowner: \"  Legal   and Privacy \"\nreviewed: '2026-01-05'\n"
                      "review-by: \"2026-01-05\"\n---\n")
        << QStringLiteral("Legal and Privacy") << QDate(2026, 1, 5) << QDate(2026, 1, 5);
    QTest::newRow("owner alone") << QByteArray("---\ntitle: T\nowner: Ana\n---\n")
                                 << QStringLiteral("Ana") << QDate() << QDate();
    QTest::newRow("review-by alone, leap day")
        << QByteArray("---\ntitle: T\nreview-by: 2028-02-29\n---\n") << QString() << QDate()
        << QDate(2028, 2, 29);
    QTest::newRow("empty values are not given")
        << QByteArray("---\ntitle: T\nowner:\nreviewed:\nreviews:\n---\n") << QString() << QDate()
        << QDate();
}

void TestFrontMatter::parse_review_readsOwnerAndDates()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, owner);
    QFETCH(QDate, reviewed);
    QFETCH(QDate, reviewBy);

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY2(matter, qPrintable(matter.error().toString()));
    QCOMPARE(matter->review.owner, owner);
    QCOMPARE(matter->review.reviewed, reviewed);
    QCOMPARE(matter->review.reviewBy, reviewBy);
    QVERIFY(matter->extra.isEmpty());
}

void TestFrontMatter::parse_sectionReviews_readInFileOrder()
{
    const QByteArray source = "---\ntitle: T\nowner: Security team\nreviewed: 2026-09-30\n"
                              "reviews:\n"
                              "  how-is-data-encrypted:\n"
                              "    owner: Platform team\n"
                              "    review-by: 2027-01-31\n"
                              "  is-it-gdpr-compliant: {reviewed: 2026-10-02}\n"
                              "---\n";

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY2(matter, qPrintable(matter.error().toString()));
    QCOMPARE(matter->sectionReviews.size(), 2);
    const FrontMatter::SectionReview &first = matter->sectionReviews.at(0);
    QCOMPARE(first.section, QStringLiteral("how-is-data-encrypted"));
    QCOMPARE(first.line, 6);
    QCOMPARE(first.review, (Review{QStringLiteral("Platform team"), {}, QDate(2027, 1, 31)}));
    const FrontMatter::SectionReview &second = matter->sectionReviews.at(1);
    QCOMPARE(second.section, QStringLiteral("is-it-gdpr-compliant"));
    QCOMPARE(second.line, 9);
    QCOMPARE(second.review, (Review{{}, QDate(2026, 10, 2), {}}));
    // Merged with the document's, as each section's review is built.
    QCOMPARE(matter->review.overriddenBy(first.review),
             (Review{QStringLiteral("Platform team"), QDate(2026, 9, 30), QDate(2027, 1, 31)}));
}

void TestFrontMatter::parse_badReview_reportsLineAndProblem_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    QTest::newRow("day out of range")
        << QByteArray("---\ntitle: T\nreviewed: 2026-02-30\n---\n") << 3
        << QStringLiteral("'reviewed' must be a date written YYYY-MM-DD, got '2026-02-30'");
    QTest::newRow("not ISO")
        << QByteArray("---\ntitle: T\n\nreview-by: 30.09.2026\n---\n") << 4
        << QStringLiteral("'review-by' must be a date written YYYY-MM-DD, got '30.09.2026'");
    QTest::newRow("no leading zeros")
        << QByteArray("---\ntitle: T\nreviewed: 2026-9-3\n---\n") << 3
        << QStringLiteral("'reviewed' must be a date written YYYY-MM-DD, got '2026-9-3'");
    QTest::newRow("date and time")
        << QByteArray("---\ntitle: T\nreviewed: 2026-09-30T10:00:00\n---\n") << 3
        << QStringLiteral(
               "'reviewed' must be a date written YYYY-MM-DD, got '2026-09-30T10:00:00'");
    QTest::newRow("owner list") << QByteArray("---\ntitle: T\nowner: [a, b]\n---\n") << 3
                                << QStringLiteral("'owner' must be a single text value, not a "
                                                  "list or mapping");
    QTest::newRow("review-by before reviewed")
        << QByteArray("---\ntitle: T\nreview-by: 2026-01-31\nreviewed: 2026-09-30\n---\n") << 3
        << QStringLiteral("'review-by' 2026-01-31 is before 'reviewed' 2026-09-30: the next "
                          "review cannot be due before the last one");
    QTest::newRow("reviews not a mapping")
        << QByteArray("---\ntitle: T\nreviews: [a]\n---\n") << 3
        << QStringLiteral("'reviews' must map section ids to their owner, reviewed and "
                          "review-by, e.g. 'how-is-data-encrypted: {reviewed: 2026-09-30}'");
    QTest::newRow("section review empty")
        << QByteArray("---\ntitle: T\nreviews:\n  a: {}\n---\n") << 4
        << QStringLiteral("the review of section 'a' must give its owner, reviewed or review-by");
    QTest::newRow("section review unknown key")
        << QByteArray("---\ntitle: T\nreviews:\n  a:\n    owner: X\n    due: 2026-01-01\n---\n")
        << 6
        << QStringLiteral("'due' in the review of section 'a' is none of owner, reviewed, "
                          "review-by");
    QTest::newRow("section twice")
        << QByteArray("---\ntitle: T\nreviews:\n  a: {owner: X}\n  a: {owner: Y}\n---\n") << 5
        << QStringLiteral("section 'a' is under 'reviews' twice");
    QTest::newRow("section bad date")
        << QByteArray("---\ntitle: T\nreviews:\n  a:\n    reviewed: soon\n---\n") << 5
        << QStringLiteral("'reviewed' must be a date written YYYY-MM-DD, got 'soon'");
    QTest::newRow("section review-by before reviewed")
        << QByteArray("---\ntitle: T\nreviews:\n  a:\n    reviewed: 2026-05-02\n"
                      "    review-by: 2026-05-01\n---\n")
        << 6
        << QStringLiteral("'review-by' 2026-05-01 is before 'reviewed' 2026-05-02: the next "
                          "review cannot be due before the last one");
}

void TestFrontMatter::parse_badReview_reportsLineAndProblem()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(QString, message);

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY(!matter);
    QCOMPARE(matter.error().toString(),
             QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
}

void TestFrontMatter::parse_invalidFile_reportsLineAndProblem_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no front matter") << QByteArray("# Title\n") << 1 << QStringLiteral("'---'");
    QTest::newRow("empty file") << QByteArray() << 1 << QStringLiteral("title");
    QTest::newRow("fence not on first line")
        << QByteArray("\n---\ntitle: T\n---\n") << 1 << QStringLiteral("must start with");
    QTest::newRow("unterminated") << QByteArray("---\ntitle: T\n# Body\n") << 1
                                  << QStringLiteral("never closed");
    QTest::newRow("invalid yaml") << QByteArray("---\ntitle: T\nsection: a: b\n---\n") << 3
                                  << QStringLiteral("invalid YAML");
    QTest::newRow("invalid yaml, crlf")
        << QByteArray("---\r\ntitle: T\r\n\r\nkey: *nope\r\n---\r\n") << 4
        << QStringLiteral("invalid YAML");
    QTest::newRow("top level list")
        << QByteArray("---\n- a\n- b\n---\n") << 2 << QStringLiteral("mapping");
    QTest::newRow("top level text")
        << QByteArray("---\njust text\n---\n") << 2 << QStringLiteral("mapping");
    QTest::newRow("title missing")
        << QByteArray("---\nsection: s\norder: 1\n---\n") << 1 << QStringLiteral("'title'");
    QTest::newRow("empty block") << QByteArray("---\n---\n") << 1 << QStringLiteral("'title'");
    QTest::newRow("title flow list")
        << QByteArray("---\nsection: s\ntitle: [a, b]\n---\n") << 3 << QStringLiteral("'title'");
    QTest::newRow("title block list")
        << QByteArray("---\nsection: s\ntitle:\n  - a\n---\n") << 4 << QStringLiteral("'title'");
    QTest::newRow("title mapping")
        << QByteArray("---\ntitle: {a: b}\n---\n") << 2 << QStringLiteral("'title'");
    QTest::newRow("title empty string")
        << QByteArray("---\nx: 1\ntitle: \"\"\n---\n") << 3 << QStringLiteral("'title'");
    QTest::newRow("title without value")
        << QByteArray("---\nx: 1\ntitle:\n---\n") << 3 << QStringLiteral("'title'");
    QTest::newRow("order not a number")
        << QByteArray("---\ntitle: T\n\norder: abc\n---\n") << 4 << QStringLiteral("'order'");
    QTest::newRow("order fraction")
        << QByteArray("---\ntitle: T\norder: 1.5\n---\n") << 3 << QStringLiteral("whole number");
    QTest::newRow("order list") << QByteArray("---\ntitle: T\norder: [1]\n---\n") << 3
                                << QStringLiteral("'order'");
    QTest::newRow("order not a number, crlf and bom")
        << QByteArray("\xEF\xBB\xBF---\r\ntitle: T\r\norder: abc\r\n---\r\n") << 3
        << QStringLiteral("'order'");
    QTest::newRow("section list") << QByteArray("---\ntitle: T\nsection: [a]\n---\n") << 3
                                  << QStringLiteral("'section'");
    QTest::newRow("description mapping") << QByteArray("---\ntitle: T\ndescription: {a: b}\n---\n")
                                         << 3 << QStringLiteral("'description'");
    QTest::newRow("url list") << QByteArray("---\ntitle: T\nurl: [a]\n---\n") << 3
                              << QStringLiteral("'url'");
    QTest::newRow("duplicate key") << QByteArray("---\ntitle: A\nsection: s\ntitle: B\n---\n") << 4
                                   << QStringLiteral("duplicate");
}

void TestFrontMatter::parse_invalidFile_reportsLineAndProblem()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(QString, mentions);

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY(!matter);
    const ContentError &error = matter.error();
    QCOMPARE(error.file, fileName);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
}

// What could make a few hundred bytes cost gigabytes is refused at its line before any tree of
// it is built or walked.
void TestFrontMatter::parse_hostileYaml_refusedByLine_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QString anchors = QStringLiteral(
        "front matter uses the YAML anchor '%1': anchors and aliases are not accepted (a few "
        "nested ones can expand a small file into gigabytes); write the value out instead");
    QTest::newRow("billion laughs") << billionLaughs() << 3 << anchors.arg(QStringLiteral("&l0"));
    QTest::newRow("anchor and alias")
        << QByteArray("---\ntitle: T\nbase: &base [x]\ncopy: *base\n---\n") << 3
        << anchors.arg(QStringLiteral("&base"));
    QTest::newRow("anchor on the title")
        << QByteArray("---\ntitle: &t T\n---\n") << 2 << anchors.arg(QStringLiteral("&t"));
    QTest::newRow("deep flow nesting")
        << QByteArray("---\ntitle: T\nx: " + QByteArray(1000, '[') + QByteArray(1000, ']') +
                      "\n---\n")
        << 3
        << QStringLiteral("front matter nests lists and mappings more than 32 levels deep; it is "
                          "meant for a title and a few short fields");
    QTest::newRow("too many values")
        << QByteArray("---\ntitle: T\nx: [" + QByteArray("1, ").repeated(20000) + "1]\n---\n") << 3
        << QStringLiteral("front matter holds more than 10000 values; it is meant for a title and "
                          "a few short fields");
}

void TestFrontMatter::parse_hostileYaml_refusedByLine()
{
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(QString, message);

    const ContentResult<FrontMatter> matter = FrontMatter::parse(source, fileName);

    QVERIFY(!matter);
    QCOMPARE(matter.error().toString(),
             QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message));
}

void TestFrontMatter::parse_invalidFile_leavesBodyUntouched()
{
    QByteArray body = "unchanged";

    QVERIFY(!FrontMatter::parse("---\norder: 1\n---\n", fileName, &body));
    QCOMPARE(body, QByteArray("unchanged"));
}

void TestFrontMatter::parse_nullBody_accepted()
{
    QVERIFY(FrontMatter::parse("---\ntitle: T\n---\n", fileName, nullptr));
    QVERIFY(!FrontMatter::parse("# no front matter\n", fileName, nullptr));
}

QTEST_APPLESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
