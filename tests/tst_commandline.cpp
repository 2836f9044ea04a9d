#include "commandline.h"
#include "contentcatalog.h"
#include "processrunner.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <csignal>

#include <sys/types.h>
#include <unistd.h>

Q_DECLARE_METATYPE(CommandLine::Action)

namespace {

const QString kTrustbook = QStringLiteral(TRUSTBOOK_PATH);
constexpr int kProcessTimeoutMs = 30000;

using Environment = QList<QPair<QString, QString>>;

// Runs the real binary headless, in English unless `locale` says otherwise (so a German desktop
// running the tests sees what CI sees). The WebEngine helper path points nowhere, so a command
// that wrongly started Chromium would fail loudly instead of quietly costing a second.
ProcessResult runTrustbook(const QStringList &arguments, bool chromium = false,
                           const Environment &locale = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const auto &[name, value] : locale)
        environment.insert(name, value);
    if (!chromium)
        environment.insert(QStringLiteral("QTWEBENGINEPROCESS_PATH"),
                           QStringLiteral("/nonexistent/QtWebEngineProcess"));
    return runProcess(kTrustbook, arguments, environment, kProcessTimeoutMs);
}

// A runtime and config folder of the test's own: its socket, lock and settings, nobody else's.
QProcessEnvironment windowEnvironment(const QTemporaryDir &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    return environment;
}

void addRow(const char *name, const QStringList &arguments, CommandLine::Action action,
            const QString &sectionPath = {}, const QString &mentions = {})
{
    QTest::newRow(name) << arguments << action << sectionPath << mentions;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_arguments_giveAction_data();
    void parse_arguments_giveAction();
    void parse_help_describesList();
    void parse_preview_keepsFolder();
    void parse_lang_keepsCodeForTranslator_data();
    void parse_lang_keepsCodeForTranslator();
    void parse_exportPdf_keepsOptions();
    void parse_answer_keepsOptions();
    void binary_list_printsEverySectionWithoutChromium();
    void binary_unknownSection_exitsTwoAndPointsToList();
    void binary_unknownOption_exitsTwo();
    void binary_help_namesProgramAndList();
    void binary_version_printsVersion();
    void binary_help_speaksChosenLanguage_data();
    void binary_help_speaksChosenLanguage();
    void binary_usageError_speaksChosenLanguage_data();
    void binary_usageError_speaksChosenLanguage();
    void binary_unknownSection_speaksChosenLanguage();
    void binary_withoutDisplay_printsAndExits_data();
    void binary_withoutDisplay_printsAndExits();
    void parse_search_keepsQueryAsTyped();
    void binary_search_findsListedSectionBestFirst_data();
    void binary_search_findsListedSectionBestFirst();
    void binary_search_hostileQuery_exitsZeroWithoutError();
    void binary_search_noMatch_printsNothing();
    void binary_screenshot_writesPaintedPngInTheme_data();
    void binary_screenshot_writesPaintedPngInTheme();
    void binary_deepLinkWithQueryAndFragment_opensItsSection();
    void binary_screenshotToMissingFolder_failsNamingPath();
    void binary_screenshotToSymlink_isRefusedLeavingLinkAlone();
    void binary_secondLaunch_handsLinkToFirstAndExitsZero();
    void binary_twoLaunchesAtOnce_openOneWindow();
    void binary_quitSignal_savesWindowStateAndExitsZero_data();
    void binary_quitSignal_savesWindowStateAndExitsZero();

private:
    QList<ListedSection> m_sections; // what the binary holds, from its --list
};

void TestCommandLine::initTestCase()
{
    m_sections = listedSections(runTrustbook({QStringLiteral("--list")}));
    QVERIFY(!m_sections.isEmpty());
}

