#pragma once

#include "pdfstructure.h"
#include "result.h"

#include <QByteArray>

// Reads a PDF's document information and outline with qpdf (for PdfVerifier).
class PdfStructureReader final
{
public:
    // Fails with qpdf's reason for bytes it cannot read as a PDF.
    [[nodiscard]] static Result<PdfStructure> read(const QByteArray &pdf);
};
