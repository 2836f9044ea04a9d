#include "contentgenerator.h"
#include "generatortestsupport.h"
#include "inprocessrenderer.h"
#include "isolatedrenderer.h"
#include "markupregistry.h"
#include "renderlimits.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

using GeneratorTest::readAll;
using GeneratorTest::readTree;

const QString kRealContent = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/content");
const QString kRealTemplate = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/page.html");
const QString kRealStyle = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/style.css");
const QString kGenerator = QStringLiteral(TRUSTBOOK_GEN_PATH);
const QByteArray kFrontMatter = QByteArrayLiteral("---\ntitle: Hostile\n---\n");
// Loose on purpose: the point is "bounded by the budget" (no hang), not a benchmark; the
// machine may be busy with other builds.
constexpr qint64 kRunLimitMs = 20000;
// Test content is small: without this the generator renders it all in one child, and the
// tests of several children at once would test one.
const QString kEveryFileWorthAChild = QStringLiteral("--bytes-per-child=1");

// cmark-gfm 0.29.0.gfm.6 takes quadratic time on this: about 1.6 s for n = 8000 (24 KB) after
// front matter on an idle machine (about 6 s for n = 16000), far over the 2 s budget the
// tests give: a budget wide enough that a busy machine still renders the good files in time.
QByteArray quadraticList(int n)
{
    return kFrontMatter + QByteArray("- ").repeated(n) + 'x' + QByteArray(n, '\n');
}

// The abort() input of docs/platform-notes.md. At n = 20000 (80 KB) the library does abort
// ("cmark_strbuf_grow requests buffer with size > 1073741823"), but without a memory limit only
// after about 3 s and 3 GB of memory.
QByteArray abortInput(int n)
{
    return kFrontMatter + "[f]:u\n\"\n" + QByteArray("[f]\n").repeated(n) + "[f]:u \"t\n";
}

// Each of the 2000 references repeats the 1000-byte title: 9 KB of input, 2 MB of HTML.
QByteArray referenceBlowUp()
{
    return kFrontMatter + "[f]: u \"" + QByteArray(1000, 't') + "\"\n\n" +
           QByteArray("[f] ").repeated(2000) + '\n';
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList toolArguments(const QString &content, const QString &output,
                          const QStringList &options = {})
{
    return QStringList{
               QStringLiteral("--content"), content,    QStringLiteral("--template"), kRealTemplate,
               QStringLiteral("--style"),   kRealStyle, QStringLiteral("--output"),   output} +
           options;
}

// trustbook-gen, started with core dumps off: the crash test aborts its child on purpose.
void startGenerator(QProcess *process, const QStringList &arguments)
{
    process->setChildProcessModifier([] {
        const rlimit noCore{0, 0};
        setrlimit(RLIMIT_CORE, &noCore);
    });
    process->start(kGenerator, arguments);
}

struct ToolRun
{
    int exitCode = -1; // -1 when it did not finish normally within the test's patience
    QByteArray err;
    qint64 elapsedMs = 0;
};

ToolRun finish(QProcess *process, const QElapsedTimer &clock)
{
    const bool finished = process->waitForFinished(30000);
    return {finished && process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            process->readAllStandardError(), clock.elapsed()};
}

ToolRun runTool(const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QProcess process;
    startGenerator(&process, arguments);
    return finish(&process, clock);
}

// The pid of a child of `parent` that has spent over `cpuMs` of CPU time, as a child stuck in
// a slow input does and one that rendered the FAQ does not; 0 while there is none (Linux).
qint64 busyChild(qint64 parent, qint64 cpuMs)
{
    // Children of any of its threads: each worker thread starts its own.
    QByteArray children;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(parent);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        children += readAll(tasks + QLatin1Char('/') + task + QLatin1String("/children")) + ' ';
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    for (const QByteArray &pid : children.split(' ')) {
        if (pid.isEmpty())
            continue;
        // Fields 14 and 15 are utime and stime; the command name before them may hold spaces.
        const QByteArray stat =
            readAll(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(pid)));
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12 &&
            (fields.at(11).toLongLong() + fields.at(12).toLongLong()) * 1000 / ticksPerSecond >
                cpuMs)
            return pid.toLongLong();
    }
    return 0;
}