void TestCommandLine::parse_arguments_giveAction_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("sectionPath");
    QTest::addColumn<QString>("mentions"); // empty: no message at all
    using A = CommandLine::Action;

    addRow("no arguments", {}, A::OpenWindow);
    addRow("preview", {QStringLiteral("--preview"), QStringLiteral("content")}, A::OpenWindow);
    addRow("preview at a section",
           {QStringLiteral("--preview"), QStringLiteral("content"), QStringLiteral("faq/q")},
           A::OpenWindow, QStringLiteral("faq/q"));
    addRow("preview screenshot",
           {QStringLiteral("--preview"), QStringLiteral("content"), QStringLiteral("--screenshot"),
            QStringLiteral("p.png")},
           A::Screenshot);
    addRow("preview with list",
           {QStringLiteral("--preview"), QStringLiteral("c"), QStringLiteral("--list")},
           A::UsageError, {}, QStringLiteral("--preview opens a window"));
    addRow("preview without a folder", {QStringLiteral("--preview"), QString()}, A::UsageError, {},
           QStringLiteral("--preview needs a file name"));
    addRow("section path", {QStringLiteral("security-faq/x")}, A::OpenWindow,
           QStringLiteral("security-faq/x"));
    addRow("document only", {QStringLiteral("security-faq")}, A::OpenWindow,
           QStringLiteral("security-faq"));
    addRow("deep link", {QStringLiteral("trustbook://security-faq/is-gitpod-gdpr-compliant")},
           A::OpenWindow, QStringLiteral("security-faq/is-gitpod-gdpr-compliant"));
    addRow("deep link with fragment", {QStringLiteral("trustbook://security-faq/#frag")},
           A::OpenWindow, QStringLiteral("security-faq/frag"));
    addRow("deep link with query and fragment",
           {QStringLiteral("trustbook://security-faq/is-gitpod-gdpr-compliant?x=1#frag")},
           A::OpenWindow, QStringLiteral("security-faq/is-gitpod-gdpr-compliant"));
    addRow("deep link with query", {QStringLiteral("trustbook://security-faq/x?utm_source=chat")},
           A::OpenWindow, QStringLiteral("security-faq/x"));
    addRow("deep link to document with query", {QStringLiteral("trustbook://security-faq?x=1")},
           A::OpenWindow, QStringLiteral("security-faq"));
    addRow("deep link to document", {QStringLiteral("trustbook://security-faq/")}, A::OpenWindow,
           QStringLiteral("security-faq"));
    addRow("deep link host is case-folded", {QStringLiteral("trustbook://Security-FAQ/x")},
           A::OpenWindow, QStringLiteral("security-faq/x"));
    addRow("other scheme left as is", {QStringLiteral("https://example.com/x")}, A::OpenWindow,
           QStringLiteral("https://example.com/x"));
    addRow("list", {QStringLiteral("--list")}, A::List);
    addRow("list with section", {QStringLiteral("--list"), QStringLiteral("security-faq/x")},
           A::UsageError, {}, QStringLiteral("--list takes no section."));
    addRow("two sections", {QStringLiteral("a/b"), QStringLiteral("c/d")}, A::UsageError, {},
           QStringLiteral("Give at most one section, not 2."));
    addRow("unknown option", {QStringLiteral("--bogus")}, A::UsageError, {},
           QStringLiteral("Unknown option 'bogus'."));
    addRow("help", {QStringLiteral("--help")}, A::ShowHelp, {}, QStringLiteral("--list"));
    addRow("short help", {QStringLiteral("-h")}, A::ShowHelp, {}, QStringLiteral("--list"));
    addRow("help-all", {QStringLiteral("--help-all")}, A::ShowHelp, {}, QStringLiteral("--list"));
    addRow("help wins over section", {QStringLiteral("--help"), QStringLiteral("a/b")}, A::ShowHelp,
           {}, QStringLiteral("--list"));
    addRow("version", {QStringLiteral("--version")}, A::ShowVersion);
    addRow("short version", {QStringLiteral("-v")}, A::ShowVersion);
    addRow("screenshot", {QStringLiteral("--screenshot"), QStringLiteral("a.png")}, A::Screenshot);
    addRow("screenshot of section",
           {QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("doc/s")},
           A::Screenshot, QStringLiteral("doc/s"));
    addRow("dark theme", {QStringLiteral("--theme"), QStringLiteral("dark")}, A::OpenWindow);
    addRow("unknown theme", {QStringLiteral("--theme"), QStringLiteral("sepia")}, A::UsageError, {},
           QStringLiteral("Unknown theme 'sepia'; use light, dark or system."));
    addRow("language", {QStringLiteral("--lang"), QStringLiteral("de")}, A::OpenWindow);
    addRow("language with region", {QStringLiteral("--lang"), QStringLiteral("fr_CA")},
           A::OpenWindow);
    addRow("unknown language", {QStringLiteral("--lang"), QStringLiteral("xx")}, A::UsageError, {},
           QStringLiteral("Unknown language 'xx'; Trustbook speaks de, en and fr."));
    addRow("search", {QStringLiteral("--search"), QStringLiteral("gdpr")}, A::Search);
    addRow("search with section",
           {QStringLiteral("--search"), QStringLiteral("gdpr"), QStringLiteral("a/b")},
           A::UsageError, {}, QStringLiteral("--search takes no section."));
    addRow("search and list",
           {QStringLiteral("--search"), QStringLiteral("gdpr"), QStringLiteral("--list")},
           A::UsageError, {},
           QStringLiteral("Give only one of --list, --search, --answer, --export-pdf, "
                          "--verify-pdf and --screenshot, not --list and --search."));
    addRow("search without query", {QStringLiteral("--search")}, A::UsageError, {},
           QStringLiteral("Missing value after '--search'."));
    addRow("language without code", {QStringLiteral("--lang")}, A::UsageError, {},
           QStringLiteral("Missing value after '--lang'."));
    const QString pdf = QStringLiteral("out.pdf");
    addRow("export all", {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all")},
           A::ExportPdf);
    addRow("export sections",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--section"), QStringLiteral("a/b"),
            QStringLiteral("--section"), QStringLiteral("c")},
           A::ExportPdf);
    addRow("export without scope", {QStringLiteral("--export-pdf"), pdf}, A::UsageError, {},
           QStringLiteral("--section DOC/SECTION (once or more) or --all"));
    addRow("export with both scopes",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all"),
            QStringLiteral("--section"), QStringLiteral("a/b")},
           A::UsageError, {}, QStringLiteral("either --section"));
    addRow("export without file", {QStringLiteral("--export-pdf")}, A::UsageError, {},
           QStringLiteral("Missing value after '--export-pdf'."));
    addRow("export bad page size",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all"),
            QStringLiteral("--page-size"), QStringLiteral("A3")},
           A::UsageError, {}, QStringLiteral("Unknown page size 'A3'"));
    addRow("export with positional section",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all"), QStringLiteral("a/b")},
           A::UsageError, {}, QStringLiteral("with --section, not as arguments"));
    addRow("all without export", {QStringLiteral("--all")}, A::UsageError, {},
           QStringLiteral("go with --export-pdf"));
    addRow("landscape without export", {QStringLiteral("--landscape")}, A::UsageError, {},
           QStringLiteral("go with --export-pdf"));
    const QStringList exportAll{QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all")};
    addRow("export prepared for",
           exportAll + QStringList{QStringLiteral("--prepared-for"), QStringLiteral("Acme Corp")},
           A::ExportPdf);
    addRow("export prepared for nobody",
           exportAll + QStringList{QStringLiteral("--prepared-for"), QStringLiteral("  ")},
           A::UsageError, {}, QStringLiteral("--prepared-for needs a name"));
    addRow("export prepared for two lines",
           exportAll + QStringList{QStringLiteral("--prepared-for"), QStringLiteral("Acme\nCorp")},
           A::UsageError, {}, QStringLiteral("line break or control character"));
    addRow("export prepared for too long",
           exportAll +
               QStringList{QStringLiteral("--prepared-for"), QString(121, QLatin1Char('x'))},
           A::UsageError, {}, QStringLiteral("longer than 120 characters"));
    addRow("export time",
           exportAll +
               QStringList{QStringLiteral("--export-time"), QStringLiteral("2026-12-01T12:00:00Z")},
           A::ExportPdf);
    addRow("export time with offset",
           exportAll + QStringList{QStringLiteral("--export-time"),
                                   QStringLiteral("2026-12-01T13:00+01:00")},
           A::ExportPdf);
    addRow("export time without zone",
           exportAll +
               QStringList{QStringLiteral("--export-time"), QStringLiteral("2026-12-01T12:00:00")},
           A::UsageError, {}, QStringLiteral("is not an ISO 8601 time with its zone"));
    addRow("export time not a date",
           exportAll +
               QStringList{QStringLiteral("--export-time"), QStringLiteral("2026-02-30T12:00:00Z")},
           A::UsageError, {}, QStringLiteral("is not an ISO 8601 time with its zone"));
    addRow("prepared for without export",
           {QStringLiteral("--prepared-for"), QStringLiteral("Acme")}, A::UsageError, {},
           QStringLiteral("go with --export-pdf"));
    addRow("verify", {QStringLiteral("--verify-pdf"), pdf}, A::VerifyPdf);
    addRow("verify with section", {QStringLiteral("--verify-pdf"), pdf, QStringLiteral("a/b")},
           A::UsageError, {}, QStringLiteral("--verify-pdf takes no section."));
    addRow("verify and export", exportAll + QStringList{QStringLiteral("--verify-pdf"), pdf},
           A::UsageError, {}, QStringLiteral("not --export-pdf and --verify-pdf."));
    addRow("verify empty path", {QStringLiteral("--verify-pdf"), QString()}, A::UsageError, {},
           QStringLiteral("--verify-pdf needs a file name"));
    addRow("export to empty path",
           {QStringLiteral("--export-pdf"), QString(), QStringLiteral("--all")}, A::UsageError, {},
           QStringLiteral("--export-pdf needs a file name, not \"\"."));
    addRow("screenshot to empty path", {QStringLiteral("--screenshot"), QString()}, A::UsageError,
           {}, QStringLiteral("--screenshot needs a file name, not \"\"."));
    addRow("export and screenshot",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all"),
            QStringLiteral("--screenshot"), QStringLiteral("a.png")},
           A::UsageError, {}, QStringLiteral("not --export-pdf and --screenshot."));
    addRow("list and screenshot",
           {QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--list")},
           A::UsageError, {}, QStringLiteral("not --list and --screenshot."));
    addRow("export twice",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--export-pdf"),
            QStringLiteral("b.pdf"), QStringLiteral("--all")},
           A::UsageError, {}, QStringLiteral("--export-pdf is given more than once."));
    addRow("theme twice",
           {QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--theme"),
            QStringLiteral("light")},
           A::UsageError, {}, QStringLiteral("--theme is given more than once."));
    addRow("list twice", {QStringLiteral("--list"), QStringLiteral("--list")}, A::UsageError, {},
           QStringLiteral("--list is given more than once."));
    addRow("unknown theme with list",
           {QStringLiteral("--theme"), QStringLiteral("purple"), QStringLiteral("--list")},
           A::UsageError, {}, QStringLiteral("Unknown theme 'purple'"));
    addRow("unknown theme with export",
           {QStringLiteral("--export-pdf"), pdf, QStringLiteral("--all"), QStringLiteral("--theme"),
            QStringLiteral("purple")},
           A::UsageError, {}, QStringLiteral("Unknown theme 'purple'"));
    addRow("known theme with list",
           {QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--list")}, A::List);
    const QString longWord(200, QLatin1Char('x'));
    const QString cut = QString(80, QLatin1Char('x')) + QChar(0x2026) + QLatin1Char('\'');
    addRow("long theme is cut", {QStringLiteral("--theme"), longWord}, A::UsageError, {}, cut);
    addRow("long option is cut", {QStringLiteral("--") + longWord}, A::UsageError, {}, cut);
    addRow("long language is cut", {QStringLiteral("--lang"), longWord}, A::UsageError, {}, cut);
    // A 131 KB path was echoed whole, twice, after Chromium had rendered every page.
    const QString longPath = QStringLiteral("/tmp/") + QString(5000, QLatin1Char('x'));
    addRow("export path longer than the system allows",
           {QStringLiteral("--export-pdf"), longPath, QStringLiteral("--all")}, A::UsageError, {},
           QStringLiteral("'/tmp/") + QString(75, QLatin1Char('x')) + QChar(0x2026) +
               QStringLiteral("' is longer than this system allows"));
    addRow(
        "screenshot name longer than the system allows",
        {QStringLiteral("--screenshot"), QString(300, QLatin1Char('y')) + QStringLiteral(".png")},
        A::UsageError, {}, QStringLiteral("is longer than this system allows"));
    const QString csv = QStringLiteral("q.csv");
    addRow("answer", {QStringLiteral("--answer"), csv}, A::Answer);
    addRow("answer xlsx to another xlsx",
           {QStringLiteral("--answer"), QStringLiteral("q.XLSX"), QStringLiteral("--output"),
            QStringLiteral("a.xlsx")},
           A::Answer);
    addRow("answer without file", {QStringLiteral("--answer")}, A::UsageError, {},
           QStringLiteral("Missing value after '--answer'."));
    addRow("answer with empty file", {QStringLiteral("--answer"), QString()}, A::UsageError, {},
           QStringLiteral("--answer needs a file name, not \"\"."));
    addRow("answer to empty output",
           {QStringLiteral("--answer"), csv, QStringLiteral("--output"), QString()}, A::UsageError,
           {}, QStringLiteral("--output needs a file name, not \"\"."));
    addRow("answer csv as xlsx",
           {QStringLiteral("--answer"), csv, QStringLiteral("--output"), QStringLiteral("a.xlsx")},
           A::UsageError, {}, QStringLiteral("a CSV questionnaire is answered as CSV"));
    addRow("answer with section", {QStringLiteral("--answer"), csv, QStringLiteral("a/b")},
           A::UsageError, {}, QStringLiteral("--answer takes no section."));
    addRow("answer and list", {QStringLiteral("--answer"), csv, QStringLiteral("--list")},
           A::UsageError, {}, QStringLiteral("not --list and --answer."));
    addRow("answer with an export option",
           {QStringLiteral("--answer"), csv, QStringLiteral("--all")}, A::UsageError, {},
           QStringLiteral("go with --export-pdf"));
    addRow("output without answer", {QStringLiteral("--output"), csv}, A::UsageError, {},
           QStringLiteral("go with --answer"));
    addRow("sheet without answer", {QStringLiteral("--sheet"), QStringLiteral("Q")}, A::UsageError,
           {}, QStringLiteral("go with --answer"));
}

void TestCommandLine::parse_answer_keepsOptions()
{
    const CommandLine commandLine = CommandLine::parse(
        {QStringLiteral("trustbook"), QStringLiteral("--answer"), QStringLiteral("in.xlsx"),
         QStringLiteral("--output"), QStringLiteral("out.xlsx"),
         QStringLiteral("--question-column"), QStringLiteral("Question Text"),
         QStringLiteral("--answer-column"), QStringLiteral("Vendor Response"),
         QStringLiteral("--sheet"), QStringLiteral("CAIQ")});
    QCOMPARE(commandLine.action, CommandLine::Action::Answer);
    QCOMPARE(commandLine.answer.inputPath, QStringLiteral("in.xlsx"));
    QCOMPARE(commandLine.answer.outputPath, QStringLiteral("out.xlsx"));
    QCOMPARE(commandLine.answer.questionColumn, QStringLiteral("Question Text"));
    QCOMPARE(commandLine.answer.answerColumn, QStringLiteral("Vendor Response"));
    QCOMPARE(commandLine.answer.sheet, QStringLiteral("CAIQ"));
}

void TestCommandLine::parse_exportPdf_keepsOptions()
{
    const CommandLine commandLine = CommandLine::parse(
        {QStringLiteral("trustbook"), QStringLiteral("--export-pdf"), QStringLiteral("out.pdf"),
         QStringLiteral("--section"), QStringLiteral("trustbook://security-faq/#x"),
         QStringLiteral("--section"), QStringLiteral("security-faq"), QStringLiteral("--page-size"),
         QStringLiteral("letter"), QStringLiteral("--landscape")});
    QCOMPARE(commandLine.action, CommandLine::Action::ExportPdf);
    QCOMPARE(commandLine.pdfExport.filePath, QStringLiteral("out.pdf"));
    QCOMPARE(commandLine.pdfExport.sectionPaths,
             (QStringList{QStringLiteral("security-faq/x"), QStringLiteral("security-faq")}));
    QCOMPARE(commandLine.pdfExport.pageSize, std::optional(QPageSize::Letter));
    QVERIFY(commandLine.pdfExport.landscape);
    const CommandLine stamped = CommandLine::parse(
        {QStringLiteral("trustbook"), QStringLiteral("--export-pdf"), QStringLiteral("out.pdf"),
         QStringLiteral("--all"), QStringLiteral("--prepared-for"), QStringLiteral(" Acme Corp "),
         QStringLiteral("--export-time"), QStringLiteral("2026-12-01T13:30:00+01:00")});
    QCOMPARE(stamped.pdfExport.preparedFor, QStringLiteral("Acme Corp"));
    QCOMPARE(stamped.pdfExport.exportedAt->toUTC(),
             QDateTime(QDate(2026, 12, 1), QTime(12, 30), Qt::UTC));
    const CommandLine all =
        CommandLine::parse({QStringLiteral("trustbook"), QStringLiteral("--export-pdf"),
                            QStringLiteral("out.pdf"), QStringLiteral("--all")});
    QVERIFY(all.pdfExport.sectionPaths.isEmpty());
    QCOMPARE(all.pdfExport.pageSize, std::nullopt);
    QVERIFY(!all.pdfExport.landscape);
    QVERIFY(all.pdfExport.preparedFor.isEmpty());
    QVERIFY(!all.pdfExport.exportedAt);
}

void TestCommandLine::parse_lang_keepsCodeForTranslator_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::newRow("window") << QStringList{QStringLiteral("security-faq")}
                            << CommandLine::Action::OpenWindow;
    QTest::newRow("export") << QStringList{QStringLiteral("--export-pdf"), QStringLiteral("a.pdf"),
                                           QStringLiteral("--all")}
                            << CommandLine::Action::ExportPdf;
    QTest::newRow("search") << QStringList{QStringLiteral("--search"), QStringLiteral("sso")}
                            << CommandLine::Action::Search;
    QTest::newRow("list") << QStringList{QStringLiteral("--list")} << CommandLine::Action::List;
}

