#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a PDF's own structure says about it: what PdfVerifier compares with the installed
// content (read with qpdf, which gives the outline Qt PDF 6.4 hides).
struct PdfStructure
{
    QString subject;
    QStringList keywords;
    // The bookmarks in order, documents and sections alike; `isSection` marks the sections.
    QStringList titles;
    QList<bool> isSection;
};
