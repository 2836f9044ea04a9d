#include "commandline.h"

#include "appscheme.h"
#include "csvformat.h"
#include "pdfexportchild.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <climits>

namespace {

void describe(QCommandLineParser &parser, const Brand &brand)
{
    QString description =
        QCoreApplication::translate("CommandLine", "%1: read your security and compliance "
                                                   "documentation offline.")
            .arg(brand.name);
    if (!brand.support.isEmpty())
        description +=
            QLatin1Char('\n') +
            QCoreApplication::translate("CommandLine", "Questions: %1").arg(brand.support);
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("list"),
         QCoreApplication::translate("CommandLine",
                                     "Print DOC/SECTION<TAB>title for every section and exit.")});
    parser.addOption({QStringLiteral("search"),
                      QCoreApplication::translate(
                          "CommandLine", "Print up to 20 sections matching QUERY, best first, as "
                                         "DOC/SECTION<TAB>score<TAB>title<TAB>matched words<TAB>"
                                         "snippet, and exit."),
                      QStringLiteral("QUERY")});
    parser.addOption({QStringLiteral("answer"),
                      QCoreApplication::translate(
                          "CommandLine",
                          "Answer the questionnaire FILE (CSV or xlsx) from the content, write the "
                          "answered copy beside it (q.xlsx gives q.answered.xlsx), and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("output"),
                      QCoreApplication::translate(
                          "CommandLine", "With --answer: write the answered questionnaire to FILE "
                                         "instead (never over the questionnaire itself)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("question-column"),
                      QCoreApplication::translate(
                          "CommandLine", "With --answer: the header of the column that holds the "
                                         "questions (default: found in the file)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("answer-column"),
                      QCoreApplication::translate(
                          "CommandLine", "With --answer: the header of the column the answers go "
                                         "into (default: an empty Response, Answer or Comment "
                                         "column, else a new Answer column)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("sheet"),
         QCoreApplication::translate(
             "CommandLine",
             "With --answer: the xlsx sheet with the questions (default: found in the file)."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("export-pdf"),
                      QCoreApplication::translate(
                          "CommandLine", "Export to the PDF file FILE without a window and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("section"),
                      QCoreApplication::translate(
                          "CommandLine", "With --export-pdf: a section (or a document) to export; "
                                         "give it once per section."),
                      QStringLiteral("DOC/SECTION")});
    parser.addOption(
        {QStringLiteral("all"),
         QCoreApplication::translate("CommandLine", "With --export-pdf: export everything.")});
    parser.addOption({QStringLiteral("page-size"),
                      QCoreApplication::translate(
                          "CommandLine", "With --export-pdf: A4, Letter or Legal (default: the "
                                         "system's, Letter in the US and Canada, else A4)."),
                      QStringLiteral("SIZE")});
    parser.addOption(
        {QStringLiteral("landscape"),
         QCoreApplication::translate("CommandLine", "With --export-pdf: landscape pages.")});
    parser.addOption({QStringLiteral("prepared-for"),
                      QCoreApplication::translate(
                          "CommandLine", "With --export-pdf: stamp \"Prepared for TEXT\", the "
                                         "date and \"Confidential\" on every page."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("export-time"),
                      QCoreApplication::translate(
                          "CommandLine", "With --export-pdf: the export time to stamp, e.g. "
                                         "2026-12-01T12:00:00Z (default: now); the same content "
                                         "and options then give the same bytes."),
                      QStringLiteral("ISO-8601")});
    parser.addOption(
        {QStringLiteral("verify-pdf"),
         QCoreApplication::translate(
             "CommandLine", "Check an exported PDF against the installed content: its content "
                            "version and every section's text. Exit 0 when all match, 1 naming the "
                            "sections that differ, 2 for a file that is not a %1 PDF.")
             .arg(brand.name),
         QStringLiteral("FILE")});
    parser.addPositionalArgument(
        QStringLiteral("section"),
        QCoreApplication::translate("CommandLine",
                                    "Open at DOC/SECTION, DOC or a trustbook:// link."),
        QStringLiteral("[DOC/SECTION]"));
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate(
                          "CommandLine",
                          "Save a PNG of the window at the section once it has painted, and exit."),
                      QStringLiteral("FILE.png")});
    parser.addOption(
        {QStringLiteral("preview"),
         QCoreApplication::translate(
             "CommandLine", "Show the markdown folder DIR as it would be built, without building: "
                            "rendered as the build renders it, again on every save. Writes "
                            "nothing; marked as a preview, not a release."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("theme"),
         QCoreApplication::translate("CommandLine", "Page theme: light, dark or system."),
         QStringLiteral("THEME")});
    // The export child (see PdfExportProcess): the app starts it, a user never needs to.
    QCommandLineOption exportChild(PdfExportChild::option());
    exportChild.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(exportChild);
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate(
                          "CommandLine", "Use language CODE (de, en, fr) instead of the system's."),
                      QStringLiteral("CODE")});
}

// A language the app ships, or empty when the code names none (then it is an error).
bool isKnownLanguage(const QString &code)
{
    return QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}.contains(
        QLocale(code).name().section(QLatin1Char('_'), 0, 0));
}

CommandLine result(CommandLine::Action action, const QString &message = {})
{
    CommandLine commandLine;
    commandLine.action = action;
    commandLine.message = message;
    return commandLine;
}

CommandLine failure(const QString &message)
{
    return result(CommandLine::Action::UsageError, message);
}

// Options that name a file: an empty name would mean "nowhere" further down (the exporter
// keeps an unnamed PDF in memory), so it is a mistake here.
const QStringList kPathOptions{QStringLiteral("export-pdf"), QStringLiteral("screenshot"),
                               QStringLiteral("answer"),     QStringLiteral("output"),
                               QStringLiteral("verify-pdf"), QStringLiteral("preview")};
// What a command line asks for; it may ask for one. A section alone opens the window.
const QStringList kModes{QStringLiteral("list"),       QStringLiteral("search"),
                         QStringLiteral("answer"),     QStringLiteral("export-pdf"),
                         QStringLiteral("verify-pdf"), QStringLiteral("screenshot")};

// A name the system would refuse anyway (ENAMETOOLONG), said before any work and without
// echoing all of it: a path that long is no file a user means.
bool exceedsSystemLimits(const QString &path)
{
    if (QFile::encodeName(QFileInfo(path).absoluteFilePath()).size() >= PATH_MAX)
        return true;
    const QStringList names = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
        return QFile::encodeName(name).size() > NAME_MAX;
    });
}