void TestCommandLine::parse_lang_keepsCodeForTranslator()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    const QStringList lang{QStringLiteral("trustbook"), QStringLiteral("--lang")};
    const CommandLine german =
        CommandLine::parse(lang + QStringList{QStringLiteral("de")} + arguments);
    QCOMPARE(german.action, action);
    QCOMPARE(german.language, QStringLiteral("de"));
    const CommandLine unknown =
        CommandLine::parse(lang + QStringList{QStringLiteral("xx")} + arguments);
    QCOMPARE(unknown.action, CommandLine::Action::UsageError);
    QVERIFY2(unknown.message.contains(QStringLiteral("'xx'")), qPrintable(unknown.message));
}

void TestCommandLine::parse_arguments_giveAction()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, sectionPath);
    QFETCH(QString, mentions);

    const CommandLine commandLine =
        CommandLine::parse(QStringList(QStringLiteral("trustbook")) + arguments);

    QCOMPARE(commandLine.action, action);
    QCOMPARE(commandLine.sectionPath, sectionPath);
    QCOMPARE(commandLine.message.isEmpty(), mentions.isEmpty());
    QVERIFY2(commandLine.message.contains(mentions), qPrintable(commandLine.message));
}

void TestCommandLine::parse_preview_keepsFolder()
{
    const CommandLine commandLine = CommandLine::parse(
        {QStringLiteral("trustbook"), QStringLiteral("--preview"), QStringLiteral("my content/")});

    QCOMPARE(commandLine.previewDir, QStringLiteral("my content/"));
    QVERIFY(CommandLine::parse({QStringLiteral("trustbook")}).previewDir.isEmpty());
}

