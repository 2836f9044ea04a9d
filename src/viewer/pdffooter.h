#pragma once

#include "pdfmetadata.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSizeF>

// The running footer of an export (led by the brand for a branded app), as a PDF of its own: one
// page per page of the export, the same size, with only the footer on it, drawn by QPainter on a
// QPdfWriter so the text is real text in an embedded font subset. PdfFinisher lays each page over
// its page of the export. It sits in the page's bottom margin (PdfExportRequest::defaultPageLayout
// keeps that free), so it never covers content.
class PdfFooter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfFooter)

public:
    // The lines of page `page` (1-based) of `pageCount`: title · Page i of N · version · time,
    // then "Prepared for …" when the export names a recipient.
    static QStringList lines(const PdfMetadata &metadata, int page, int pageCount);
    // The first 12 digits of the content version, as the footer shows it; --verify-pdf finds
    // the footer by it.
    static QString shortVersion(const QString &contentVersion);
    // `pageSizes` in points.
    [[nodiscard]] static Result<QByteArray> render(const PdfMetadata &metadata,
                                                   const QList<QSizeF> &pageSizes);
    // How far above the paper's bottom edge the footer may reach, in points: the page layout's
    // bottom margin must be at least this.
    static constexpr qreal kHeight = 36;
};