// Given twice, an option would silently lose one of its values; only --section adds up.
std::optional<QString> repeatedOption(const QCommandLineParser &parser)
{
    QStringList seen;
    for (const QString &name : parser.optionNames()) {
        if (name == QLatin1String("section"))
            continue;
        if (seen.contains(name))
            return name;
        seen.append(name);
    }
    return std::nullopt;
}

// Mistakes in how options combine, whatever the mode: one mode, each option once, no empty
// file name, and a value that is wrong is wrong even where its option would be ignored.
std::optional<CommandLine> misuse(const QCommandLineParser &parser)
{
    if (const std::optional<QString> repeated = repeatedOption(parser))
        return failure(QCoreApplication::translate("CommandLine", "--%1 is given more than once.")
                           .arg(CommandLine::shortened(*repeated)));
    QStringList modes;
    for (const QString &mode : kModes) {
        if (parser.isSet(mode))
            modes.append(QLatin1String("--") + mode);
    }
    if (modes.size() > 1)
        return failure(QCoreApplication::translate(
                           "CommandLine",
                           "Give only one of --list, --search, --answer, --export-pdf, "
                           "--verify-pdf and --screenshot, not %1 and %2.")
                           .arg(modes.at(0), modes.at(1)));
    for (const QString &option : kPathOptions) {
        if (!parser.isSet(option))
            continue;
        const QString path = parser.value(option);
        if (path.isEmpty())
            return failure(
                QCoreApplication::translate("CommandLine", "--%1 needs a file name, not \"\".")
                    .arg(option));
        if (exceedsSystemLimits(path))
            return failure(QCoreApplication::translate(
                               "CommandLine", "--%1: the name '%2' is longer than this system "
                                              "allows for a file (%3 bytes, %4 for each part).")
                               .arg(option, CommandLine::shortened(path))
                               .arg(PATH_MAX)
                               .arg(NAME_MAX));
    }
    const QStringList themes{QStringLiteral("light"), QStringLiteral("dark"),
                             QStringLiteral("system")};
    const QString theme = parser.value(QStringLiteral("theme"));
    if (parser.isSet(QStringLiteral("theme")) && !themes.contains(theme))
        return failure(QCoreApplication::translate("CommandLine",
                                                   "Unknown theme '%1'; use light, dark or system.")
                           .arg(CommandLine::shortened(theme)));
    return std::nullopt;
}

