#pragma once

#include "contentcatalog.h"
#include "exportchild.h"
#include "exportchildprogram.h"
#include "pdfexporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

// Exports to PDF in a child process (ExportChildProgram --pdf-export-child, see PdfExportChild),
// for the window and for --export-pdf alike. Qt WebEngine 6.4 crashes inside its printing
// path when a Chromium helper dies mid-print, so no in-process guard can be trusted; here such
// a crash ends the child, and this process reports it. A renderer that stops is tried once
// more on a fresh child; a child that stops talking (no heartbeat) is killed and counts the
// same. The child hands the PDF back; only this process writes the file (atomically), so a
// child that dies at any moment leaves nothing behind.
class PdfExportProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExportProcess)

public:
    PdfExportProcess(ExportChildProgram program, const ContentCatalog &catalog,
                     QObject *parent = nullptr);
    ~PdfExportProcess() override;

    // Starts an export; finished() follows. Fails, with no signal, when another export runs
    // or the request names nothing to export.
    Result<Done> start(const PdfExportRequest &request);
    // Kills the child: finished() reports the export cancelled, the target is untouched.
    // Does nothing once the PDF is being written: that ends as an export, not halfway.
    void cancel();
    bool isBusy() const { return m_child != nullptr; }
    // How long a silent child may take before it counts as stopped (tests shorten it).
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stall.setInterval(timeout); }

    // Started for each attempt, with the child's process id.
    qint64 childProcessId() const;
    // A child already running (forked before this process made its application, see
    // ForkedExportChild) for the first attempt of the next export; a retry starts the program.
    void setFirstChild(std::unique_ptr<ExportChild> child) { m_firstChild = std::move(child); }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const PdfExportResult &result);
    // A child started, for the first time or as the retry: `attempt` counts from 1.
    void childStarted(int attempt);

private:
    void launch();
    void readMessages();
    void onChildFinished();
    void rendererStopped();
    void takeDone(QByteArray payload);
    void write(PdfExport made);
    void onWritten();
    void fail(const QString &reason);
    void finish(const PdfExportResult &result);
    void dropChild();

    ExportChildProgram m_program;
    const ContentCatalog &m_catalog;
    std::unique_ptr<ExportChild> m_child;
    std::unique_ptr<ExportChild> m_firstChild;
    // Killed children on their way out, reaped when their end is seen: a killed Chromium takes
    // about 15 ms to go, which waiting for would add to every export and stall the window.
    std::vector<std::unique_ptr<ExportChild>> m_dying;
    QFutureWatcher<Result<Done>> m_writing; // the PDF going to its file, off the GUI thread
    PdfExport m_written;                    // what is reported once it is there
    PdfExportRequest m_request;
    QByteArray m_buffer;
    int m_attempt = 0;
    QTimer m_stall;
};
