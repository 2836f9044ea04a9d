#include "contentchecks.h"
#include "contentgenerator.h"
#include "inprocessrenderer.h"
#include "renderlimits.h"
#include "scratchfiles.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kTemplate = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/page.html");
const QString kStyle = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/style.css");
constexpr int kProcessTimeoutMs = 30000;

// Reviewed by the Security team on 2026-01-10, due again 2026-07-10; its second answer is the
// Legal team's, due 2099-01-01.
const QByteArray kReviewed = "---\n"
                             "title: Policies\n"
                             "owner: Security team\n"
                             "reviewed: 2026-01-10\n"
                             "review-by: 2026-07-10\n"
                             "reviews:\n"
                             "  do-you-keep-audit-logs:\n"
                             "    owner: Legal team\n"
                             "    review-by: 2099-01-01\n"
                             "---\n"
                             "\n"
                             "## Is customer data encrypted at rest?\n"
                             "\n"
                             "Yes, with AES-256.\n"
                             "\n"
                             "## Do you keep audit logs?\n"
                             "\n"
                             "For a year.\n";

QByteArray document(const QByteArray &frontMatter, const QByteArray &body)
{
    return "---\ntitle: Doc\n" + frontMatter + "---\n\n" + body;
}

ContentGenerator generator(QDate today)
{
    ContentGenerator generator(
        std::make_unique<InProcessRenderer>(SourceReader(RenderLimits().maxInputBytes)),
        ScratchFiles::contents(kTemplate), kTemplate, ScratchFiles::contents(kStyle));
    generator.setToday(today);
    return generator;
}

QStringList lines(const QList<ContentError> &problems)
{
    QStringList result;
    for (const ContentError &problem : problems)
        result.append(problem.toString());
    return result;
}

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

ProcessResult runGenerator(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TRUSTBOOK_GEN_PATH), arguments);
    const bool finished = process.waitForFinished(kProcessTimeoutMs);
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestContentChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_overdueReview_warnsAndStillWrites_data();
    void generate_overdueReview_warnsAndStillWrites();
    void generate_strict_failsOnWarningsAndWritesNothing();
    void tool_buildWarnsOnOverdueReview_strictFails();
    void tool_check_reportsEachProblem_data();
    void tool_check_reportsEachProblem();
    void tool_check_writesNothingAndNeedsNoTemplate();
};

void TestContentChecks::generate_overdueReview_warnsAndStillWrites_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("warnings");

    const QString overdue = QStringLiteral(
        "/policies.md:12: review overdue: \u201cIs customer data encrypted at rest?\u201d was due "
        "for review by 2026-07-10 (owner: Security team)");
    QTest::newRow("before review-by") << QDate(2026, 7, 9) << QStringList();
    QTest::newRow("on review-by, still on time") << QDate(2026, 7, 10) << QStringList();
    QTest::newRow("the day after") << QDate(2026, 7, 11) << QStringList(overdue);
    // The section's own review-by holds for it, not the document's.
    QTest::newRow("years later") << QDate(2098, 12, 31) << QStringList(overdue);
}

void TestContentChecks::generate_overdueReview_warnsAndStillWrites()
{
    QFETCH(QDate, today);
    QFETCH(QStringList, warnings);
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("policies.md")), kReviewed));
    QList<ContentError> found;

    const Result<Done, QList<ContentError>> generated =
        generator(today).generate(content.path(), output.path(), &found);

    QVERIFY(generated);
    QStringList expected;
    for (const QString &warning : warnings)
        expected.append(content.path() + warning);
    QCOMPARE(lines(found), expected);
    QVERIFY(QFile::exists(output.filePath(QStringLiteral("manifest.json"))));
}