// A content folder holding a copy of the real FAQ and `hostile.md`.
bool makeContent(const QTemporaryDir &content, const QByteArray &hostile)
{
    return QFile::copy(kRealContent + QLatin1String("/security-faq.md"),
                       content.filePath(QStringLiteral("security-faq.md"))) &&
           writeFile(content.filePath(QStringLiteral("hostile.md")), hostile);
}

// An output folder that already holds a build, which a failed run must leave as it is.
bool makePreviousOutput(const QTemporaryDir &output)
{
    return QDir(output.path()).mkdir(QStringLiteral("pages")) &&
           writeFile(output.filePath(QStringLiteral("manifest.json")), "previous manifest") &&
           writeFile(output.filePath(QStringLiteral("pages/security-faq.html")), "previous page");
}

QByteArray entryJson(const DocumentEntry &entry)
{
    return Manifest{QString(), {entry}}.toJson();
}

} // namespace

class TestIsolatedRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tool_hostileFile_failsNamingFileAndReason_data();
    void tool_hostileFile_failsNamingFileAndReason();
    void tool_pathologicalInput_rendersOrStopsInTime_data();
    void tool_pathologicalInput_rendersOrStopsInTime();
    void tool_rendererAborts_reportsSignalAndWritesNothing();
    void tool_fileOverMemoryLimit_failsNamingFileAndLimit_data();
    void tool_fileOverMemoryLimit_failsNamingFileAndLimit();
    void tool_severalBadFiles_eachNamedOthersStillChecked_data();
    void tool_severalBadFiles_eachNamedOthersStillChecked();
    void tool_goodContent_sameBytesAsInProcess_data();
    void tool_goodContent_sameBytesAsInProcess();
    void tool_badLimit_exitsTwo_data();
    void tool_badLimit_exitsTwo();
    void render_goodFile_sameDocumentAsInProcess();
    void render_missingProgram_namesFileAndProgram();
    void extensions_areTheChildsFormats();
};

void TestIsolatedRenderer::tool_hostileFile_failsNamingFileAndReason_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("error"); // what follows ".../hostile.md"

    const QStringList smallBudget{QStringLiteral("--time-budget-ms"), QStringLiteral("2000")};
    const QString tooSlow = QStringLiteral(": rendering took longer than 2 s (cmark-gfm has "
                                           "known quadratic inputs); the file was not rendered");
    QTest::newRow("quadratic list") << quadraticList(16000) << smallBudget << tooSlow;
    QTest::newRow("reference blow-up")
        << referenceBlowUp() << QStringList{QStringLiteral("--max-output-bytes=1000000")}
        << QStringLiteral(": the rendered output grew beyond 1000000 bytes (reference links can "
                          "multiply the input); the file was not rendered");
    QTest::newRow("nested YAML aliases")
        << QByteArray("---\ntitle: T\na: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n---\n")
        << QStringList()
        << QStringLiteral(":3: front matter uses the YAML anchor '&a': anchors and aliases are "
                          "not accepted (a few nested ones can expand a small file into "
                          "gigabytes); write the value out instead");
    QTest::newRow("over the input limit")
        << QByteArray(kFrontMatter + QByteArray(5000, 'a'))
        << QStringList{QStringLiteral("--max-input-bytes=5000")}
        << QStringLiteral(": the file has 5023 bytes, more than the limit of 5000 "
                          "(--max-input-bytes); the file was not rendered");

    // Offsets count bytes from 0: the front matter is 23 bytes, "é✓😀" 2 + 3 + 4.
    const QString badByte = QStringLiteral(":%1: invalid UTF-8 at byte offset %2 (0x%3); the "
                                           "file must be UTF-8");
    QTest::newRow("stray 0xff") << QByteArray(kFrontMatter + "ok\nab\xff\n") << QStringList()
                                << badByte.arg(5).arg(28).arg(QLatin1String("ff"));
    QTest::newRow("after multi-byte characters")
        << QByteArray(kFrontMatter + "\xc3\xa9\xe2\x9c\x93\xf0\x9f\x98\x80\x80\n") << QStringList()
        << badByte.arg(4).arg(32).arg(QLatin1String("80"));
    QTest::newRow("overlong '/'") << QByteArray(kFrontMatter + "\xc0\xaf") << QStringList()
                                  << badByte.arg(4).arg(23).arg(QLatin1String("c0"));
    QTest::newRow("surrogate") << QByteArray(kFrontMatter + "\n\xed\xa0\x80") << QStringList()
                               << badByte.arg(5).arg(24).arg(QLatin1String("ed"));
    QTest::newRow("above U+10FFFF")
        << QByteArray(kFrontMatter + "\xf4\x90\x80\x80") << QStringList()
        << badByte.arg(4).arg(23).arg(QLatin1String("f4"));
    QTest::newRow("cut short at the end") << QByteArray(kFrontMatter + "caf\xc3") << QStringList()
                                          << badByte.arg(4).arg(26).arg(QLatin1String("c3"));
    QTest::newRow("in the front matter")
        << QByteArray("---\ntitle: \xe9t\xe9\n---\n") << QStringList()
        << badByte.arg(2).arg(11).arg(QLatin1String("e9"));
}

