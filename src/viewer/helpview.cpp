#include "helpview.h"

#include "appscheme.h"
#include "contentschemehandler.h"
#include "helppage.h"

HelpView::HelpView(QWebEngineProfile *profile, const ContentCatalog &catalog, QWidget *parent)
    : QWebEngineView(parent)
    , m_catalog(catalog)
    , m_page(new HelpPage(profile, LinkPolicy(appScheme()), this))
{
    setPage(m_page);
}

QUrl HelpView::urlFor(SectionRef ref) const
{
    QUrl url = ContentSchemeHandler::pageUrl(m_catalog.document(ref.document).id);
    if (ref.isSection())
        url.setFragment(m_catalog.section(ref).id);
    return url;
}

void HelpView::showSection(SectionRef ref)
{
    if (ref.isValid())
        setUrl(urlFor(ref));
}
