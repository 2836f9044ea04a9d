#pragma once

#include "commandline.h"
#include "contentbundle.h"
#include "pdfexportprocess.h"

#include <QTextStream>

// `trustbook --export-pdf`: one export, headless, turned into an exit code and a line for a
// person or a script. 0 and "PATH: N pages" on stdout; 2 for a section that does not exist;
// 1 when the export fails, with the exporter's message (path and reason) on stderr. The pages
// are printed by a child process (PdfExportProcess), so this one needs no Chromium.
class PdfExportCommand final
{
    Q_DISABLE_COPY_MOVE(PdfExportCommand)

public:
    // `bundle` must outlive the command; `program` holds the same content. `firstChild`, when
    // there is one, is that program already running (forked, see ForkedExportChild).
    PdfExportCommand(const ContentBundle &bundle, ExportChildProgram program,
                     std::unique_ptr<ExportChild> firstChild = nullptr);

    // Needs the application StartUp makes, with the user's language installed.
    int run(const CommandLine::PdfExport &options);

private:
    bool resolvePlaces(const CommandLine::PdfExport &options, QList<SectionRef> *places);

    const ContentCatalog &m_catalog;
    QString m_messagePrefix; // the brand's program name
    ExportChildProgram m_program;
    std::unique_ptr<ExportChild> m_firstChild;
    QTextStream m_out;
    QTextStream m_err;
};
