#include "linkpolicy.h"

LinkPolicy::LinkPolicy(QString appScheme)
    : m_appScheme(std::move(appScheme))
{}

LinkPolicy::Decision LinkPolicy::decide(const QUrl &url) const
{
    if (!url.isValid() || url.isRelative())
        return Decision::Blocked;
    if (isInternal(url))
        return Decision::Internal;
    return isExternal(url) ? Decision::External : Decision::Blocked;
}

bool LinkPolicy::isInternal(const QUrl &url) const
{
    // No credentials or ports: our pages never carry them, so a URL that does was not made by us.
    return url.scheme() == m_appScheme && !url.host().isEmpty() && url.userInfo().isEmpty() &&
           url.port() == -1;
}

bool LinkPolicy::isExternal(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return !url.host().isEmpty();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty() && url.host().isEmpty();
    return false;
}
