#pragma once

#include "pdfmetadata.h"
#include "pdfstructure.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QtGlobal>

#include <functional>

// What the app does with libqpdf, which lives in a module of its own (trustbook-qpdf.so, see
// src/qpdf) that a process loads only when it finishes or reads a PDF (QpdfToolsLoader).
// Linked into the app, qpdf and the ten libraries it brings (GnuTLS and its own) were mapped
// and relocated at every start of every process, and kept 3.4 MiB of the window's memory.
class QpdfTools
{
public:
    // The footer pages for pages of these sizes (points), as one PDF (PdfFooter::render).
    using FooterRenderer = std::function<Result<QByteArray>(const QList<QSizeF> &pageSizes)>;

    // The export made of the PDFs Chromium printed, one after another (a large export is
    // printed in parts, see PdfExporter): their pages joined in order with the named
    // destinations of every part, the running footer laid over every page, the document
    // information and XMP, the bookmarks, and a document /ID computed from the content, so that
    // the same content and metadata always give the same bytes.
    [[nodiscard]] virtual Result<QByteArray> finish(const QList<QByteArray> &printed,
                                                    const PdfMetadata &metadata,
                                                    const FooterRenderer &footer) const = 0;
    // The Subject, Keywords and outline of a PDF; fails with qpdf's reason for one it cannot
    // read.
    [[nodiscard]] virtual Result<PdfStructure> structure(const QByteArray &pdf) const = 0;

protected:
    QpdfTools() = default;
    ~QpdfTools() = default; // the module owns its one instance
    QpdfTools(const QpdfTools &) = default;
    QpdfTools &operator=(const QpdfTools &) = default;
};

// The module's one exported function: its QpdfTools, which lives as long as the module. The
// name carries the interface's revision, to be raised with any change to QpdfTools: a module
// of another revision (left from another install) then fails to load, saying so, instead of
// being called through the wrong table.
extern "C" {
using QpdfToolsEntry = const QpdfTools *(*)();
}
#define TRUSTBOOK_QPDF_TOOLS_ENTRY trustbook_qpdf_tools_2
inline constexpr char kQpdfToolsEntry[] = QT_STRINGIFY(TRUSTBOOK_QPDF_TOOLS_ENTRY);