void TestCommandLine::parse_help_describesList()
{
    const QString help =
        CommandLine::parse({QStringLiteral("trustbook"), QStringLiteral("--help")}).message;

    QVERIFY2(help.contains(QStringLiteral("--list")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("[DOC/SECTION]")), qPrintable(help));
    QVERIFY2(!help.contains(QStringLiteral("<executable_name>")), qPrintable(help));
}

void TestCommandLine::binary_list_printsEverySectionWithoutChromium()
{
    const ProcessResult result = runTrustbook({QStringLiteral("--list")});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY(result.out.endsWith(QLatin1Char('\n')));
    const QStringList lines = result.out.chopped(1).split(QLatin1Char('\n'));
    // What trustbook-gen wrote for the content compiled into this binary, whichever it is.
    const Result<ContentCatalog> catalog =
        ContentCatalog::load(QStringLiteral(TRUSTBOOK_APP_MANIFEST));
    QVERIFY2(catalog, qPrintable(catalog.error()));
    QStringList expected;
    for (const SectionRef ref : catalog->allSections())
        expected.append(catalog->sectionPath(ref) + QLatin1Char('\t') +
                        catalog->section(ref).title);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(lines, expected);
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9-]+/[^\t/]+\t[^\t]+$"));
    for (const QString &line : lines)
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
    QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), lines.size());
}

