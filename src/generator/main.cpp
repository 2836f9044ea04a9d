// trustbook-gen: the build step that turns the content folder into the pages, manifest and
// search text compiled into the app. A bad file fails the build with "file:line: message".
// Files are rendered by child processes of this binary (the hidden --render-many), several at
// once, so a hang or an abort() in cmark-gfm fails that file instead of the build.
#include "contentgenerator.h"
#include "inprocessrenderer.h"
#include "isolatedrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

constexpr int kUsageError = 2;

struct Options
{
    QCommandLineOption content{QStringLiteral("content"),
                               QStringLiteral("Folder of documents (markdown)."),
                               QStringLiteral("dir")};
    QCommandLineOption pageTemplate{QStringLiteral("template"),
                                    QStringLiteral("HTML page template."), QStringLiteral("file")};
    QCommandLineOption style{QStringLiteral("style"),
                             QStringLiteral("Style sheet inlined into every page."),
                             QStringLiteral("file")};
    QCommandLineOption output{QStringLiteral("output"), QStringLiteral("Folder to write into."),
                              QStringLiteral("dir")};
    QCommandLineOption check{QStringLiteral("check"),
                             QStringLiteral("Run every content check on the folder and report "
                                            "each problem as file:line: message; build nothing. "
                                            "Exit 1 on any error."),
                             QStringLiteral("dir")};
    QCommandLineOption strict{QStringLiteral("strict"),
                              QStringLiteral("Treat warnings (overdue reviews, empty answers, "
                                             "duplicate questions) as errors.")};
    QCommandLineOption timeBudget = limitOption(
        QStringLiteral("time-budget-ms"),
        QStringLiteral("Time each file may take to render, in milliseconds (default %1)."),
        RenderLimits().timeBudgetMs);
    QCommandLineOption maxInput =
        limitOption(QStringLiteral("max-input-bytes"),
                    QStringLiteral("Largest markdown file accepted (default %1)."),
                    RenderLimits().maxInputBytes);
    QCommandLineOption maxOutput =
        limitOption(QStringLiteral("max-output-bytes"),
                    QStringLiteral("Most rendered output one file may produce (default %1)."),
                    RenderLimits().maxOutputBytes);
    QCommandLineOption maxMemory = limitOption(
        QStringLiteral("max-memory-bytes"),
        QStringLiteral("Address space each render child may use, in bytes (default %1)."),
        RenderLimits().maxMemoryBytes);
    QCommandLineOption jobs = limitOption(
        QStringLiteral("jobs"),
        QStringLiteral("Files rendered at once, each in its own child (default %1, the CPUs)."),
        QThread::idealThreadCount());
    // Tests make several children render small content, as large content would.
    QCommandLineOption bytesPerChild = hidden(
        limitOption(QStringLiteral("bytes-per-child"),
                    QStringLiteral("Content each child after the first needs (default %1 bytes)."),
                    IsolatedRenderer::kBytesPerExtraChild));
    QCommandLineOption renderMany = hidden(QCommandLineOption(
        IsolatedRenderer::renderManyOption(),
        QStringLiteral("Internal: render the files named on stdin for the parent trustbook-gen.")));

    static QCommandLineOption limitOption(const QString &name, const QString &description,
                                          qint64 fallback)
    {
        return QCommandLineOption(name, description.arg(fallback), QStringLiteral("n"),
                                  QString::number(fallback));
    }
    static QCommandLineOption hidden(QCommandLineOption option)
    {
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }
};

// An argument as a message shows it: cut when long, so a 100 KB value is not echoed whole.
QString shortened(const QString &argument)
{
    constexpr qsizetype kShown = 40;
    return argument.size() <= kShown
               ? argument
               : argument.left(kShown) + QStringLiteral("… (%1 characters)").arg(argument.size());
}

// A limit must be a positive whole number; nullopt (and a message) otherwise.
std::optional<qint64> limitValue(const QCommandLineParser &parser, const QCommandLineOption &option,
                                 QTextStream &err)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (ok && value > 0)
        return value;
    err << "trustbook-gen: --" << option.names().constFirst()
        << " must be a positive whole number, got '" << shortened(parser.value(option)) << "'\n";
    return std::nullopt;
}

std::optional<RenderLimits> readLimits(const QCommandLineParser &parser, const Options &options,
                                       QTextStream &err)
{
    const std::optional<qint64> budgetMs = limitValue(parser, options.timeBudget, err);
    const std::optional<qint64> inputBytes = limitValue(parser, options.maxInput, err);
    const std::optional<qint64> outputBytes = limitValue(parser, options.maxOutput, err);
    const std::optional<qint64> memoryBytes = limitValue(parser, options.maxMemory, err);
    if (!budgetMs || !inputBytes || !outputBytes || !memoryBytes)
        return std::nullopt;
    return RenderLimits{*inputBytes, *outputBytes, *budgetMs, *memoryBytes};
}

