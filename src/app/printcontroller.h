#pragma once

#include "contentbundle.h"
#include "pdfexportprocess.h"
#include "rememberedfolder.h"
#include "treeplaces.h"

#include <QBuffer>
#include <QObject>
#include <QPdfDocument>
#include <QPrinter>

#include <memory>

class QAction;

// File > Print…: asks what to print with the export's choices (the current section, the
// sections selected in the tree, the current document or everything), then shows a print
// preview. The pages come from the PDF exporter, so paper gets the same print style sheet,
// title block and footers as an exported PDF; they reach the printer as images of those pages at up
// to 300 dpi, which is what QWebEnginePage::print() would have sent too, without its own rendering
// path to keep right.
class PrintController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintController)

public:
    PrintController(const ContentBundle &bundle, const ExportChildProgram &program,
                    RememberedFolder exportFolder, TreePlaces places, QWidget *window);

    QAction *action() const { return m_action; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void previewOpened(int pageCount);

private:
    void askAndPrint();
    void preparePages(const QList<SectionRef> &places, const QString &preparedFor);
    void showPreview(const PdfExportResult &result);
    void paintPages(QPrinter *printer);
    QPrinter *printer();

    const ContentCatalog &m_catalog;
    TreePlaces m_places;
    QWidget *m_window;
    PdfExportProcess m_exporter;
    QBuffer m_pdf;
    std::unique_ptr<QPdfDocument> m_document; // made on the first print: it starts PDFium
    // Made on the first Print…: a QPrinter loads the CUPS plug-in and its libraries
    // (gnutls, p11-kit) and asks CUPS for the default printer, which start-up need not do.
    // Kept afterwards, with the paper and printer the user chose.
    std::unique_ptr<QPrinter> m_printer;
    RememberedFolder m_exportFolder; // where the export dialog starts
    QAction *m_action;
};