void TestIsolatedRenderer::tool_hostileFile_failsNamingFileAndReason()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, options);
    QFETCH(QString, error);
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(makeContent(content, source));
    QVERIFY(makePreviousOutput(output));
    const QMap<QString, QByteArray> before = readTree(output.path());

    const ToolRun run = runTool(toolArguments(content.path(), output.path(), options));

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err),
             QString(content.filePath(QStringLiteral("hostile.md")) + error + QLatin1Char('\n')));
    QCOMPARE(readTree(output.path()), before);
    QVERIFY2(run.elapsedMs < kRunLimitMs, qPrintable(QString::number(run.elapsedMs)));
}

// The crash path, without the 3 GB the real abort() input needs: the child gets the signal
// abort() raises while it is busy with a quadratic input.
void TestIsolatedRenderer::tool_rendererAborts_reportsSignalAndWritesNothing()
{
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(makeContent(content, quadraticList(12000)));
    QVERIFY(makePreviousOutput(output));
    const QMap<QString, QByteArray> before = readTree(output.path());
    QElapsedTimer clock;
    clock.start();
    QProcess generator;
    startGenerator(&generator, toolArguments(content.path(), output.path(),
                                             {QStringLiteral("--time-budget-ms=60000")}));
    QVERIFY(generator.waitForStarted());

    // The FAQ takes milliseconds; wait for the child that is stuck in hostile.md.
    qint64 child = 0;
    QTRY_VERIFY_WITH_TIMEOUT((child = busyChild(generator.processId(), 300)) > 0, kRunLimitMs);
    QCOMPARE(::kill(static_cast<pid_t>(child), SIGABRT), 0);
    const ToolRun run = finish(&generator, clock);

    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err),
             QString(content.filePath(QStringLiteral("hostile.md")) +
                     QLatin1String(": the markdown renderer aborted (signal 6), as cmark-gfm "
                                   "does on some inputs and when it reaches the memory limit of "
                                   "1 GiB (--max-memory-bytes); the file was not rendered\n")));
    QCOMPARE(readTree(output.path()), before);
    QVERIFY2(run.elapsedMs < kRunLimitMs, qPrintable(QString::number(run.elapsedMs)));
}