// The child's side of an IsolatedRenderer: requests on stdin, replies on stdout, unbuffered
// so each reply leaves as soon as it is written.
int renderMany(const RenderLimits &limits)
{
    if (!IsolatedRenderer::limitMemory(limits.maxMemoryBytes)) {
        QTextStream(stderr) << "trustbook-gen: cannot limit the renderer's memory to "
                            << limits.maxMemoryBytes
                            << " bytes: " << QString::fromLocal8Bit(std::strerror(errno)) << '\n';
        return 1;
    }
    QFile out;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return IsolatedRenderer::serve(InProcessRenderer(SourceReader(limits.maxInputBytes)), limits,
                                   stdin, &out);
}

// The bytes of the file an option names; empty when the option is not given.
std::optional<QByteArray> readFileOption(const QCommandLineParser &parser,
                                         const QCommandLineOption &option, QTextStream &err)
{
    if (!parser.isSet(option))
        return QByteArray();
    QFile file(parser.value(option));
    if (!file.open(QIODevice::ReadOnly)) {
        err << file.fileName() << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

QString warning(const ContentError &problem)
{
    return ContentError{problem.file, problem.line, QStringLiteral("warning: ") + problem.message}
        .toString();
}

// `--check`: what a build would say, on stdout for an author's CI, and nothing written.
int check(const QCommandLineParser &parser, const Options &options,
          std::unique_ptr<const DocumentRenderer> renderer)
{
    QTextStream out(stdout);
    ContentGenerator generator(std::move(renderer), {}, {});
    const ContentChecks::Findings findings = generator.check(parser.value(options.check));
    const bool strict = parser.isSet(options.strict);
    for (const ContentError &error : findings.errors)
        out << error.toString() << '\n';
    for (const ContentError &problem : findings.warnings)
        out << (strict ? problem.toString() : warning(problem)) << '\n';
    return findings.errors.isEmpty() && (!strict || findings.warnings.isEmpty()) ? 0 : 1;
}

int generate(const QCommandLineParser &parser, const Options &options,
             std::unique_ptr<const DocumentRenderer> renderer, QTextStream &err)
{
    const std::optional<QByteArray> pageTemplate =
        readFileOption(parser, options.pageTemplate, err);
    const std::optional<QByteArray> style = readFileOption(parser, options.style, err);
    if (!pageTemplate || !style)
        return 1;
    ContentGenerator generator(std::move(renderer), *pageTemplate,
                               parser.value(options.pageTemplate), *style);
    generator.setStrict(parser.isSet(options.strict));
    QList<ContentError> warnings;
    const Result<Done, QList<ContentError>> generated =
        generator.generate(parser.value(options.content), parser.value(options.output), &warnings);
    for (const ContentError &problem : warnings)
        err << warning(problem) << '\n';
    for (const ContentError &error : generated.error())
        err << error.toString() << '\n';
    return generated ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders Trustbook's content into HTML pages and a manifest."));
    parser.addHelpOption();
    const Options options;
    parser.addOptions({options.content, options.pageTemplate, options.style, options.output,
                       options.check, options.strict, options.timeBudget, options.maxInput,
                       options.maxOutput, options.maxMemory, options.jobs, options.bytesPerChild,
                       options.renderMany});
    parser.process(app);

    QTextStream err(stderr);
    const std::optional<RenderLimits> limits = readLimits(parser, options, err);
    if (!limits)
        return kUsageError;
    if (parser.isSet(options.renderMany))
        return renderMany(*limits);
    const std::optional<qint64> jobs = limitValue(parser, options.jobs, err);
    const std::optional<qint64> bytesPerChild = limitValue(parser, options.bytesPerChild, err);
    if (!jobs || !bytesPerChild)
        return kUsageError;
    auto renderer = std::make_unique<IsolatedRenderer>(
        QCoreApplication::applicationFilePath(), *limits, static_cast<int>(qMin<qint64>(*jobs, 64)),
        *bytesPerChild);
    if (parser.isSet(options.check)) {
        if (parser.isSet(options.content) || parser.isSet(options.output)) {
            err << "trustbook-gen: --check builds nothing; it takes no --content or --output\n";
            return kUsageError;
        }
        return check(parser, options, std::move(renderer));
    }
    if (!parser.isSet(options.content) || !parser.isSet(options.pageTemplate) ||
        !parser.isSet(options.output)) {
        err << "trustbook-gen: --content, --template and --output are required\n";
        return kUsageError;
    }
    return generate(parser, options, std::move(renderer), err);
}