// The first look at the arguments (see StartUp) runs before any QCoreApplication exists; then
// Qt cannot name the program itself and would print "Usage: <executable_name>".
QString helpText(const QCommandLineParser &parser, const QStringList &arguments)
{
    return parser.helpText().replace(QLatin1String("<executable_name>"), arguments.value(0));
}

CommandLine searchCommand(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "--search takes no section."));
    CommandLine commandLine = result(CommandLine::Action::Search);
    commandLine.searchQuery = parser.value(QStringLiteral("search"));
    return commandLine;
}

CommandLine windowOptions(const QCommandLineParser &parser, const QStringList &positional)
{
    CommandLine commandLine =
        result(parser.isSet(QStringLiteral("screenshot")) ? CommandLine::Action::Screenshot
                                                          : CommandLine::Action::OpenWindow);
    commandLine.screenshotPath = parser.value(QStringLiteral("screenshot"));
    commandLine.theme = parser.value(QStringLiteral("theme"));
    commandLine.previewDir = parser.value(QStringLiteral("preview"));
    if (!positional.isEmpty())
        commandLine.sectionPath = CommandLine::sectionPathFromArgument(positional.first());
    return commandLine;
}

std::optional<QPageSize::PageSizeId> pageSizeNamed(const QString &name)
{
    for (const auto id : {QPageSize::A4, QPageSize::Letter, QPageSize::Legal}) {
        if (name.compare(QPageSize::key(id), Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

// A recipient is one line of words on every page: no line breaks or control characters that
// would break the footer, and short enough to fit on it.
std::optional<QString> preparedForMistake(const QString &text)
{
    constexpr qsizetype kLongest = 120;
    if (text.isEmpty())
        return QCoreApplication::translate("CommandLine", "--prepared-for needs a name, not \"\".");
    if (text.size() > kLongest)
        return QCoreApplication::translate("CommandLine",
                                           "--prepared-for: '%1' is longer than %2 characters.")
            .arg(CommandLine::shortened(text))
            .arg(kLongest);
    const bool control = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
               c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    });
    if (control)
        return QCoreApplication::translate(
                   "CommandLine", "--prepared-for: '%1' holds a line break or control character.")
            .arg(CommandLine::shortened(text));
    return std::nullopt;
}

// An ISO 8601 date and time that says its zone (Z or an offset): a time without one would mean
// a different moment on every machine, and a stamp must not.
std::optional<QDateTime> exportTime(const QString &text)
{
    static const QRegularExpression zoned(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!zoned.match(text).hasMatch())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? std::optional<QDateTime>(at) : std::nullopt;
}

// --export-pdf and its companions; the sections' existence is checked against the catalog
// later, like the window's section.
CommandLine parseExport(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("export-pdf")))
        return failure(QCoreApplication::translate(
            "CommandLine", "--section, --all, --page-size, --landscape, --prepared-for and "
                           "--export-time go with --export-pdf."));
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate(
            "CommandLine", "--export-pdf takes its sections with --section, not as arguments."));
    CommandLine::PdfExport pdf;
    pdf.filePath = parser.value(QStringLiteral("export-pdf"));
    for (const QString &path : parser.values(QStringLiteral("section")))
        pdf.sectionPaths.append(CommandLine::sectionPathFromArgument(path));
    if (pdf.sectionPaths.isEmpty() == !parser.isSet(QStringLiteral("all")))
        return failure(QCoreApplication::translate(
            "CommandLine",
            "--export-pdf needs either --section DOC/SECTION (once or more) or --all."));
    if (parser.isSet(QStringLiteral("page-size"))) {
        pdf.pageSize = pageSizeNamed(parser.value(QStringLiteral("page-size")));
        if (!pdf.pageSize)
            return failure(
                QCoreApplication::translate("CommandLine",
                                            "Unknown page size '%1'; use A4, Letter or Legal.")
                    .arg(CommandLine::shortened(parser.value(QStringLiteral("page-size")))));
    }
    pdf.landscape = parser.isSet(QStringLiteral("landscape"));
    if (parser.isSet(QStringLiteral("prepared-for"))) {
        pdf.preparedFor = parser.value(QStringLiteral("prepared-for")).trimmed();
        if (std::optional<QString> mistake = preparedForMistake(pdf.preparedFor))
            return failure(*mistake);
    }
    if (parser.isSet(QStringLiteral("export-time"))) {
        const QString text = parser.value(QStringLiteral("export-time"));
        pdf.exportedAt = exportTime(text);
        if (!pdf.exportedAt)
            return failure(QCoreApplication::translate(
                               "CommandLine",
                               "--export-time '%1' is not an ISO 8601 time with its zone; use e.g. "
                               "2026-12-01T12:00:00Z or 2026-12-01T13:00:00+01:00.")
                               .arg(CommandLine::shortened(text)));
    }
    CommandLine commandLine = result(CommandLine::Action::ExportPdf);
    commandLine.pdfExport = pdf;
    return commandLine;
}