void TestContentChecks::generate_strict_failsOnWarningsAndWritesNothing()
{
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("policies.md")), kReviewed));
    ContentGenerator strict = generator(QDate(2026, 8, 1));
    strict.setStrict(true);

    const Result<Done, QList<ContentError>> generated =
        strict.generate(content.path(), output.path());

    QVERIFY(!generated);
    QCOMPARE(lines(generated.error()),
             QStringList(content.path() +
                         QStringLiteral("/policies.md:12: review overdue: \u201cIs customer data "
                                        "encrypted at rest?\u201d was due for review by "
                                        "2026-07-10 (owner: Security team)")));
    QVERIFY(QDir(output.path()).isEmpty());
}

// The build says "warning:" and goes on; --strict makes the same line an error.
void TestContentChecks::tool_buildWarnsOnOverdueReview_strictFails()
{
    const QTemporaryDir content;
    const QTemporaryDir output;
    // Due long ago, whatever day the test runs.
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("old.md")),
                              document("owner: Ops\nreviewed: 2001-01-01\nreview-by: 2002-01-01\n",
                                       "## Do you patch?\n\nWeekly.\n")));
    const QStringList arguments{
        QStringLiteral("--content"), content.path(), QStringLiteral("--template"), kTemplate,
        QStringLiteral("--style"),   kStyle,         QStringLiteral("--output"),   output.path()};
    const QString problem =
        content.filePath(QStringLiteral("old.md")) +
        QStringLiteral(":8: %1review overdue: \u201cDo you patch?\u201d was due for review by "
                       "2002-01-01 (owner: Ops)\n");

    const ProcessResult build = runGenerator(arguments);
    const ProcessResult strict = runGenerator(arguments + QStringList(QStringLiteral("--strict")));

    QCOMPARE(build.exitCode, 0);
    QCOMPARE(build.err, problem.arg(QStringLiteral("warning: ")));
    QCOMPARE(strict.exitCode, 1);
    QCOMPARE(strict.err, problem.arg(QString()));
}