void TestCommandLine::binary_unknownSection_exitsTwoAndPointsToList()
{
    const ProcessResult result = runTrustbook({QStringLiteral("nope/x")});

    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.contains(QStringLiteral("'nope/x'")), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral("--list")), qPrintable(result.err));
}

void TestCommandLine::binary_unknownOption_exitsTwo()
{
    const ProcessResult result = runTrustbook({QStringLiteral("--bogus")});

    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QStringLiteral("trustbook: Unknown option 'bogus'.\n"
                                        "Try 'trustbook --help'.\n"));
}

void TestCommandLine::binary_help_namesProgramAndList()
{
    const ProcessResult result = runTrustbook({QStringLiteral("--help")});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY2(result.out.startsWith(QString(QLatin1String("Usage: ") + kTrustbook +
                                           QLatin1String(" [options] [DOC/SECTION]\n"))),
             qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--list")), qPrintable(result.out));
}

void TestCommandLine::binary_version_printsVersion()
{
    const ProcessResult result = runTrustbook({QStringLiteral("--version")});
    static const QRegularExpression shape(QStringLiteral("^trustbook \\d+\\.\\d+\\.\\d+\n$"));

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(shape.match(result.out).hasMatch(), qPrintable(result.out));
}

void TestCommandLine::binary_help_speaksChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("locale");
    QTest::addColumn<QStringList>("says");      // the app's own texts and Qt's, translated
    QTest::addColumn<QStringList>("neverSays"); // their English originals
    const QStringList english{QStringLiteral("Usage: "), QStringLiteral("Options:"),
                              QStringLiteral("Displays help on commandline options."),
                              QStringLiteral("Trustbook: read your security"),
                              QStringLiteral("Page theme: light")};
    const QStringList german{QStringLiteral("Aufruf: "), QStringLiteral("Optionen:"),
                             QStringLiteral("Argumente:"),
                             QStringLiteral("Trustbook: Lesen Sie Ihre Sicherheits-"),
                             QStringLiteral("Seitenthema: light (hell)")};
    const QStringList lang{QStringLiteral("--lang"), QStringLiteral("de"),
                           QStringLiteral("--help")};
    QTest::newRow("--lang de") << lang << Environment{} << german << english;
    // Qt 6.4's French catalogue has "Usage:" and "Options:" but not its help option's text.
    QTest::newRow("--lang fr")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")}
        << Environment{}
        << QStringList{QStringLiteral("Utilisation : "), QStringLiteral("Options :"),
                       QStringLiteral("Arguments :"), QStringLiteral("Trustbook : consultez votre"),
                       QStringLiteral("Thème de la page : light (clair)")}
        << QStringList{english.first(), english.at(1), english.at(3), english.at(4)};
    QTest::newRow("LANGUAGE=de") << QStringList{QStringLiteral("--help")}
                                 << Environment{{QStringLiteral("LANGUAGE"), QStringLiteral("de")}}
                                 << german << english;
    QTest::newRow("LC_ALL=de_DE.UTF-8")
        << QStringList{QStringLiteral("--help")}
        << Environment{{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}} << german
        << english;
    QTest::newRow("--lang en beats LC_ALL=de_DE.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}
        << Environment{{QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}} << english
        << german;
}

void TestCommandLine::binary_help_speaksChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, locale);
    QFETCH(QStringList, says);
    QFETCH(QStringList, neverSays);

    const ProcessResult result = runTrustbook(arguments, false, locale);

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    for (const QString &text : says)
        QVERIFY2(result.out.contains(text),
                 qPrintable(text + QLatin1String(" not in:\n") + result.out));
    for (const QString &text : neverSays)
        QVERIFY2(!result.out.contains(text),
                 qPrintable(text + QLatin1String(" in:\n") + result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--list")), qPrintable(result.out));
}

void TestCommandLine::binary_usageError_speaksChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("locale");
    QTest::addColumn<QString>("err"); // all of stderr
    const QString theme = QStringLiteral("--theme");
    const QString x = QStringLiteral("x");
    QTest::newRow("theme, --lang de")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), theme, x} << Environment{}
        << QStringLiteral("trustbook: Unbekanntes Thema „x“; verwenden Sie light, dark oder "
                          "system.\nSiehe „trustbook --help“.\n");
    QTest::newRow("theme, --lang fr")
        << QStringList{theme, x, QStringLiteral("--lang"), QStringLiteral("fr")} << Environment{}
        << QStringLiteral("trustbook: Thème « x » inconnu ; utilisez light, dark ou system.\n"
                          "Voir « trustbook --help ».\n");
    QTest::newRow("theme, LANGUAGE=de")
        << QStringList{theme, x} << Environment{{QStringLiteral("LANGUAGE"), QStringLiteral("de")}}
        << QStringLiteral("trustbook: Unbekanntes Thema „x“; verwenden Sie light, dark oder "
                          "system.\nSiehe „trustbook --help“.\n");
    // Qt's own message, from Qt's translation; the parser read --lang before the mistake.
    QTest::newRow("unknown option, --lang de")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--bogus")}
        << Environment{}
        << QStringLiteral("trustbook: Unbekannte Option 'bogus'.\nSiehe „trustbook --help“.\n");
    QTest::newRow("unknown language, LC_ALL=fr_FR.UTF-8")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("xx")}
        << Environment{{QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8")}}
        << QStringLiteral("trustbook: Langue « xx » inconnue ; Trustbook parle de, en et fr.\n"
                          "Voir « trustbook --help ».\n");
}

void TestCommandLine::binary_usageError_speaksChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(Environment, locale);
    QFETCH(QString, err);

    const ProcessResult result = runTrustbook(arguments, false, locale);

    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, err);
}

