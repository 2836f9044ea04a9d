// `trustbook --export-pdf` as a script runs it: the real binary, no display, exit codes and
// output checked, every PDF read back with Qt PDF.
#include "pdftestsupport.h"
#include "processrunner.h"
#include "processtree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace {

const QString kTrustbook = QStringLiteral(TRUSTBOOK_PATH);
constexpr int kProcessTimeoutMs = 60000;

// The test environment (sandbox off for root, a runtime dir), minus any display: the command
// must find its own way to run headless.
ProcessResult runTrustbook(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    return runProcess(kTrustbook, arguments, environment, kProcessTimeoutMs);
}

// The processes other than `self` that hold `pipe` open, as "PID (NAME)".
QStringList holdersOf(int pipe, qint64 self)
{
    struct stat status;
    if (::fstat(pipe, &status) != 0)
        return {QStringLiteral("(fstat failed)")};
    const QByteArray link = "pipe:[" + QByteArray::number(quint64(status.st_ino)) + ']';
    QStringList holders;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (pid.toLongLong() <= 0 || pid.toLongLong() == self)
            continue;
        const QDir fds(proc.filePath(pid + QStringLiteral("/fd")));
        for (const QString &fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            char target[64];
            const ssize_t n =
                ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target);
            if (n != link.size() || QByteArray(target, n) != link)
                continue;
            QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
            const QString name = comm.open(QIODevice::ReadOnly)
                                     ? QString::fromUtf8(comm.readAll().trimmed())
                                     : QString();
            holders.append(QStringLiteral("%1 (%2)").arg(pid, name));
            break;
        }
    }
    return holders;
}

// Runs trustbook as `x=$(trustbook ... 2>&1)` does: its output and errors on pipes read to their
// end. Returns, at the moment the process has ended, who else still holds those pipes open,
// which such a script would go on waiting for; `exitCode` is the process's.
QStringList outputHoldersAtExit(const QStringList &arguments, int *exitCode)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    // Everything exec needs, made before the fork (after it only async-signal-safe calls).
    std::vector<QByteArray> strings{QFile::encodeName(kTrustbook)};
    for (const QString &argument : arguments)
        strings.push_back(argument.toLocal8Bit());
    const std::size_t argc = strings.size();
    for (const QString &variable : environment.toStringList())
        strings.push_back(variable.toLocal8Bit());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (std::size_t i = 0; i < strings.size(); ++i)
        (i < argc ? argv : envp).push_back(strings[i].data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    int output[2];
    if (::pipe2(output, O_CLOEXEC) != 0)
        return {QStringLiteral("(no pipe)")};
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::dup2(output[1], STDOUT_FILENO) >= 0 && ::dup2(output[1], STDERR_FILENO) >= 0)
            ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(output[1]);
    // Read as the script would while it waits, so a full pipe never stalls the command, until
    // the process has ended (its pidfd turns readable).
    ::fcntl(output[0], F_SETFL, O_NONBLOCK);
    const int ended = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
    pollfd watched[2] = {{output[0], POLLIN, 0}, {ended, POLLIN, 0}};
    char chunk[4096];
    while (ended >= 0 && !(watched[1].revents & POLLIN)) {
        if (::poll(watched, 2, kProcessTimeoutMs) == 0)
            break; // out of time: the caller's exit code says so
        ssize_t n = 0;
        while ((n = ::read(output[0], chunk, sizeof chunk)) > 0) {
        }
        if (n == 0)
            watched[0].fd = -1; // nobody writes any more
    }
    int status = 0;
    if (ended < 0 || !(watched[1].revents & POLLIN))
        ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    if (ended >= 0)
        ::close(ended);
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    const QStringList holders = holdersOf(output[0], QCoreApplication::applicationPid());
    ::close(output[0]);
    return holders;
}

QString pdfText(QPdfDocument &document)
{
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text();
    return text;
}

