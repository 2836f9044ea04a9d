// The PDF export as the window and --export-pdf run it: in a child process of the app built
// with the tests' content. What a user notices: the PDF arrives; a Chromium that dies, or a
// child that stops answering, never takes this process along, is tried once more, and else
// reported with nothing written; Cancel stops the work and touches nothing.
#include "filetestsupport.h"
#include "pdfexportprocess.h"
#include "processtree.h"
#include "webtestsupport.h"

#include <QPdfDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

namespace {

constexpr int kExportWaitMs = 90000;

ExportChildProgram fixtureProgram()
{
    return {QStringLiteral(TRUSTBOOK_FIXTURE_PATH), {}};
}

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

} // namespace

// What happens to each child the export starts.
enum class Fault { None, KillChild, KillHelpers, StopChild };
Q_DECLARE_METATYPE(Fault)

class TestPdfExportProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void toFile_writesThePdfAndReportsProgress();
    void inMemory_handsTheBytesBack();
    void childFault_retriesOnceThenReportsNothingWritten_data();
    void childFault_retriesOnceThenReportsNothingWritten();
    void cancel_killsTheChildAndLeavesTheTarget();
    void destroyedMidExport_leavesNoChildAndNoFile();
    void programWithOtherContent_isRefusedSayingSo();
    void missingProgram_failsNamingIt();

private:
    PdfExportRequest requestFor(const QString &fileName) const;
    // Runs the export to its end; the result, or a failure saying it never finished.
    static PdfExportResult run(PdfExportProcess &exporter, const PdfExportRequest &request);

    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPdfExportProcess::initTestCase()
{
    qRegisterMetaType<PdfExportResult>();
    Result<ContentBundle> bundle = WebTest::builtInBundle();
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
}

void TestPdfExportProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

PdfExportRequest TestPdfExportProcess::requestFor(const QString &fileName) const
{
    PdfExportRequest request;
    request.places = {{0, -1}};
    request.filePath = fileName.isEmpty() ? QString() : m_dir->filePath(fileName);
    return request;
}

PdfExportResult TestPdfExportProcess::run(PdfExportProcess &exporter,
                                          const PdfExportRequest &request)
{
    QSignalSpy finished(&exporter, &PdfExportProcess::finished);
    if (const Result<Done> started = exporter.start(request); !started)
        return PdfExportResult::failure(started.error());
    if (!finished.wait(kExportWaitMs))
        return PdfExportResult::failure(QStringLiteral("no result within 90 s"));
    return WebTest::signalArgument<PdfExportResult>(finished.first().first());
}

void TestPdfExportProcess::toFile_writesThePdfAndReportsProgress()
{
    PdfExportProcess exporter(fixtureProgram(), m_bundle->catalog());
    QSignalSpy progress(&exporter, &PdfExportProcess::progress);
    const PdfExportRequest request = requestFor(QStringLiteral("document.pdf"));
    const PdfExportResult result = run(exporter, request);
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->filePath, request.filePath);
    QVERIFY(result->pdf.isEmpty()); // it is on disk, not held twice
    QPdfDocument pdf;
    QCOMPARE(pdf.load(request.filePath), QPdfDocument::Error::None);
    QCOMPARE(pdf.pageCount(), result->pageCount);
    const QString title = m_bundle->catalog().section({0, 0}).title;
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    QVERIFY2(text.simplified().contains(title), qPrintable(title));
    QVERIFY(!progress.isEmpty());
    QVERIFY(!exporter.isBusy());
}

void TestPdfExportProcess::inMemory_handsTheBytesBack()
{
    PdfExportProcess exporter(fixtureProgram(), m_bundle->catalog());
    const PdfExportResult result = run(exporter, requestFor({}));
    QVERIFY2(result, qPrintable(result.error()));
    QVERIFY(result->pdf.startsWith("%PDF-"));
    QVERIFY(result->pageCount >= 1);
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestPdfExportProcess::childFault_retriesOnceThenReportsNothingWritten_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("faultyChildren"); // the first ones; those after it run untouched
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("first child killed: the retry exports") << Fault::KillChild << 1 << true;
    QTest::newRow("every child killed") << Fault::KillChild << 2 << false;
    QTest::newRow("first child's Chromium helpers killed: the retry exports")
        << Fault::KillHelpers << 1 << true;
    QTest::newRow("every child's Chromium helpers killed") << Fault::KillHelpers << 2 << false;
    QTest::newRow("every child stops answering") << Fault::StopChild << 2 << false;
}