// Inputs that would take gigabytes: each child's address space is capped, so they stop at the
// limit, fast, and fail by name (the abort() input used to run to its 3 GB before it aborted).
void TestIsolatedRenderer::tool_fileOverMemoryLimit_failsNamingFileAndLimit_data()
{
    QTest::addColumn<QByteArray>("source");

    // 100 KB of link destination, used 12,000 times: 1.2 GB of HTML.
    QTest::newRow("reference blow-up")
        << QByteArray(kFrontMatter + "[f]: /" + QByteArray(100000, 'a') + "\n\n" +
                      QByteArray("[f] ").repeated(12000) + '\n');
    QTest::newRow("abort() input, 80 KB") << abortInput(20000);
}

void TestIsolatedRenderer::tool_fileOverMemoryLimit_failsNamingFileAndLimit()
{
    QFETCH(QByteArray, source);
    if (!RenderLimits::kMemoryLimitApplied)
        QSKIP("AddressSanitizer needs more address space than any limit allows");
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(makeContent(content, source));
    QVERIFY(makePreviousOutput(output));
    const QMap<QString, QByteArray> before = readTree(output.path());

    const ToolRun run = runTool(toolArguments(content.path(), output.path(),
                                              {QStringLiteral("--max-memory-bytes=268435456"),
                                               QStringLiteral("--jobs=2"), kEveryFileWorthAChild}));

    QCOMPARE(run.exitCode, 1);
    // cmark-gfm says "[cmark] calloc returned null pointer, aborting" on its way out.
    const QByteArray expected = content.filePath(QStringLiteral("hostile.md")).toUtf8() +
                                ": the markdown renderer aborted (signal 6), as cmark-gfm does on "
                                "some inputs and when it reaches the memory limit of 256 MiB "
                                "(--max-memory-bytes); the file was not rendered\n";
    QVERIFY2(run.err.endsWith(expected), run.err.constData());
    QCOMPARE(run.err.count('\n'), 2);
    QCOMPARE(readTree(output.path()), before);
    QVERIFY2(run.elapsedMs < kRunLimitMs, qPrintable(QString::number(run.elapsedMs)));
}

// Children are reused from file to file: after one is killed (too slow, too much output) the
// next file must get a fresh child, every failure must name its own file, and the files that
// follow must still be checked, whichever worker took them.
void TestIsolatedRenderer::tool_severalBadFiles_eachNamedOthersStillChecked_data()
{
    QTest::addColumn<QString>("jobs");
    QTest::newRow("one job") << QStringLiteral("1");
    QTest::newRow("two jobs") << QStringLiteral("2");
    QTest::newRow("four jobs") << QStringLiteral("4");
}

void TestIsolatedRenderer::tool_severalBadFiles_eachNamedOthersStillChecked()
{
    QFETCH(QString, jobs);
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(makeContent(content, quadraticList(16000))); // hostile.md, beside the FAQ
    const QMap<QString, QByteArray> files{
        {QStringLiteral("a-blow-up.md"), referenceBlowUp()},
        {QStringLiteral("b-good.md"), kFrontMatter + "## Fine?\n\nYes.\n"},
        {QStringLiteral("c-slow.md"), quadraticList(16000)},
        {QStringLiteral("d-bad-utf8.md"), kFrontMatter + "ok\n\xff\n"},
        {QStringLiteral("e-good.md"), kFrontMatter + "## Also fine?\n\nYes.\n"}};
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(writeFile(content.filePath(it.key()), it.value()));
    QVERIFY(makePreviousOutput(output));
    const QMap<QString, QByteArray> before = readTree(output.path());

    const ToolRun run = runTool(toolArguments(
        content.path(), output.path(),
        {QStringLiteral("--jobs=") + jobs, kEveryFileWorthAChild,
         QStringLiteral("--time-budget-ms=2000"), QStringLiteral("--max-output-bytes=1000000")}));

    const QString slow = QStringLiteral(": rendering took longer than 2 s (cmark-gfm has "
                                        "known quadratic inputs); the file was not rendered");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             (QStringList{content.filePath(QStringLiteral("a-blow-up.md")) +
                              QStringLiteral(": the rendered output grew beyond 1000000 bytes "
                                             "(reference links can multiply the input); the "
                                             "file was not rendered"),
                          content.filePath(QStringLiteral("c-slow.md")) + slow,
                          content.filePath(QStringLiteral("d-bad-utf8.md")) +
                              QStringLiteral(":5: invalid UTF-8 at byte offset 26 (0xff); the "
                                             "file must be UTF-8"),
                          content.filePath(QStringLiteral("hostile.md")) + slow}));
    QCOMPARE(readTree(output.path()), before);
    QVERIFY2(run.elapsedMs < kRunLimitMs, qPrintable(QString::number(run.elapsedMs)));
}

