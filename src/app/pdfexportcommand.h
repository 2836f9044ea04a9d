#pragma once

#include "commandline.h"
#include "contentbundle.h"

#include <QTextStream>

// `trustbook --export-pdf`: one export, headless, turned into an exit code and a line for a
// person or a script. 0 and "PATH: N pages" on stdout; 2 for a section that does not exist;
// 1 when the export fails, with the exporter's message (path and reason) on stderr.
class PdfExportCommand final
{
    Q_DISABLE_COPY_MOVE(PdfExportCommand)

public:
    // `bundle` must outlive the command.
    explicit PdfExportCommand(const ContentBundle &bundle);

    // Needs the QApplication StartUp makes for an export (offscreen unless the user chose a
    // platform, Chromium's environment locked down, the user's language installed).
    int run(const CommandLine::PdfExport &options);

private:
    bool resolvePlaces(const CommandLine::PdfExport &options, QList<SectionRef> *places);

    const ContentBundle &m_bundle;
    const ContentCatalog &m_catalog;
    QTextStream m_out;
    QTextStream m_err;
};
