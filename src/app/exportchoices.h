#pragma once

#include "contentcatalog.h"
#include "pdfexportdialog.h"
#include "treeplaces.h"

// What the tree pointed at when the user asked to export or print, as PdfExportDialog's offer
// (scopes and the file name each suggests) and, once a scope is chosen, as the places to
// export. A snapshot: the answer means the rows that were current and selected when asked.
class ExportChoices final
{
public:
    // `catalog` must outlive the choices.
    ExportChoices(const ContentCatalog &catalog, const TreePlaces &places);

    PdfExportDialog::Offer offer() const;
    QList<SectionRef> places(PdfExportDialog::Scope scope) const;

private:
    const ContentCatalog &m_catalog;
    SectionRef m_current;
    QList<SectionRef> m_selected;
};