void TestContentChecks::tool_check_reportsEachProblem_data()
{
    QTest::addColumn<QByteArray>("first");  // a.md
    QTest::addColumn<QByteArray>("second"); // b.md
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("report"); // after the folder's path

    const QByteArray clean = document({}, "## Do you encrypt backups?\n\nYes.\n");
    const QByteArray other = document({}, "## Who can read production logs?\n\nOn-call staff.\n");
    QTest::newRow("clean") << clean << other << false << 0 << QStringList();
    QTest::newRow("clean, strict") << clean << other << true << 0 << QStringList();
    QTest::newRow("bad date")
        << document("reviewed: 2026-13-01\n", "## Q?\n\nA.\n") << other << false << 1
        << QStringList(QStringLiteral(
               "/a.md:3: 'reviewed' must be a date written YYYY-MM-DD, got '2026-13-01'"));
    QTest::newRow("review-by before reviewed")
        << document("reviewed: 2026-05-02\nreview-by: 2026-05-01\n", "## Q?\n\nA.\n") << other
        << false << 1
        << QStringList(QStringLiteral("/a.md:4: 'review-by' 2026-05-01 is before 'reviewed' "
                                      "2026-05-02: the next review cannot be due before the last "
                                      "one"));
    QTest::newRow("section override before document's reviewed")
        << document("reviewed: 2026-05-02\nreviews:\n  q: {review-by: 2026-04-01}\n",
                    "## Q?\n\nA.\n")
        << other << false << 1
        << QStringList(QStringLiteral("/a.md:5: section 'q' would be due for review on "
                                      "2026-04-01, before it was reviewed on 2026-05-02"));
    QTest::newRow("review of a section that is not there")
        << document("reviews:\n  missing: {owner: X}\n", "## Q?\n\nA.\n") << other << false << 1
        << QStringList(QStringLiteral("/a.md:4: 'reviews' names section 'missing', which this "
                                      "document does not have (a section's id is its heading's "
                                      "anchor, as in links)"));
    QTest::newRow("broken link")
        << document({}, "## Q?\n\nSee [the logs](trustbook://b/who-can-read-logs).\n") << other
        << false << 1
        << QStringList(QStringLiteral("/a.md:7: no such section: the link to "
                                      "'trustbook://b/who-can-read-logs' leads nowhere"));
    QTest::newRow("overdue review")
        << document("reviewed: 2001-01-01\nreview-by: 2002-01-01\n", "## Q?\n\nA.\n") << other
        << false << 0
        << QStringList(QStringLiteral("/a.md:7: warning: review overdue: \u201cQ?\u201d was due "
                                      "for review by 2002-01-01"));
    QTest::newRow("overdue review, strict")
        << document("review-by: 2002-01-01\n", "## Q?\n\nA.\n") << other << true << 1
        << QStringList(QStringLiteral("/a.md:6: review overdue: \u201cQ?\u201d was due for "
                                      "review by 2002-01-01"));
    QTest::newRow("empty answer")
        << document({}, "## Q?\n\n## R?\n\nA.\n") << other << false << 0
        << QStringList(QStringLiteral("/a.md:5: warning: empty answer: \u201cQ?\u201d has nothing "
                                      "under its heading"));
    QTest::newRow("duplicate across documents")
        << clean << document({}, "## Do you encrypt BACKUPS?!\n\nWe do.\n") << false << 0
        << QStringList(QStringLiteral("/b.md:5: warning: duplicate question: \u201cDo you encrypt "
                                      "BACKUPS?!\u201d is also asked at %1/a.md:5"));
    QTest::newRow("near-duplicate")
        << document({}, "## Is customer data encrypted at rest?\n\nYes.\n")
        << document({}, "## Is the data of customers encrypted at rest?\n\nYes.\n") << false << 0
        << QStringList(QStringLiteral(
               "/b.md:5: warning: near-duplicate question: \u201cIs the data of customers "
               "encrypted at rest?\u201d is much the same as \u201cIs customer data encrypted at "
               "rest?\u201d at %1/a.md:5"));
    QTest::newRow("errors and warnings together, in file order")
        << document("review-by: 2002-01-01\n", "## Q?\n\n[x](#nowhere)\n")
        << document({}, "## R?\n") << false << 1
        << QStringList({QStringLiteral("/a.md:8: no such section: the link to '#nowhere' leads "
                                       "nowhere"),
                        QStringLiteral("/a.md:6: warning: review overdue: \u201cQ?\u201d was due "
                                       "for review by 2002-01-01"),
                        QStringLiteral("/b.md:5: warning: empty answer: \u201cR?\u201d has "
                                       "nothing under its heading")});
}

void TestContentChecks::tool_check_reportsEachProblem()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(bool, strict);
    QFETCH(int, exitCode);
    QFETCH(QStringList, report);
    const QTemporaryDir content;
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("a.md")), first));
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("b.md")), second));
    QStringList arguments{QStringLiteral("--check"), content.path()};
    if (strict)
        arguments.append(QStringLiteral("--strict"));

    const ProcessResult result = runGenerator(arguments);

    QString expected;
    for (const QString &line : report)
        expected += content.path() +
                    (line.contains(QLatin1String("%1")) ? line.arg(content.path()) : line) +
                    QLatin1Char('\n');
    QCOMPARE(result.out, expected);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.exitCode, exitCode);
}

void TestContentChecks::tool_check_writesNothingAndNeedsNoTemplate()
{
    const QTemporaryDir content;
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("a.md")), kReviewed));

    const ProcessResult result = runGenerator({QStringLiteral("--check"), content.path()});
    const ProcessResult withOutput =
        runGenerator({QStringLiteral("--check"), content.path(), QStringLiteral("--output"),
                      content.filePath(QStringLiteral("out"))});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(ScratchFiles::filesIn(content.path()), QStringList(QStringLiteral("a.md")));
    QCOMPARE(QDir(content.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(withOutput.exitCode, 2);
    QVERIFY2(withOutput.err.contains(QLatin1String("--check builds nothing")),
             qPrintable(withOutput.err));
}

QTEST_GUILESS_MAIN(TestContentChecks)
#include "tst_contentchecks.moc"