// Without whitespace and hyphens: a long title wraps, and Qt PDF gives a hyphen that ends a
// line as U+FFFE.
QString compact(QString text)
{
    static const QRegularExpression wrapping(QStringLiteral("[\\s\\x{FFFE}-]+"));
    return text.remove(wrapping);
}

// What the command prints for a PDF of `pages` pages, for scripts and in any language.
QString pagesLine(const QString &path, int pages)
{
    return path +
           (pages == 1 ? QStringLiteral(": 1 page\n") : QStringLiteral(": %1 pages\n").arg(pages));
}

} // namespace

class TestPdfExportCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void oneSection_exitsZeroPrintingPathAndPageCount();
    void allOnLetterLandscape_givesThatPageSize();
    void usageError_exitsTwoWritingNothing_data();
    void usageError_exitsTwoWritingNothing();
    void badTarget_exitsOneNamingPathAndReason_data();
    void badTarget_exitsOneNamingPathAndReason();
    void lang_givesTitleBlockAndErrorsInThatLanguage_data();
    void lang_givesTitleBlockAndErrorsInThatLanguage();
    void misuse_exitsTwoWritingNothing_data();
    void misuse_exitsTwoWritingNothing();
    void symlinkTarget_refusedLeavingLinkAndTargetAlone_data();
    void symlinkTarget_refusedLeavingLinkAndTargetAlone();
    void undecodablePath_exitsTwoWritingNothing();
    void exportTime_sameOptionsGiveIdenticalFiles();
    void scriptReadingTheOutput_isNotKeptWaitingAfterTheEnd();
    void verifyPdf_exitCodes_data();
    void verifyPdf_exitCodes();
    void dyingRenderer_isRetriedOnceElseExitsOneWritingNothing_data();
    void dyingRenderer_isRetriedOnceElseExitsOneWritingNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<ListedSection> m_sections; // what the binary holds, from its --list
};

void TestPdfExportCommand::initTestCase()
{
    m_sections = listedSections(runTrustbook({QStringLiteral("--list")}));
    QVERIFY(!m_sections.isEmpty());
}

void TestPdfExportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPdfExportCommand::oneSection_exitsZeroPrintingPathAndPageCount()
{
    const ListedSection &first = m_sections.constFirst();
    const QString path = m_dir->filePath(QStringLiteral("first.pdf"));
    const ProcessResult result = runTrustbook(
        {QStringLiteral("--export-pdf"), path, QStringLiteral("--section"), first.path});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QVERIFY(document.pageCount() >= 1);
    QCOMPARE(result.out, pagesLine(path, document.pageCount()));
    QVERIFY2(compact(pdfText(document)).contains(compact(first.title)), qPrintable(first.title));
}