void TestIsolatedRenderer::tool_pathologicalInput_rendersOrStopsInTime_data()
{
    // The slow inputs of docs/platform-notes.md (cmark's pathological tests and the 2023
    // advisories). How long Debian's cmark-gfm takes on each depends on the machine (0.2 to 5 s
    // here at these sizes), so the promise checked is the build's: it renders, or it stops at the
    // budget and names the file, and never hangs.
    QTest::addColumn<QByteArray>("markdown");
    QTest::newRow("nested image brackets") << QByteArray("![[]()").repeated(8000);
    QTest::newRow("blockquotes then emphasis")
        << QByteArray(">").repeated(8000) + QByteArray("a*").repeated(8000);
    QTest::newRow("www autolinks with underscores") << QByteArray("z_www.").repeated(8000);
    QTest::newRow("table delimiter rows") << QByteArray("|-\nt>|-\n").repeated(6000);
    const QByteArray row = "|" + QByteArray("b|").repeated(1000) + "\n";
    QTest::newRow("1000 columns by 1000 rows")
        << QByteArray("|" + QByteArray("a|").repeated(1000) + "\n|" +
                      QByteArray("-|").repeated(1000) + "\n" + row.repeated(1000));
}

void TestIsolatedRenderer::tool_pathologicalInput_rendersOrStopsInTime()
{
    QFETCH(QByteArray, markdown);
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(makeContent(content, kFrontMatter + markdown + '\n'));

    const ToolRun run =
        runTool(toolArguments(content.path(), output.path(),
                              {QStringLiteral("--time-budget-ms"), QStringLiteral("2000")}));

    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(QString::number(run.exitCode)));
    if (run.exitCode == 1)
        QCOMPARE(QString::fromUtf8(run.err),
                 QString(content.filePath(QStringLiteral("hostile.md")) +
                         QStringLiteral(": rendering took longer than 2 s (cmark-gfm has known "
                                        "quadratic inputs); the file was not rendered\n")));
    QVERIFY2(run.elapsedMs < kRunLimitMs, qPrintable(QString::number(run.elapsedMs)));
}

void TestIsolatedRenderer::tool_goodContent_sameBytesAsInProcess_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("jobs");

    QTest::newRow("security FAQ") << kRealContent << QStringLiteral("1");
    const QString ordering = QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/generator/ordering");
    QTest::newRow("five documents, one job") << ordering << QStringLiteral("1");
    QTest::newRow("five documents, three jobs") << ordering << QStringLiteral("3");
    QTest::newRow("five documents, more jobs than files") << ordering << QStringLiteral("9");
}

void TestIsolatedRenderer::tool_goodContent_sameBytesAsInProcess()
{
    QFETCH(QString, content);
    QFETCH(QString, jobs);
    const QTemporaryDir inProcess;
    const QTemporaryDir isolated;
    const ContentGenerator generator(
        std::make_unique<InProcessRenderer>(SourceReader(RenderLimits().maxInputBytes)),
        readAll(kRealTemplate), kRealTemplate, readAll(kRealStyle));
    QList<ContentError> warnings;
    QVERIFY(generator.generate(content, inProcess.path(), &warnings).isOk());
    QByteArray warned; // the same warnings (the ordering fixture asks "Question" five times)
    for (const ContentError &warning : warnings)
        warned +=
            ContentError{warning.file, warning.line, QStringLiteral("warning: ") + warning.message}
                .toString()
                .toUtf8() +
            '\n';

    const ToolRun run = runTool(toolArguments(
        content, isolated.path(), {QStringLiteral("--jobs=") + jobs, kEveryFileWorthAChild}));

    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, warned);
    const QMap<QString, QByteArray> expected = readTree(inProcess.path());
    QVERIFY(expected.contains(QStringLiteral("manifest.json")));
    QCOMPARE(readTree(isolated.path()), expected);
}

