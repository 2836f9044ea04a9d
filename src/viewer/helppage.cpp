#include "helppage.h"

#include "documentswap.h"
#include "pageaddress.h"
#include "viewerlogging.h"

#include <QWebEngineNewWindowRequest>

namespace {

const char kNotOurs[] = "neither one of the app's pages nor a web or e-mail address";

void recordRefusal(const QUrl &url, const char *reason)
{
    qCInfo(lcViewer, "refused link %s (%s)", ViewerLogging::shown(url).constData(), reason);
}

} // namespace

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

void HelpPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                        int lineNumber, const QString &sourceId)
{
    // Chromium remembers the height of each section laid out with a ResizeObserver of its own
    // (content-visibility in style.css) and reports it as a page error when one frame lays out
    // more than its observers can take, which a jump into a long document does; it catches up
    // in the next frame. Page scripts are off, so nothing of the page's is behind it.
    if (message == QLatin1String("ResizeObserver loop limit exceeded"))
        return;
    QWebEnginePage::javaScriptConsoleMessage(level, message, lineNumber, sourceId);
}

bool HelpPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    switch (m_policy.decide(url)) {
    case LinkPolicy::Decision::Internal:
        if (!isMainFrame) {
            // Our pages have no frames; a frame would be somebody else's.
            recordRefusal(url, "in a frame, and the app's pages have none");
            return false;
        }
        if (!PageAddress::isInternal(url) ||
            (type == NavigationTypeLinkClicked && !url.hasFragment())) {
            // A public address (trustbook://DOC/SECTION, as the content's links are written):
            // loaded at its internal address instead, the one origin every page shares, so the
            // renderer process is kept (and a link within the page's own document stays a
            // fragment navigation); the internal address is checked by this policy again.
            // A page-initiated load of this very page (a link to its top, or the empty address
            // the build leaves of an unsafe link) showed a blank page: the app loads it too.
            QMetaObject::invokeMethod(
                this, [this, url] { show(PageAddress::toInternal(url)); }, Qt::QueuedConnection);
            return false;
        }
        return true;
    case LinkPolicy::Decision::External:
        // Only a person's click leaves the app; a page cannot send the browser anywhere.
        if (type == NavigationTypeLinkClicked)
            Q_EMIT externalLinkRequested(url);
        else
            refuse(url, "a web or e-mail address the page opened without a click");
        return false;
    case LinkPolicy::Decision::Blocked:
        refuse(url, kNotOurs);
        return false;
    }
    return false;
}

void HelpPage::show(const QUrl &url)
{
    if (!m_swap || !m_swap->show(url))
        setUrl(url);
}

void HelpPage::handleNewWindowRequest(QWebEngineNewWindowRequest &request)
{
    // Ctrl-click, middle-click and target=_blank ask for a new window. The app opens none:
    // external links go to the browser, our own open here, the rest is refused.
    const QUrl url = request.requestedUrl();
    switch (m_policy.decide(url)) {
    case LinkPolicy::Decision::Internal:
        show(PageAddress::toInternal(url));
        break;
    case LinkPolicy::Decision::External:
        Q_EMIT externalLinkRequested(url);
        break;
    case LinkPolicy::Decision::Blocked:
        refuse(url, kNotOurs);
        break;
    }
}

void HelpPage::refuse(const QUrl &url, const char *reason)
{
    recordRefusal(url, reason);
    Q_EMIT linkRefused(url);
}
