#pragma once

#include "pdfmetadata.h"

#include <QByteArray>

class QPDF;

// The document information of an export and the XMP packet that mirrors it (PDF/A wants the
// two to agree): Title, Subject (the content version), Keywords (the section paths), Creator
// ("Trustbook x.y.z"), Chromium's Producer with qpdf named after it, and the export time as
// both dates, so that nothing in them changes from one export of the same content to the next.
class PdfDocumentInfo final
{
public:
    static void write(QPDF &pdf, const PdfMetadata &metadata);
    // The XMP packet on its own, for the /Metadata stream.
    static QByteArray xmp(const PdfMetadata &metadata, const QString &producer);
    // "D:20261201130600Z"
    static QString pdfDate(const QDateTime &at);
    // The Keywords value: the section paths, one space between.
    static QString keywords(const PdfMetadata &metadata);
};
