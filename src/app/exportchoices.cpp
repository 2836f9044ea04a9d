#include "exportchoices.h"

namespace {

QString fileName(QString stem)
{
    return stem.replace(QLatin1Char('/'), QLatin1Char('-')) + QLatin1String(".pdf");
}

} // namespace

ExportChoices::ExportChoices(const ContentCatalog &catalog, const TreePlaces &places)
    : m_catalog(catalog)
    , m_current(places.current())
    , m_selected(places.selected())
{}

PdfExportDialog::Offer ExportChoices::offer() const
{
    PdfExportDialog::Offer offer;
    offer.currentSection = m_current.isSection();
    offer.selectedSections = static_cast<int>(m_selected.size());
    offer.currentDocument = m_current.isValid();
    offer.allFileName = fileName(QStringLiteral("trustbook"));
    offer.selectionFileName = fileName(QStringLiteral("trustbook-selection"));
    if (m_current.isValid()) {
        offer.sectionFileName = fileName(m_catalog.sectionPath(m_current));
        offer.documentFileName = fileName(m_catalog.document(m_current.document).id);
    }
    offer.suggestedFileName = offer.selectedSections > 1 ? offer.selectionFileName
                              : m_current.isValid()      ? offer.sectionFileName
                                                         : offer.allFileName;
    return offer;
}

QList<SectionRef> ExportChoices::places(PdfExportDialog::Scope scope) const
{
    switch (scope) {
    case PdfExportDialog::Scope::CurrentSection:
        return {m_current};
    case PdfExportDialog::Scope::SelectedSections:
        return m_selected;
    case PdfExportDialog::Scope::CurrentDocument:
        return {{m_current.document, -1}};
    case PdfExportDialog::Scope::AllContent:
        break;
    }
    QList<SectionRef> all;
    for (int d = 0; d < m_catalog.documentCount(); ++d)
        all.append({d, -1});
    return all;
}
