#include "helppage.h"

#include <QWebEngineNewWindowRequest>

HelpPage::HelpPage(QWebEngineProfile *profile, LinkPolicy policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(std::move(policy))
{
    // A document needs no camera, microphone, location or notifications: always say no.
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, Feature feature) {
                setFeaturePermission(origin, feature, PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::newWindowRequested, this, &HelpPage::handleNewWindowRequest);
}

bool HelpPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    switch (m_policy.decide(url)) {
    case LinkPolicy::Decision::Internal:
        return isMainFrame; // our pages have no frames; a frame would be somebody else's
    case LinkPolicy::Decision::External:
        // Only a person's click leaves the app; a page cannot send the browser anywhere.
        if (type == NavigationTypeLinkClicked)
            Q_EMIT externalLinkRequested(url);
        else
            Q_EMIT linkRefused(url);
        return false;
    case LinkPolicy::Decision::Blocked:
        Q_EMIT linkRefused(url);
        return false;
    }
    return false;
}

void HelpPage::handleNewWindowRequest(QWebEngineNewWindowRequest &request)
{
    // Ctrl-click, middle-click and target=_blank ask for a new window. The app opens none:
    // external links go to the browser, our own open here, the rest is refused.
    const QUrl url = request.requestedUrl();
    switch (m_policy.decide(url)) {
    case LinkPolicy::Decision::Internal:
        setUrl(url);
        break;
    case LinkPolicy::Decision::External:
        Q_EMIT externalLinkRequested(url);
        break;
    case LinkPolicy::Decision::Blocked:
        Q_EMIT linkRefused(url);
        break;
    }
}