bool isSet(const QCommandLineParser &parser, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

// --answer and its companions; misuse() has seen to the modes and the file names' shape, and
// the files themselves are the command's to check.
CommandLine parseAnswer(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("answer")))
        return failure(QCoreApplication::translate(
            "CommandLine",
            "--output, --question-column, --answer-column and --sheet go with --answer."));
    if (!parser.positionalArguments().isEmpty())
        return failure(QCoreApplication::translate("CommandLine", "--answer takes no section."));
    CommandLine::Answer answer;
    answer.inputPath = parser.value(QStringLiteral("answer"));
    answer.outputPath = parser.value(QStringLiteral("output"));
    answer.questionColumn = parser.value(QStringLiteral("question-column"));
    answer.answerColumn = parser.value(QStringLiteral("answer-column"));
    answer.sheet = parser.value(QStringLiteral("sheet"));
    // A CSV questionnaire is answered as CSV and an xlsx one as xlsx.
    const QString outputSuffix = QFileInfo(answer.outputPath).suffix().toLower();
    const bool knownOutput =
        outputSuffix == QLatin1String("csv") || outputSuffix == QLatin1String("xlsx");
    if (knownOutput &&
        CsvFormat::isCsvFileName(answer.outputPath) != CsvFormat::isCsvFileName(answer.inputPath))
        return failure(QCoreApplication::translate(
                           "CommandLine",
                           "--output %1: a CSV questionnaire is answered as CSV, an xlsx one as "
                           "xlsx.")
                           .arg(CommandLine::shortened(answer.outputPath)));
    CommandLine commandLine = result(CommandLine::Action::Answer);
    commandLine.answer = answer;
    return commandLine;
}

bool wantsExport(const QCommandLineParser &parser)
{
    return isSet(parser, {"export-pdf", "section", "all", "page-size", "landscape", "prepared-for",
                          "export-time"});
}

} // namespace

