#pragma once

#include "contentbundle.h"

// The child's side of PdfExportProcess: `trustbook --pdf-export-child` reads one export request
// on standard input, runs PdfExporter on its own Chromium, and answers on standard output (see
// PdfExportProtocol). Whatever Chromium does to this process, a crash included, the window or
// command that asked is untouched and reports it.
class PdfExportChild final
{
    Q_DISABLE_COPY_MOVE(PdfExportChild)

public:
    explicit PdfExportChild(const ContentBundle &bundle);

    // Needs the QApplication StartUp made. Returns the exit code: 0 when the PDF was handed
    // back, 1 when the export failed (the parent has the message).
    int run();

    // The hidden option that makes the app a child.
    static QString option() { return QStringLiteral("pdf-export-child"); }

private:
    const ContentBundle &m_bundle;
};
