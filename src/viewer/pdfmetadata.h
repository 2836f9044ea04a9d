#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A bookmark: where it lands is the named destination Chromium wrote for `anchor` (the id of
// an element the title block's contents link to).
struct PdfOutlineEntry
{
    QString title;
    QString anchor;
    QList<PdfOutlineEntry> children;
};

// What an export says about itself, beyond its pages: the footer of every page, the document
// information and XMP, the bookmarks. PdfExporter fills it in from the request and the
// catalog; PdfFinisher writes it into the printed PDF.
struct PdfMetadata
{
    QString title;            // the document's title, or "Security FAQ and 2 more"
    QString contentVersion;   // the whole SHA-256; the footer shows its first 12 digits
    QStringList sectionPaths; // DOC/SECTION of every section, in export order (Keywords)
    QString creator;          // "Trustbook x.y.z", the brand's name for a branded app
    QString publisher;        // Brand::publisher(): first in the footer; empty for Trustbook
    QDateTime exportedAt;     // stamped in UTC, to the second
    QString preparedFor;      // empty: no "Prepared for" line
    QList<PdfOutlineEntry> outline;
};
