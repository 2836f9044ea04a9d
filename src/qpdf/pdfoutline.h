#pragma once

#include "pdfmetadata.h"
#include "result.h"

#include <QCoreApplication>

class QPDF;

// The bookmarks of an export: one per document, one per section below it, each landing where
// its anchor is. Chromium's printToPdf writes a named destination (the catalog's /Dests) for
// every element a link in the page points to, so the title block's contents, which link to
// every document and section, give each bookmark its page and position.
class PdfOutline final
{
    Q_DECLARE_TR_FUNCTIONS(PdfOutline)

public:
    // Replaces any outline in `pdf`; fails naming the first anchor the PDF has no destination
    // for. Returns how many bookmarks it wrote.
    [[nodiscard]] static Result<int> write(QPDF &pdf, const QList<PdfOutlineEntry> &entries);
};
