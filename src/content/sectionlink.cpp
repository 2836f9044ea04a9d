#include "sectionlink.h"

#include "appscheme.h"

QString SectionLink::deepLink(const ContentCatalog &catalog, SectionRef ref)
{
    return appScheme() + QLatin1String("://") + catalog.sectionPath(ref);
}

QUrl SectionLink::webLink(const ContentCatalog &catalog, SectionRef ref)
{
    if (!ref.isValid())
        return {};
    const QString web = catalog.document(ref.document).url;
    if (web.isEmpty())
        return {};
    QUrl url(web);
    if (ref.isSection())
        url.setFragment(catalog.section(ref).id);
    return url;
}
