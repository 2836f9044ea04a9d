#include "pdfexportcommand.h"

#include "atomicfilewriter.h"

#include <QCoreApplication>
#include <QFileInfo>

PdfExportCommand::PdfExportCommand(const ContentBundle &bundle, ExportChildProgram program,
                                   std::unique_ptr<ExportChild> firstChild)
    : m_catalog(bundle.catalog())
    , m_messagePrefix(bundle.brand().messagePrefix())
    , m_program(std::move(program))
    , m_firstChild(std::move(firstChild))
    , m_out(stdout)
    , m_err(stderr)
{}

bool PdfExportCommand::resolvePlaces(const CommandLine::PdfExport &options,
                                     QList<SectionRef> *places)
{
    if (options.sectionPaths.isEmpty()) {
        for (int d = 0; d < m_catalog.documentCount(); ++d)
            places->append({d, -1});
        return true;
    }
    for (const QString &path : options.sectionPaths) {
        const SectionRef ref = m_catalog.find(path);
        if (!ref.isValid()) {
            m_err << m_messagePrefix << CommandLine::unknownSectionMessage(path) << '\n';
            return false;
        }
        places->append(ref);
    }
    return true;
}

int PdfExportCommand::run(const CommandLine::PdfExport &options)
{
    PdfExportRequest request;
    if (!resolvePlaces(options, &request.places))
        return 2;
    request.filePath = QFileInfo(options.filePath).absoluteFilePath();
    // A target that cannot be written (a link, a folder, no such folder) fails before
    // Chromium spends seconds on pages nobody gets.
    if (const Result<Done> writable = AtomicFileWriter::check(request.filePath); !writable) {
        m_err << m_messagePrefix << writable.error() << '\n';
        return 1;
    }
    request.pageLayout = PdfExportRequest::defaultPageLayout(
        options.pageSize.value_or(PdfExportRequest::localPageSize(QLocale::system())),
        options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    request.preparedFor = options.preparedFor;
    if (options.exportedAt)
        request.exportedAt = *options.exportedAt;

    PdfExportProcess exporter(m_program, m_catalog);
    exporter.setFirstChild(std::move(m_firstChild));
    std::optional<PdfExportResult> result;
    QObject::connect(&exporter, &PdfExportProcess::finished, QCoreApplication::instance(),
                     [&result](const PdfExportResult &finished) {
                         result = finished;
                         QCoreApplication::quit();
                     });
    if (const Result<Done> started = exporter.start(request); !started) {
        m_err << m_messagePrefix << started.error() << '\n';
        return 1;
    }
    QCoreApplication::exec();
    if (!result || !*result) {
        m_err << m_messagePrefix << (result ? result->error() : QString()) << '\n';
        return 1;
    }
    // The title block and the errors are in the user's language; this line stays as it is,
    // for scripts.
    const PdfExport &done = **result;
    m_out << done.filePath << ": " << done.pageCount
          << (done.pageCount == 1 ? " page\n" : " pages\n");
    return 0;
}
