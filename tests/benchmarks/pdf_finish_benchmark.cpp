// What the PDF post-processing (PdfFinisher: footer on every page, document information and
// XMP, bookmarks, /ID) adds to an export of everything, in one process: each run exports all
// content to a file through PdfExporter, timed from start() to finished(), and the exporter's
// own log line says how long the finishing took. Medians of --repeats runs.
//
//   pdf_finish_benchmark [--markdown DIR] [--repeats N] [--json FILE]
//
// Without --markdown it exports the content compiled in (the FAQ in a default build); with it,
// the markdown in DIR (e.g. from make_corpus.py) rendered here by the real generator.
#include "benchmarkstats.h"
#include "engineenvironment.h"
#include "generatedbundle.h"
#include "helpprofile.h"
#include "pdfexporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

// The last "finished the PDF (N pages) in M ms" the exporter logged.
qint64 g_finishMs = -1;
QtMessageHandler g_previous = nullptr;

void captureFinishing(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const QRegularExpression line(
        QStringLiteral("^finished the PDF \\(\\d+ pages?\\) in (\\d+) ms$"));
    if (const QRegularExpressionMatch match = line.match(message); match.hasMatch()) {
        g_finishMs = match.captured(1).toLongLong();
        return;
    }
    g_previous(type, context, message);
}

double median(const QList<double> &values)
{
    return spread(values).median;
}

QJsonObject stats(const QList<double> &values)
{
    return {{QStringLiteral("median"), median(values)},
            {QStringLiteral("min"), *std::min_element(values.cbegin(), values.cend())},
            {QStringLiteral("max"), *std::max_element(values.cbegin(), values.cend())},
            {QStringLiteral("runs"),
             QJsonArray::fromVariantList(QVariantList(values.cbegin(), values.cend()))}};
}

std::optional<ContentBundle> markdownBundle(const QString &markdown, const QString &root)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &name : QDir(markdown).entryList({QStringLiteral("*.md")}, QDir::Files))
        files.append({name, ScratchFiles::contents(QDir(markdown).filePath(name))});
    return generatedBundle(root, files);
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString &warning : EngineEnvironment::prepareProcess())
        err << "pdf_finish_benchmark: " << warning << '\n';
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("markdown"),
                      QStringLiteral("Content to export: markdown in DIR."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Runs (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Also write the numbers to FILE."),
                      QStringLiteral("FILE")});
    parser.process(app);

    QTemporaryDir scratch;
    std::optional<ContentBundle> bundle;
    if (parser.isSet(QStringLiteral("markdown"))) {
        bundle = markdownBundle(parser.value(QStringLiteral("markdown")),
                                scratch.filePath(QStringLiteral("content")));
    } else if (Result<ContentBundle> builtIn = ContentBundle::open(ContentBundle::builtInRoot())) {
        bundle = *std::move(builtIn);
    }
    if (!bundle) {
        err << "pdf_finish_benchmark: could not open or generate the content\n";
        return 1;
    }
    QLoggingCategory::setFilterRules(QStringLiteral("trustbook.viewer.info=true"));
    g_previous = qInstallMessageHandler(captureFinishing);

    HelpProfile profile(*bundle);
    PdfExporter exporter(&profile, *bundle);
    // The app gives up after 60 s without progress (25 ms a section more while printing); on a
    // busy machine 10,000 sections take longer, and here the time is what is measured.
    exporter.setTimeout(std::chrono::minutes(30));
    const ContentCatalog &catalog = bundle->catalog();
    PdfExportRequest request;
    for (int d = 0; d < catalog.documentCount(); ++d)
        request.places.append({d, -1});
    request.filePath = scratch.filePath(QStringLiteral("everything.pdf"));
    request.exportedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

    QList<double> total;
    QList<double> finishing;
    int pages = 0;
    const int repeats = std::max(1, parser.value(QStringLiteral("repeats")).toInt());
    for (int run = 0; run < repeats; ++run) {
        QEventLoop loop;
        std::optional<PdfExportResult> result;
        const auto connection = QObject::connect(&exporter, &PdfExporter::finished, &loop,
                                                 [&](const PdfExportResult &done) {
                                                     result = done;
                                                     loop.quit();
                                                 });
        g_finishMs = -1;
        QElapsedTimer timer;
        timer.start();
        if (const Result<Done> started = exporter.start(request); !started) {
            err << "pdf_finish_benchmark: " << started.error() << '\n';
            return 1;
        }
        loop.exec();
        QObject::disconnect(connection);
        if (!result || !*result || g_finishMs < 0) {
            err << "pdf_finish_benchmark: " << (result ? result->error() : QString()) << '\n';
            return 1;
        }
        total.append(static_cast<double>(timer.elapsed()));
        finishing.append(static_cast<double>(g_finishMs));
        pages = (*result)->pageCount;
    }
    const double share = median(finishing) / median(total);
    const double ratio = median(total) / (median(total) - median(finishing));
    out << "content: " << catalog.documentCount() << " documents, " << catalog.sectionCount()
        << " sections, " << pages << " pages; " << repeats << " runs\n"
        << QStringLiteral("export of everything:  median %1 ms (%2-%3)\n")
               .arg(median(total), 0, 'f', 0)
               .arg(*std::min_element(total.cbegin(), total.cend()), 0, 'f', 0)
               .arg(*std::max_element(total.cbegin(), total.cend()), 0, 'f', 0)
        << QStringLiteral("of which finishing:    median %1 ms (%2-%3)\n")
               .arg(median(finishing), 0, 'f', 0)
               .arg(*std::min_element(finishing.cbegin(), finishing.cend()), 0, 'f', 0)
               .arg(*std::max_element(finishing.cbegin(), finishing.cend()), 0, 'f', 0)
        << QStringLiteral("finishing's share: %1 %; export / export without it: %2x\n")
               .arg(share * 100, 0, 'f', 1)
               .arg(ratio, 0, 'f', 3);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("documents"), catalog.documentCount()},
                               {QStringLiteral("sections"), catalog.sectionCount()},
                               {QStringLiteral("pages"), pages},
                               {QStringLiteral("export_ms"), stats(total)},
                               {QStringLiteral("finishing_ms"), stats(finishing)},
                               {QStringLiteral("finishing_share"), share},
                               {QStringLiteral("ratio_to_export_without_finishing"), ratio}};
        ScratchFiles::put(parser.value(QStringLiteral("json")), QJsonDocument(json).toJson());
    }
    return 0;
}