void TestCommandLine::binary_unknownSection_speaksChosenLanguage()
{
    const ProcessResult result =
        runTrustbook({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("nope/x")});

    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.startsWith(QStringLiteral("trustbook: es gibt keinen Abschnitt „nope/x“.")),
             qPrintable(result.err));
}

void TestCommandLine::binary_withoutDisplay_printsAndExits_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // on stdout, or stderr for a usage error
    QTest::newRow("list") << QStringList{QStringLiteral("--list")} << 0
                          << QStringLiteral("security-faq/is-gitpod-gdpr-compliant\t");
    QTest::newRow("search") << QStringList{QStringLiteral("--search"), QStringLiteral("gdpr")} << 0
                            << QStringLiteral("security-faq/is-gitpod-gdpr-compliant\t");
    QTest::newRow("help") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                         QStringLiteral("--help")}
                          << 0 << QStringLiteral("Optionen:");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral("trustbook ");
    QTest::newRow("usage error") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                                QStringLiteral("--theme"), QStringLiteral("x")}
                                 << 2 << QStringLiteral("Unbekanntes Thema");
}

// On a server or over ssh: the commands that print need no display, though the window does.
void TestCommandLine::binary_withoutDisplay_printsAndExits()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Environment noDisplay{{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb")},
                                {QStringLiteral("DISPLAY"), QString()},
                                {QStringLiteral("WAYLAND_DISPLAY"), QString()}};

    const ProcessResult result = runTrustbook(arguments, false, noDisplay);

    QCOMPARE(result.exitCode, exitCode);
    const QString output = exitCode == 0 ? result.out : result.err;
    QVERIFY2(output.contains(says), qPrintable(result.out + result.err));
}

