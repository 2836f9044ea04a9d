#include "pdfexportcontroller.h"

#include "exportchoices.h"
#include "pdfexportdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QProgressDialog>

namespace {
constexpr int kStatusMessageMs = 8000;
constexpr int kProgressDelayMs = 400; // most exports are done by then: no dialog flashes up
} // namespace

PdfExportController::PdfExportController(const ContentBundle &bundle,
                                         const ExportChildProgram &program,
                                         RememberedFolder exportFolder, TreePlaces places,
                                         QWidget *window)
    : QObject(window)
    , m_catalog(bundle.catalog())
    , m_places(places)
    , m_window(window)
    , m_exporter(program, bundle.catalog(), this)
    , m_exportFolder(exportFolder)
    , m_action(new QAction(tr("&Export to PDF…"), this))
{
    m_action->setObjectName(QStringLiteral("actionExportPdf"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_action, &QAction::triggered, this, &PdfExportController::askAndExport);
    connect(&m_exporter, &PdfExportProcess::progress, this, [this](int done, int total) {
        Q_EMIT statusMessage(tr("Exporting to PDF… (step %1 of %2)").arg(done + 1).arg(total), 0);
        if (m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    connect(&m_exporter, &PdfExportProcess::finished, this, &PdfExportController::reportResult);
}

void PdfExportController::askAndExport()
{
    const ExportChoices choices(m_catalog, m_places);
    auto *dialog =
        new PdfExportDialog(choices.offer(), m_exportFolder, QLocale::system(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, choices] {
        startExport(choices.places(dialog->scope()), dialog->pageLayout(), dialog->filePath(),
                    dialog->preparedFor());
    });
    dialog->open();
}

void PdfExportController::startExport(const QList<SectionRef> &places, const QPageLayout &layout,
                                      const QString &filePath, const QString &preparedFor)
{
    PdfExportRequest request;
    request.places = places;
    request.pageLayout = layout;
    request.filePath = filePath;
    request.preparedFor = preparedFor;
    m_filePath = filePath;
    if (const Result<Done> started = m_exporter.start(request); !started) {
        reportResult(PdfExportResult::failure(started.error()));
        return;
    }
    m_action->setEnabled(false);
    m_cancelled = false;
    m_progress = new QProgressDialog(tr("Exporting to PDF…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressDelayMs);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_exporter.cancel(); // kills the child that prints; the target is never touched
    });
}

void PdfExportController::reportResult(const PdfExportResult &result)
{
    m_action->setEnabled(true);
    if (m_progress)
        m_progress->deleteLater();
    if (m_cancelled) {
        Q_EMIT statusMessage(tr("Export cancelled; %1 is as it was").arg(m_filePath),
                             kStatusMessageMs);
    } else if (result) {
        Q_EMIT statusMessage(
            (result->pageCount == 1
                 ? tr("Exported 1 page to %1").arg(result->filePath)
                 : tr("Exported %1 pages to %2").arg(result->pageCount).arg(result->filePath)),
            kStatusMessageMs);
    } else {
        Q_EMIT statusMessage({}, 0);
        // Not exec(): a nested event loop here would run under the exporter's signal.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export to PDF"), result.error(),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT exportFinished(result);
}