void TestPdfExportProcess::childFault_retriesOnceThenReportsNothingWritten()
{
    QFETCH(Fault, fault);
    QFETCH(int, faultyChildren);
    QFETCH(bool, succeeds);
    const QByteArray good("%PDF-1.4 the evidence filed last week\n");
    const PdfExportRequest request = requestFor(QStringLiteral("evidence.pdf"));
    QVERIFY(writeFile(request.filePath, good));

    PdfExportProcess exporter(fixtureProgram(), m_bundle->catalog());
    // A stopped child is silent for good; no need to wait the usual half minute. (Other rows
    // keep it: a child under load can take a while to start.)
    if (fault == Fault::StopChild)
        exporter.setStallTimeout(std::chrono::milliseconds(500));
    QList<qint64> children;
    int helpersKilled = 0;
    // Helpers start some time after the child; they are looked for until the export ends.
    QTimer helperHunt;
    helperHunt.setInterval(5);
    connect(&helperHunt, &QTimer::timeout, this, [&] {
        if (!children.isEmpty() && children.size() <= faultyChildren)
            helpersKilled += ProcessTree::killWebEngineHelpers(children.constLast());
    });
    connect(&exporter, &PdfExportProcess::childStarted, this, [&](int attempt) {
        const qint64 pid = exporter.childProcessId();
        children.append(pid);
        if (attempt > faultyChildren)
            return;
        if (fault == Fault::KillChild)
            ::kill(static_cast<pid_t>(pid), SIGKILL);
        else if (fault == Fault::StopChild)
            ::kill(static_cast<pid_t>(pid), SIGSTOP);
        else
            helperHunt.start();
    });
    const PdfExportResult result = run(exporter, request);
    helperHunt.stop();

    QCOMPARE(children.size(), 2); // one retry, never more
    if (fault == Fault::KillHelpers)
        QVERIFY(helpersKilled > 0);
    // Killed children are reaped once their end is seen, not waited for: gone soon after.
    for (const qint64 child : children)
        QTRY_VERIFY2(!processExists(child), "a child outlived its export");
    if (succeeds) {
        QVERIFY2(result, qPrintable(result.error()));
        QVERIFY(readFile(request.filePath).startsWith("%PDF-"));
        QVERIFY(readFile(request.filePath) != good);
    } else {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(request.filePath), qPrintable(result.error()));
        QVERIFY2(result.error().contains(QStringLiteral(
                     "the page renderer stopped while printing; nothing was written")),
                 qPrintable(result.error()));
        QCOMPARE(readFile(request.filePath), good);
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestPdfExportProcess::cancel_killsTheChildAndLeavesTheTarget()
{
    const QByteArray good("%PDF-1.4 the evidence filed last week\n");
    const PdfExportRequest request = requestFor(QStringLiteral("evidence.pdf"));
    QVERIFY(writeFile(request.filePath, good));
    PdfExportProcess exporter(fixtureProgram(), m_bundle->catalog());
    qint64 child = 0;
    connect(&exporter, &PdfExportProcess::progress, this, [&] {
        if (child == 0) {
            child = exporter.childProcessId();
            exporter.cancel();
        }
    });
    const PdfExportResult result = run(exporter, request);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("cancelled")), qPrintable(result.error()));
    QVERIFY(child > 0);
    QTRY_VERIFY(!processExists(child));
    QCOMPARE(readFile(request.filePath), good);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    // And the next export works.
    const PdfExportResult next = run(exporter, request);
    QVERIFY2(next, qPrintable(next.error()));
}

void TestPdfExportProcess::destroyedMidExport_leavesNoChildAndNoFile()
{
    const PdfExportRequest request = requestFor(QStringLiteral("never.pdf"));
    qint64 child = 0;
    {
        PdfExportProcess exporter(fixtureProgram(), m_bundle->catalog());
        QSignalSpy progress(&exporter, &PdfExportProcess::progress);
        QVERIFY(exporter.start(request));
        QVERIFY(progress.wait(kExportWaitMs));
        child = exporter.childProcessId();
    }
    QVERIFY(!processExists(child));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestPdfExportProcess::programWithOtherContent_isRefusedSayingSo()
{
    PdfExportProcess exporter({QStringLiteral(TRUSTBOOK_PATH), {}}, m_bundle->catalog());
    const PdfExportRequest request = requestFor(QStringLiteral("x.pdf"));
    const PdfExportResult result = run(exporter, request);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("other content")), qPrintable(result.error()));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestPdfExportProcess::missingProgram_failsNamingIt()
{
    const QString missing = m_dir->filePath(QStringLiteral("no-such-trustbook"));
    PdfExportProcess exporter({missing, {}}, m_bundle->catalog());
    const PdfExportResult result = run(exporter, requestFor(QStringLiteral("x.pdf")));
    QVERIFY(!result);
    QVERIFY2(result.error().contains(missing), qPrintable(result.error()));
    QVERIFY(!exporter.isBusy());
}

QTEST_MAIN(TestPdfExportProcess)
#include "tst_pdfexportprocess.moc"
