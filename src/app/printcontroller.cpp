#include "printcontroller.h"

#include "exportchoices.h"
#include "pdfexportdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>

namespace {
constexpr qreal kMaxDotsPerInch = 300; // sharp on paper without page images of 100 MB
}

PrintController::PrintController(const ContentBundle &bundle, const ExportChildProgram &program,
                                 RememberedFolder exportFolder, TreePlaces places, QWidget *window)
    : QObject(window)
    , m_catalog(bundle.catalog())
    , m_places(places)
    , m_window(window)
    , m_exporter(program, bundle.catalog(), this)
    , m_exportFolder(exportFolder)
    , m_action(new QAction(tr("&Print…"), this))
{
    m_action->setObjectName(QStringLiteral("actionPrint"));
    m_action->setShortcut(QKeySequence::Print);
    connect(m_action, &QAction::triggered, this, &PrintController::askAndPrint);
    connect(&m_exporter, &PdfExportProcess::finished, this, &PrintController::showPreview);
}

QPrinter *PrintController::printer()
{
    if (m_printer)
        return m_printer.get();
    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setPageLayout(
        PdfExportRequest::defaultPageLayout(PdfExportRequest::localPageSize(QLocale::system())));
    // The pages carry their own margins (the exporter's page layout): print them edge to edge.
    // After setPageLayout, which would otherwise bring the margins back.
    m_printer->setFullPage(true);
    return m_printer.get();
}

// Asks what to print with the export's choices, then prepares those pages.
void PrintController::askAndPrint()
{
    const ExportChoices choices(m_catalog, m_places);
    auto *dialog = new PdfExportDialog(choices.offer(), m_exportFolder, QLocale::system(), m_window,
                                       PdfExportDialog::Purpose::Print);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, choices] {
        preparePages(choices.places(dialog->scope()), dialog->preparedFor());
    });
    dialog->open();
}

void PrintController::preparePages(const QList<SectionRef> &places, const QString &preparedFor)
{
    PdfExportRequest request; // no file: the pages stay in memory
    request.places = places;
    request.preparedFor = preparedFor;
    request.pageLayout = printer()->pageLayout();
    if (const Result<Done> started = m_exporter.start(request); !started) {
        Q_EMIT statusMessage(started.error(), 6000);
        return;
    }
    m_action->setEnabled(false);
    Q_EMIT statusMessage(tr("Preparing the pages…"), 0);
}

void PrintController::showPreview(const PdfExportResult &result)
{
    m_action->setEnabled(true);
    Q_EMIT statusMessage({}, 0);
    if (!result) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Print"), result.error(),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!m_document)
        m_document = std::make_unique<QPdfDocument>();
    m_document->close();
    m_pdf.close();
    m_pdf.setData(result->pdf);
    m_pdf.open(QIODevice::ReadOnly);
    m_document->load(&m_pdf);
    auto *preview = new QPrintPreviewDialog(printer(), m_window);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this, &PrintController::paintPages);
    preview->open();
    Q_EMIT previewOpened(m_document->pageCount());
}

// Each page scaled to the paper, centred; a change of paper in the preview just rescales.
void PrintController::paintPages(QPrinter *printer)
{
    QPainter painter(printer);
    const QRect paper = painter.viewport();
    const qreal scale = qMin<qreal>(1.0, kMaxDotsPerInch / printer->resolution());
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0)
            printer->newPage();
        const QSize target =
            m_document->pagePointSize(page).scaled(paper.size(), Qt::KeepAspectRatio).toSize();
        const QImage image = m_document->render(page, (QSizeF(target) * scale).toSize());
        const QPoint origin((paper.width() - target.width()) / 2, 0);
        painter.drawImage(QRect(origin, target), image);
    }
}