void TestIsolatedRenderer::tool_badLimit_exitsTwo_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");

    QTest::newRow("zero budget") << QStringLiteral("time-budget-ms") << QStringLiteral("0");
    QTest::newRow("negative input cap")
        << QStringLiteral("max-input-bytes") << QStringLiteral("-1");
    QTest::newRow("words for a number")
        << QStringLiteral("max-output-bytes") << QStringLiteral("lots");
    QTest::newRow("no jobs") << QStringLiteral("jobs") << QStringLiteral("0");
    QTest::newRow("no memory") << QStringLiteral("max-memory-bytes") << QStringLiteral("0");
    QTest::newRow("100 KB of digits, cut in the message")
        << QStringLiteral("max-output-bytes") << QString(100000, QLatin1Char('9'));
}

void TestIsolatedRenderer::tool_badLimit_exitsTwo()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    const QTemporaryDir output;

    const ToolRun run = runTool(toolArguments(
        kRealContent, output.path(), {QLatin1String("--") + option + QLatin1Char('=') + value}));

    QCOMPARE(run.exitCode, 2);
    const QString shown =
        value.size() <= 40 ? value
                           : value.left(40) + QStringLiteral("… (%1 characters)").arg(value.size());
    QCOMPARE(QString::fromUtf8(run.err),
             QStringLiteral("trustbook-gen: --%1 must be a positive whole number, got '%2'\n")
                 .arg(option, shown));
    QVERIFY(QDir(output.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
}

void TestIsolatedRenderer::render_goodFile_sameDocumentAsInProcess()
{
    const QString faq = kRealContent + QLatin1String("/security-faq.md");

    const RenderResult expected =
        InProcessRenderer(SourceReader(RenderLimits().maxInputBytes)).render(faq);
    const RenderResult actual = IsolatedRenderer(kGenerator, RenderLimits()).render(faq);

    QVERIFY2(expected, qPrintable(expected.error().toString()));
    QVERIFY2(actual, qPrintable(actual.error().toString()));
    QCOMPARE(actual->entry.sections.size(), 15);
    QCOMPARE(entryJson(actual->entry), entryJson(expected->entry));
    QCOMPARE(actual->bodyHtml, expected->bodyHtml);
    QCOMPARE(actual->searchText, expected->searchText);
}

void TestIsolatedRenderer::render_missingProgram_namesFileAndProgram()
{
    const QTemporaryDir empty;
    const QString program = empty.filePath(QStringLiteral("no-such-generator"));

    const RenderResult document =
        IsolatedRenderer(program, RenderLimits()).render(QStringLiteral("doc.md"));

    QVERIFY(!document);
    const ContentError &error = document.error();
    QCOMPARE(error.file, QStringLiteral("doc.md"));
    QVERIFY2(error.message.startsWith(
                 QStringLiteral("cannot start the markdown renderer %1: ").arg(program)),
             qPrintable(error.message));
}

// The parent names the documents by the formats the child renders, without linking them.
void TestIsolatedRenderer::extensions_areTheChildsFormats()
{
    QCOMPARE(IsolatedRenderer(kGenerator, RenderLimits()).extensions(),
             MarkupRegistry::standard().extensions());
}

QTEST_GUILESS_MAIN(TestIsolatedRenderer)
#include "tst_isolatedrenderer.moc"