void TestCommandLine::parse_search_keepsQueryAsTyped()
{
    const QString typed = QStringLiteral("soc\"2 OR (");
    const CommandLine commandLine =
        CommandLine::parse({QStringLiteral("trustbook"), QStringLiteral("--search"), typed});

    QCOMPARE(commandLine.searchQuery, typed);
}

// The binary carries whatever content it was built with: the sections to look for come from
// its own --list. A section's title finds that section, and the answer is best first.
void TestCommandLine::binary_search_findsListedSectionBestFirst_data()
{
    QTest::addColumn<int>("listed"); // which line of --list; negative counts from the end
    QTest::newRow("first section") << 0;
    QTest::newRow("last section") << -1;
}

void TestCommandLine::binary_search_findsListedSectionBestFirst()
{
    QFETCH(int, listed);
    const QList<ListedSection> sections = listedSections(runTrustbook({QStringLiteral("--list")}));
    QVERIFY(!sections.isEmpty());
    const ListedSection &wanted = sections.at(listed < 0 ? sections.size() + listed : listed);
    QSet<QString> paths;
    for (const ListedSection &section : sections)
        paths.insert(section.path);

    const ProcessResult result = runTrustbook({QStringLiteral("--search"), wanted.title});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty() && lines.size() <= 20);
    static const QRegularExpression shape(
        QStringLiteral("^([a-z0-9-]+/[^\t]+)\t(\\d+\\.\\d{3})\t[^\t]+\t[^\t]+\t[^\t]+$"));
    QStringList found;
    double previousScore = std::numeric_limits<double>::max();
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = shape.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(paths.contains(match.captured(1)), qPrintable(line));
        const double score = match.captured(2).toDouble();
        QVERIFY2(score <= previousScore, qPrintable(line));
        previousScore = score;
        found.append(match.captured(1));
    }
    QVERIFY2(found.contains(wanted.path), qPrintable(result.out));
}

void TestCommandLine::binary_search_hostileQuery_exitsZeroWithoutError()
{
    const ProcessResult result =
        runTrustbook({QStringLiteral("--search"), QStringLiteral("\"(* NEAR -:^ 🔐")});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
}

void TestCommandLine::binary_search_noMatch_printsNothing()
{
    const ProcessResult result =
        runTrustbook({QStringLiteral("--search"), QStringLiteral("xyzzy")});

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QString());
    QCOMPARE(result.err, QString());
}

void TestCommandLine::binary_screenshot_writesPaintedPngInTheme_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QColor>("background"); // the page's background colour, from style.css
    QTest::newRow("light") << "light" << QColor(255, 255, 255);
    QTest::newRow("dark") << "dark" << QColor(22, 25, 29);
}

void TestCommandLine::binary_screenshot_writesPaintedPngInTheme()
{
    QFETCH(QString, theme);
    QFETCH(QColor, background);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    const ProcessResult result =
        runTrustbook({QStringLiteral("--screenshot"), path, m_sections.constFirst().path,
                      QStringLiteral("--theme"), theme},
                     true);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, path + QLatin1Char('\n'));
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1180, 760));
    // Right of the tree, below the toolbar: the page's background, and text on it.
    QCOMPARE(QColor(image.pixel(image.width() - 40, image.height() / 2)), background);
    QSet<QRgb> colours;
    for (int x = 400; x < image.width() - 40; x += 3)
        for (int y = 80; y < image.height() - 40; y += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the page area shows no text");
}

