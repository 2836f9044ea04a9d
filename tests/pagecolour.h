#pragma once

// How a PDF page looks on paper, for tests of the colours exports are printed in.

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>

namespace PageColour {

// How much of the page is dark: a page in print colours is mostly white paper, one in the
// screen's dark theme mostly its near-black background. On white, as a viewer shows it: what
// Chromium leaves unpainted (the margins) is transparent in Qt PDF's rendering.
inline double darkShare(QPdfDocument &pdf, int page)
{
    QImage image(pdf.pagePointSize(page).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).drawImage(0, 0, pdf.render(page, image.size()));
    qsizetype dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += QColor(image.pixel(x, y)).lightness() < 96 ? 1 : 0;
    }
    return static_cast<double>(dark) / static_cast<double>(image.width() * image.height());
}

} // namespace PageColour
