#include "pdffooter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

namespace {

constexpr qreal kSideMargin = 51; // 18 mm, the export's side margins
constexpr qreal kFontSize = 7;
constexpr qreal kLineSpacing = 9;
constexpr qreal kLowestBaseline = 17; // the last line's baseline, above the paper's edge

QString elided(const QFontMetricsF &metrics, const QString &line, qreal width)
{
    return metrics.horizontalAdvance(line) <= width
               ? line
               : metrics.elidedText(line, Qt::ElideMiddle, width);
}

} // namespace

QString PdfFooter::shortVersion(const QString &contentVersion)
{
    return contentVersion.left(12);
}

QStringList PdfFooter::lines(const PdfMetadata &metadata, int page, int pageCount)
{
    const QDateTime utc = metadata.exportedAt.toUTC();
    // A branded FAQ's pages say whose they are; Trustbook's name only the document.
    const QString title = metadata.publisher.isEmpty()
                              ? metadata.title
                              : metadata.publisher + QStringLiteral(" · ") + metadata.title;
    QStringList lines{tr("%1 · Page %2 of %3 · %4 · %5")
                          .arg(title)
                          .arg(page)
                          .arg(pageCount)
                          .arg(shortVersion(metadata.contentVersion),
                               utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))};
    if (!metadata.preparedFor.isEmpty())
        lines.append(tr("Prepared for %1 · %2 · Confidential")
                         .arg(metadata.preparedFor, utc.toString(QStringLiteral("yyyy-MM-dd"))));
    return lines;
}

Result<QByteArray> PdfFooter::render(const PdfMetadata &metadata, const QList<QSizeF> &pageSizes)
{
    if (pageSizes.isEmpty())
        return Result<QByteArray>::failure(tr("the PDF has no pages to number"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72); // one unit is one point, as in the pages it goes over
        auto layoutFor = [](QSizeF size) {
            return QPageLayout(QPageSize(size, QPageSize::Point, {}, QPageSize::ExactMatch),
                               QPageLayout::Portrait, QMarginsF());
        };
        writer.setPageLayout(layoutFor(pageSizes.first()));
        QPainter painter;
        if (!painter.begin(&writer))
            return Result<QByteArray>::failure(tr("could not draw the page footers"));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(kFontSize);
        // Without shaping there are no ligatures: "Confidential" must be found by a search for
        // it, not hide behind an "fi" ligature.
        font.setStyleStrategy(QFont::PreferNoShaping);
        painter.setFont(font);
        painter.setPen(QColor(0x4a, 0x53, 0x5d)); // the print style's muted text
        const QFontMetricsF metrics(font, &writer);
        const int pageCount = static_cast<int>(pageSizes.size());
        for (int page = 0; page < pageCount; ++page) {
            const QSizeF size = pageSizes.at(page);
            if (page > 0) {
                writer.setPageLayout(layoutFor(size));
                writer.newPage();
            }
            const QStringList text = lines(metadata, page + 1, pageCount);
            const qreal width = size.width() - 2 * kSideMargin;
            qreal baseline = size.height() - kLowestBaseline -
                             kLineSpacing * static_cast<qreal>(text.size() - 1);
            for (const QString &line : text) {
                const QString shown = elided(metrics, line, width);
                const qreal x = (size.width() - metrics.horizontalAdvance(shown)) / 2;
                painter.drawText(QPointF(x, baseline), shown);
                baseline += kLineSpacing;
            }
        }
        if (!painter.end())
            return Result<QByteArray>::failure(tr("could not draw the page footers"));
    }
    return Result<QByteArray>::success(bytes);
}