namespace {

// What to do; the language is read by parse(), the same for every action.
CommandLine parseAction(const QCommandLineParser &parser, const QStringList &arguments)
{
    // addHelpOption() adds --help-all too; left unhandled it would fall through and open a window.
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        return result(CommandLine::Action::ShowHelp, helpText(parser, arguments));
    if (parser.isSet(QStringLiteral("version")))
        return result(CommandLine::Action::ShowVersion);
    if (parser.isSet(PdfExportChild::option()))
        return result(CommandLine::Action::PdfExportChild);
    if (std::optional<CommandLine> mistake = misuse(parser))
        return *mistake;
    if (wantsExport(parser))
        return parseExport(parser);
    if (isSet(parser, {"answer", "output", "question-column", "answer-column", "sheet"}))
        return parseAnswer(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return failure(
            QCoreApplication::translate("CommandLine", "Give at most one section, not %1.")
                .arg(positional.size()));
    if (parser.isSet(QStringLiteral("verify-pdf"))) {
        if (!positional.isEmpty())
            return failure(
                QCoreApplication::translate("CommandLine", "--verify-pdf takes no section."));
        CommandLine commandLine = result(CommandLine::Action::VerifyPdf);
        commandLine.verifyPdfPath = parser.value(QStringLiteral("verify-pdf"));
        return commandLine;
    }
    if (parser.isSet(QStringLiteral("list")))
        return positional.isEmpty() ? result(CommandLine::Action::List)
                                    : failure(QCoreApplication::translate(
                                          "CommandLine", "--list takes no section."));
    if (parser.isSet(QStringLiteral("search")))
        return searchCommand(parser, positional);
    return windowOptions(parser, positional);
}

// Qt's message quotes an unknown option whole, however long it is.
QString shortenedErrorText(const QCommandLineParser &parser)
{
    QString text = parser.errorText();
    for (const QString &name : parser.unknownOptionNames())
        text.replace(name, CommandLine::shortened(name));
    return text;
}

} // namespace

CommandLine CommandLine::parse(const QStringList &arguments, const Brand &brand)
{
    QCommandLineParser parser;
    describe(parser, brand);
    // QCommandLineParser keeps reading past a mistake, so even a command line with one names
    // its language, and the message about the mistake can be in it.
    const bool parsed = parser.parse(arguments);
    const QString language = parser.value(QStringLiteral("lang"));
    const bool knownLanguage = !parser.isSet(QStringLiteral("lang")) || isKnownLanguage(language);
    CommandLine commandLine =
        parsed ? parseAction(parser, arguments) : failure(shortenedErrorText(parser));
    // A preview is a window: it shows no other content to list, search, answer or export.
    if (parser.isSet(QStringLiteral("preview")) && commandLine.action != Action::OpenWindow &&
        commandLine.action != Action::Screenshot && commandLine.action != Action::UsageError &&
        commandLine.action != Action::ShowHelp && commandLine.action != Action::ShowVersion)
        commandLine = failure(QCoreApplication::translate(
            "CommandLine", "--preview opens a window; it goes only with a section, --screenshot, "
                           "--theme and --lang."));
    if (knownLanguage) {
        commandLine.language = language;
        return commandLine;
    }
    if (commandLine.action == Action::UsageError || commandLine.action == Action::ShowHelp ||
        commandLine.action == Action::ShowVersion)
        return commandLine;
    return failure(QCoreApplication::translate("CommandLine",
                                               "Unknown language '%1'; %2 speaks de, en and fr.")
                       .arg(shortened(language), brand.name));
}

QString CommandLine::unknownSectionMessage(const QString &sectionPath)
{
    // The program's name is the brand's binary (main sets it before anything runs).
    return QCoreApplication::translate("CommandLine",
                                       "there is no section '%1'. '%2 --list' shows every section.")
        .arg(shortened(sectionPath), QCoreApplication::applicationName());
}

QString CommandLine::shortened(const QString &argument)
{
    constexpr qsizetype kMaxShown = 80;
    if (argument.size() <= kMaxShown)
        return argument;
    // Never cut a surrogate pair in half.
    qsizetype cut = kMaxShown;
    if (argument.at(cut - 1).isHighSurrogate())
        --cut;
    return argument.left(cut) + QChar(0x2026);
}

Result<QStringList, QByteArray> CommandLine::decodeArguments(int argc, const char *const *argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        const QString argument = QFile::decodeName(bytes);
        // Decoding that loses bytes would make a file name point somewhere else.
        if (QFile::encodeName(argument) != bytes)
            return Result<QStringList, QByteArray>::failure(bytes);
        arguments.append(argument);
    }
    return Result<QStringList, QByteArray>::success(arguments);
}

QString CommandLine::undecodableMessage(const QByteArray &argument)
{
    return QCoreApplication::translate("CommandLine",
                                       "the argument '%1' is not valid text in this system's "
                                       "character encoding; rename the file or set LC_ALL to the "
                                       "encoding its name uses.")
        .arg(shortened(QFile::decodeName(argument)));
}

QString CommandLine::sectionPathFromArgument(const QString &argument)
{
    const QUrl url(argument, QUrl::StrictMode);
    if (url.scheme() != appScheme())
        return argument;
    QString path = url.host() + url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // The page's own form, trustbook://DOC/#SECTION, names its section in the fragment; where
    // the path names one, a query or fragment added on the way (a tracker, a chat client)
    // must not send the reader elsewhere.
    if (path == url.host() && url.hasFragment() && !url.fragment().isEmpty())
        return path + QLatin1Char('/') + url.fragment();
    return path;
}
