#pragma once

#include "contentcatalog.h"

#include <QList>

// The sections one document contributes to an export, in source order.
struct DocumentScope
{
    int document = -1;
    QList<int> sections;
};

// What an export covers, whatever order or overlap the user picked places in: documents in
// catalog order, each with its chosen sections in source order and none twice, so the PDF reads
// like the documentation. A ref to a whole document (no section) takes all of its sections.
class ExportScope final
{
public:
    // Invalid refs are dropped; the result is empty when nothing valid was asked for.
    static QList<DocumentScope> resolve(const ContentCatalog &catalog,
                                        const QList<SectionRef> &places);
};
