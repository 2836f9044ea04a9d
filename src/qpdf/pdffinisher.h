#pragma once

#include "qpdftools.h"

#include <QByteArray>
#include <QCoreApplication>

// Turns the PDF Chromium printed into the export (libqpdf): the running footer laid over every
// page (drawn by `footer`: PdfFooter in the app), the document information and XMP
// (PdfDocumentInfo), the bookmarks (PdfOutline), and a document /ID computed from the content, so
// that the same content and metadata always give the same bytes.
class PdfFinisher final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFinisher)

public:
    [[nodiscard]] static Result<QByteArray> finish(const QByteArray &printed,
                                                   const PdfMetadata &metadata,
                                                   const QpdfTools::FooterRenderer &footer);
};
