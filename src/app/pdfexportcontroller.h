#pragma once

#include "contentbundle.h"
#include "pdfexportprocess.h"
#include "rememberedfolder.h"
#include "treeplaces.h"

#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;

// File > Export to PDF…: asks with PdfExportDialog (non-modal to the event loop, so the
// window keeps painting), turns the chosen scope into places from the tree, runs the
// exporter and tells the user how it went. The action is disabled while an export runs; a
// progress dialog with Cancel appears if it takes longer than a moment.
class PdfExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExportController)

public:
    PdfExportController(const ContentBundle &bundle, const ExportChildProgram &program,
                        RememberedFolder exportFolder, TreePlaces places, QWidget *window);

    QAction *action() const { return m_action; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    void exportFinished(const PdfExportResult &result);

private:
    void askAndExport();
    void startExport(const QList<SectionRef> &places, const QPageLayout &layout,
                     const QString &filePath, const QString &preparedFor);
    void reportResult(const PdfExportResult &result);

    const ContentCatalog &m_catalog;
    TreePlaces m_places;
    QWidget *m_window;
    PdfExportProcess m_exporter;
    RememberedFolder m_exportFolder; // where the export dialog starts
    QAction *m_action;
    QPointer<QProgressDialog> m_progress; // while an export runs; its Cancel cancels it
    QString m_filePath;                   // of the last export started
    bool m_cancelled = false;
};