void TestPdfExportCommand::allOnLetterLandscape_givesThatPageSize()
{
    const QString path = m_dir->filePath(QStringLiteral("all.pdf"));
    const ProcessResult result = runTrustbook(
        {QStringLiteral("--export-pdf"), path, QStringLiteral("--all"),
         QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--landscape")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QCOMPARE(result.out, path + QStringLiteral(": %1 pages\n").arg(document.pageCount()));
    QCOMPARE(document.pagePointSize(0).toSize(), QSize(792, 612));
    const QString last = m_sections.constLast().title;
    QVERIFY2(compact(pdfText(document)).contains(compact(last)), qPrintable(last));
}

// Chromium's helper processes outlive the export's child for a moment. Once the command has
// ended, none of them may still hold its output: a script reading it to the end (x=$(...),
// a pipe, a CI log) would wait for them, and their last messages would come after the prompt.
void TestPdfExportCommand::scriptReadingTheOutput_isNotKeptWaitingAfterTheEnd()
{
    const QString path = m_dir->filePath(QStringLiteral("piped.pdf"));
    int exitCode = -1;
    const QStringList holders =
        outputHoldersAtExit({QStringLiteral("--export-pdf"), path, QStringLiteral("--section"),
                             m_sections.constFirst().path},
                            &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY2(holders.isEmpty(), qPrintable(holders.join(QStringLiteral(", "))));
}

// A script exporting for the record twice gets the same bytes, which qpdf accepts, and the
// stamp it asked for on every page.
void TestPdfExportCommand::exportTime_sameOptionsGiveIdenticalFiles()
{
    QList<QByteArray> files;
    for (const char *name : {"a.pdf", "b.pdf"}) {
        const QString path = m_dir->filePath(QString::fromLatin1(name));
        const ProcessResult result = runTrustbook(
            {QStringLiteral("--export-pdf"), path, QStringLiteral("--all"),
             QStringLiteral("--export-time"), QStringLiteral("2026-12-01T13:00:00+01:00"),
             QStringLiteral("--prepared-for"), QStringLiteral("Acme Corp")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(PdfTest::qpdfCheck(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.append(file.readAll());
    }
    QCOMPARE(files.at(0), files.at(1));
    QPdfDocument document;
    QCOMPARE(document.load(m_dir->filePath(QStringLiteral("a.pdf"))), QPdfDocument::Error::None);
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = document.getAllText(page).text();
        QVERIFY(
            text.contains(QStringLiteral("Page %1 of %2").arg(page + 1).arg(document.pageCount())));
        QVERIFY(text.contains(QStringLiteral("2026-12-01 12:00:00 UTC")));
        QVERIFY(
            text.contains(QStringLiteral("Prepared for Acme Corp · 2026-12-01 · Confidential")));
    }
}

void TestPdfExportCommand::verifyPdf_exitCodes_data()
{
    QTest::addColumn<QString>("file"); // "export": a fresh export; else these bytes
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("own export") << QStringLiteral("export") << 0
                                << QStringLiteral("sections match the installed text");
    QTest::newRow("not a PDF") << QStringLiteral("plain text\n") << 2
                               << QStringLiteral("is not a PDF exported by Trustbook");
}

void TestPdfExportCommand::verifyPdf_exitCodes()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString path = m_dir->filePath(QStringLiteral("input.pdf"));
    if (file == QLatin1String("export")) {
        const ProcessResult exported =
            runTrustbook({QStringLiteral("--export-pdf"), path, QStringLiteral("--all")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    } else {
        QFile input(path);
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(file.toUtf8());
    }
    const ProcessResult result = runTrustbook({QStringLiteral("--verify-pdf"), path});
    QCOMPARE(result.exitCode, exitCode);
    const QString said = result.out + result.err;
    QVERIFY2(said.contains(says), qPrintable(said));
    if (exitCode == 0)
        QVERIFY(result.out.contains(QStringLiteral("%1 of %1 sections").arg(m_sections.size())));
}

void TestPdfExportCommand::usageError_exitsTwoWritingNothing_data()
{
    QTest::addColumn<QStringList>("scope"); // after --export-pdf FILE
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no scope") << QStringList{} << QStringLiteral("--all");
    const QString nope = m_sections.constFirst().document() + QLatin1String("/nope");
    QTest::newRow("unknown section") << QStringList{QStringLiteral("--section"), nope}
                                     << QLatin1Char('\'') + nope + QLatin1Char('\'');
    QTest::newRow("bad page size")
        << QStringList{QStringLiteral("--all"), QStringLiteral("--page-size"),
                       QStringLiteral("Tabloid")}
        << QStringLiteral("'Tabloid'");
}

void TestPdfExportCommand::usageError_exitsTwoWritingNothing()
{
    QFETCH(QStringList, scope);
    QFETCH(QString, mentions);
    const ProcessResult result = runTrustbook(
        QStringList{QStringLiteral("--export-pdf"), m_dir->filePath(QStringLiteral("x.pdf"))} +
        scope);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestPdfExportCommand::badTarget_exitsOneNamingPathAndReason_data()
{
    QTest::addColumn<QString>("target"); // relative to the test folder
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing folder")
        << QStringLiteral("missing/x.pdf") << QStringLiteral("does not exist");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("it is a folder");
}

void TestPdfExportCommand::badTarget_exitsOneNamingPathAndReason()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    const QString path = m_dir->filePath(target);
    const ProcessResult result =
        runTrustbook({QStringLiteral("--export-pdf"), path, QStringLiteral("--all")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(path) && result.err.contains(reason), qPrintable(result.err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("folder")});
}

void TestPdfExportCommand::lang_givesTitleBlockAndErrorsInThatLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("titleBlock");
    QTest::addColumn<QString>("missingFolder");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Inhaltsversion (SHA-256)")
                            << QStringLiteral("existiert nicht");
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringLiteral("Version du contenu (SHA-256)")
                            << QStringLiteral("n’existe pas");
}

void TestPdfExportCommand::lang_givesTitleBlockAndErrorsInThatLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, titleBlock);
    QFETCH(QString, missingFolder);
    const QString section = m_sections.constFirst().path;
    const QString path = m_dir->filePath(QStringLiteral("first.pdf"));
    const ProcessResult result =
        runTrustbook({QStringLiteral("--lang"), language, QStringLiteral("--export-pdf"), path,
                      QStringLiteral("--section"), section});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QPdfDocument document;
    QCOMPARE(document.load(path), QPdfDocument::Error::None);
    QCOMPARE(result.out, pagesLine(path, document.pageCount())); // for scripts, in any language
    QVERIFY2(pdfText(document).contains(titleBlock), qPrintable(pdfText(document).left(300)));

    const QString nowhere = m_dir->filePath(QStringLiteral("missing/x.pdf"));
    const ProcessResult failed =
        runTrustbook({QStringLiteral("--lang"), language, QStringLiteral("--export-pdf"), nowhere,
                      QStringLiteral("--section"), section});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(nowhere) && failed.err.contains(missingFolder),
             qPrintable(failed.err));
}

void TestPdfExportCommand::misuse_exitsTwoWritingNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // "OUT" stands for a file in the test folder
    QTest::addColumn<QString>("mentions");
    const QString pdf = QStringLiteral("--export-pdf");
    const QString out = QStringLiteral("OUT");
    const QString all = QStringLiteral("--all");
    // An empty name once meant "keep the PDF in memory": exit 0, ": 3 pages", no file.
    QTest::newRow("empty path") << QStringList{pdf, QString(), all}
                                << QStringLiteral("--export-pdf needs a file name");
    QTest::newRow("and a screenshot")
        << QStringList{pdf, out, all, QStringLiteral("--screenshot"), QStringLiteral("OUT.png")}
        << QStringLiteral("not --export-pdf and --screenshot");
    QTest::newRow("twice") << QStringList{pdf, out, pdf, QStringLiteral("OUT2"), all}
                           << QStringLiteral("--export-pdf is given more than once");
    QTest::newRow("unknown theme")
        << QStringList{pdf, out, all, QStringLiteral("--theme"), QStringLiteral("purple")}
        << QStringLiteral("'purple'");
}

void TestPdfExportCommand::misuse_exitsTwoWritingNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    arguments.replaceInStrings(QStringLiteral("OUT"), m_dir->filePath(QStringLiteral("out")));
    const ProcessResult result = runTrustbook(arguments);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestPdfExportCommand::symlinkTarget_refusedLeavingLinkAndTargetAlone_data()
{
    QTest::addColumn<bool>("targetExists");
    QTest::newRow("link to a file") << true;
    QTest::newRow("dangling link") << false;
}

// Exporting through a link once replaced the file it points to, or created a dangling
// link's target: wherever the link pointed, even outside the folder the user named.
void TestPdfExportCommand::symlinkTarget_refusedLeavingLinkAndTargetAlone()
{
    QFETCH(bool, targetExists);
    const QString target = m_dir->filePath(QStringLiteral("target.pdf"));
    const QString link = m_dir->filePath(QStringLiteral("link.pdf"));
    if (targetExists) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("mine") == 4);
    }
    QVERIFY(QFile::link(target, link));
    const ProcessResult result =
        runTrustbook({QStringLiteral("--export-pdf"), link, QStringLiteral("--all")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(link) && result.err.contains(QStringLiteral("symbolic link")),
             qPrintable(result.err));
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(QFileInfo::exists(target), targetExists);
    if (targetExists) {
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("mine"));
    }
    const QStringList expected =
        targetExists ? QStringList{QStringLiteral("link.pdf"), QStringLiteral("target.pdf")}
                     : QStringList{QStringLiteral("link.pdf")};
    QCOMPARE(QDir(m_dir->path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDir::Name),
             expected);
}

// A name that is not UTF-8 cannot be held as text without losing bytes: once written as
// "\uFFFD.pdf", now refused. A shell passes the raw bytes, as a user's would.
void TestPdfExportCommand::undecodablePath_exitsTwoWritingNothing()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const ProcessResult result =
        runProcess(QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"),
                    QStringLiteral("exec \"$0\" --export-pdf \"$1/$(printf '\\377')x.pdf\" --all"),
                    kTrustbook, m_dir->path()},
                   environment, kProcessTimeoutMs);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(QStringLiteral("not valid text")), qPrintable(result.err));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestPdfExportCommand::dyingRenderer_isRetriedOnceElseExitsOneWritingNothing_data()
{
    QTest::addColumn<int>("faultyChildren"); // export children whose Chromium helpers are killed
    QTest::addColumn<int>("exitCode");
    QTest::newRow("the first try's helpers die: the retry exports") << 1 << 0;
    QTest::newRow("both tries' helpers die") << 2 << 1;
}