// "no section 'security-faq/frag'": the fragment a chat client left on a link won over its path.
void TestCommandLine::binary_deepLinkWithQueryAndFragment_opensItsSection()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    const ProcessResult result = runTrustbook(
        {QStringLiteral("--screenshot"), path,
         QLatin1String("trustbook://") + m_sections.constLast().path + QLatin1String("?x=1#frag")},
        true);
    QVERIFY2(!result.err.contains(QLatin1String("no section")), qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFile::exists(path));
}

void TestCommandLine::binary_screenshotToMissingFolder_failsNamingPath()
{
    const QString path = QStringLiteral("/nonexistent-folder/shot.png");
    const ProcessResult result = runTrustbook({QStringLiteral("--screenshot"), path}, true);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("cannot write ") + path), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

// QSaveFile followed the link: a dangling one got its target created.
void TestCommandLine::binary_screenshotToSymlink_isRefusedLeavingLinkAlone()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("target.png"));
    const QString link = dir.filePath(QStringLiteral("link.png"));
    QVERIFY(QFile::link(target, link));
    const ProcessResult result = runTrustbook({QStringLiteral("--screenshot"), link}, true);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("cannot write ") + link) &&
                 result.err.contains(QLatin1String("symbolic link")),
             qPrintable(result.err));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
}

void TestCommandLine::binary_secondLaunch_handsLinkToFirstAndExitsZero()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = windowEnvironment(home);
    QProcess first;
    first.setProcessEnvironment(environment);
    first.start(kTrustbook, {});
    const QString socket = home.filePath(QStringLiteral("trustbook-%1").arg(::getuid()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), kProcessTimeoutMs);

    // The second launch must not need Chromium: it hands over and leaves.
    environment.insert(QStringLiteral("QTWEBENGINEPROCESS_PATH"),
                       QStringLiteral("/nonexistent/QtWebEngineProcess"));
    QElapsedTimer clock;
    clock.start();
    const ProcessResult second =
        runProcess(kTrustbook, {QLatin1String("trustbook://") + m_sections.constFirst().path},
                   environment, kProcessTimeoutMs);
    const qint64 elapsedMs = clock.elapsed();

    QCOMPARE(second.exitCode, 0);
    QCOMPARE(second.out, QString());
    QVERIFY2(elapsedMs < 5000, qPrintable(QString::number(elapsedMs)));
    QCOMPARE(first.state(), QProcess::Running);
    first.kill();
    QVERIFY(first.waitForFinished(kProcessTimeoutMs));
}

// Launches that race used to find nobody listening and both build a window: now one wins the
// lock, and the other waits for its socket, hands over and exits 0.
void TestCommandLine::binary_twoLaunchesAtOnce_openOneWindow()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment environment = windowEnvironment(home);
    QProcess first;
    QProcess second;
    for (QProcess *launch : {&first, &second})
        launch->setProcessEnvironment(environment);
    first.start(kTrustbook, {});
    second.start(kTrustbook, {});
    QVERIFY(first.waitForStarted(kProcessTimeoutMs) && second.waitForStarted(kProcessTimeoutMs));

    QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning ||
                                 second.state() == QProcess::NotRunning,
                             kProcessTimeoutMs);
    QProcess &handedOver = first.state() == QProcess::NotRunning ? first : second;
    QProcess &window = &handedOver == &first ? second : first;
    QCOMPARE(handedOver.exitStatus(), QProcess::NormalExit);
    QCOMPARE(handedOver.exitCode(), 0);
    QCOMPARE(window.state(), QProcess::Running);
    window.kill();
    QVERIFY(window.waitForFinished(kProcessTimeoutMs));
}

void TestCommandLine::binary_quitSignal_savesWindowStateAndExitsZero_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM (logout)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::newRow("SIGHUP (terminal gone)") << int(SIGHUP);
}

// SIGTERM once killed the window where it stood (exit 143): a logout lost the window's state.
void TestCommandLine::binary_quitSignal_savesWindowStateAndExitsZero()
{
    QFETCH(int, signalNumber);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess window;
    window.setProcessEnvironment(windowEnvironment(home));
    window.start(kTrustbook, {m_sections.constLast().path});
    // The socket appears once the handlers are in; the window may still be building.
    const QString socket = home.filePath(QStringLiteral("trustbook-%1").arg(::getuid()));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), kProcessTimeoutMs);
    QCOMPARE(::kill(static_cast<pid_t>(window.processId()), signalNumber), 0);

    QVERIFY(window.waitForFinished(kProcessTimeoutMs));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    QFile settings(home.filePath(QStringLiteral("config/Trustbook/trustbook/trustbook.conf")));
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray saved = settings.readAll();
    QVERIFY2(saved.contains(QByteArray("lastSection=" + m_sections.constLast().path.toUtf8())),
             saved.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
