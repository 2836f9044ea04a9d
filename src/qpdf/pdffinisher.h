#pragma once

#include "qpdftools.h"

#include <QByteArray>
#include <QCoreApplication>

// Turns the PDFs Chromium printed into the export (libqpdf): the parts joined into one, with
// every part's named destinations (a link or bookmark may point into another part), the
// running footer laid over every page (drawn by `footer`: PdfFooter in the app), the document
// information and XMP (PdfDocumentInfo), the bookmarks (PdfOutline), and a document /ID computed
// from the content, so that the same content and metadata always give the same bytes.
class PdfFinisher final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFinisher)

public:
    [[nodiscard]] static Result<QByteArray> finish(const QList<QByteArray> &printed,
                                                   const PdfMetadata &metadata,
                                                   const QpdfTools::FooterRenderer &footer);
};