// What the out-of-memory killer or a sandbox failure does to Chromium mid-export, which in
// Qt WebEngine 6.4 took the whole process down with SIGSEGV or SIGTRAP and no message.
void TestPdfExportCommand::dyingRenderer_isRetriedOnceElseExitsOneWritingNothing()
{
    QFETCH(int, faultyChildren);
    QFETCH(int, exitCode);
    const QString path = m_dir->filePath(QStringLiteral("all.pdf"));
    QProcess trustbook;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    trustbook.setProcessEnvironment(environment);
    QList<qint64> children; // the export children, in the order they started
    int killed = 0;
    QTimer hunt;
    hunt.setInterval(5);
    connect(&hunt, &QTimer::timeout, this, [&] {
        for (const qint64 child : ProcessTree::children(trustbook.processId())) {
            if (!children.contains(child))
                children.append(child);
        }
        for (qsizetype i = 0; i < children.size() && i < faultyChildren; ++i)
            killed += ProcessTree::killWebEngineHelpers(children.at(i));
    });
    QSignalSpy finished(&trustbook, &QProcess::finished);
    trustbook.start(kTrustbook, {QStringLiteral("--export-pdf"), path, QStringLiteral("--all")});
    hunt.start();
    QVERIFY(finished.wait(kProcessTimeoutMs));
    hunt.stop();
    const QString err = QString::fromUtf8(trustbook.readAllStandardError());
    const QString out = QString::fromUtf8(trustbook.readAllStandardOutput());
    QVERIFY(killed > 0);
    QCOMPARE(children.size(), 2);
    QCOMPARE(trustbook.exitStatus(), QProcess::NormalExit);
    QVERIFY2(trustbook.exitCode() == exitCode, qPrintable(err));
    if (exitCode == 0) {
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QCOMPARE(out, pagesLine(path, document.pageCount()));
        return;
    }
    QCOMPARE(out, QString());
    QVERIFY2(err.contains(QStringLiteral("trustbook: Could not export %1: the page renderer "
                                         "stopped while printing; nothing was written")
                              .arg(path)),
             qPrintable(err));
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPdfExportCommand)
#include "tst_pdfexportcommand.moc"
