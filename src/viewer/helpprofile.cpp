#include "helpprofile.h"

#include "appscheme.h"
#include "contentschemehandler.h"
#include "requestblocker.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlSchemeHandler>

namespace {

// mailto: is registered only so its navigations reach the page's policy (see
// ContentSchemeHandler::registerUrlScheme); nothing is ever loaded from it.
class RefuseAllSchemeHandler final : public QWebEngineUrlSchemeHandler
{
public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;
    void requestStarted(QWebEngineUrlRequestJob *job) override
    {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
    }
};

} // namespace

HelpProfile::HelpProfile(const ContentBundle &bundle, QObject *parent)
    : QWebEngineProfile(parent) // no storage name: off the record
    , m_schemeHandler(new ContentSchemeHandler(bundle, this))
    , m_blocker(new RequestBlocker(this))
{
    installUrlSchemeHandler(QByteArray(appScheme().data()), m_schemeHandler);
    installUrlSchemeHandler(QByteArrayLiteral("mailto"), new RefuseAllSchemeHandler(this));
    setUrlRequestInterceptor(m_blocker);
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setSpellCheckEnabled(false);
    lockDownSettings();
    connect(this, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
}

HelpProfile::~HelpProfile()
{
    // The profile must outlive its pages; the owner deletes views first. Removing the handler
    // explicitly keeps Qt from warning about a scheme handler destroyed while installed.
    removeAllUrlSchemeHandlers();
}

void HelpProfile::lockDownSettings()
{
    QWebEngineSettings *web = settings();
    const QWebEngineSettings::WebAttribute off[] = {
        QWebEngineSettings::JavascriptEnabled,
        QWebEngineSettings::JavascriptCanOpenWindows,
        QWebEngineSettings::JavascriptCanAccessClipboard,
        QWebEngineSettings::JavascriptCanPaste,
        QWebEngineSettings::LocalContentCanAccessFileUrls,
        QWebEngineSettings::LocalContentCanAccessRemoteUrls,
        QWebEngineSettings::LocalStorageEnabled,
        QWebEngineSettings::PluginsEnabled,
        QWebEngineSettings::PdfViewerEnabled,
        QWebEngineSettings::NavigateOnDropEnabled,
        QWebEngineSettings::WebGLEnabled,
        QWebEngineSettings::Accelerated2dCanvasEnabled,
        QWebEngineSettings::HyperlinkAuditingEnabled,
        QWebEngineSettings::DnsPrefetchEnabled,
        QWebEngineSettings::ScreenCaptureEnabled,
        QWebEngineSettings::FullScreenSupportEnabled,
        QWebEngineSettings::AllowRunningInsecureContent,
        QWebEngineSettings::AllowGeolocationOnInsecureOrigins,
        QWebEngineSettings::AllowWindowActivationFromJavaScript,
        QWebEngineSettings::AutoLoadIconsForPage,
        QWebEngineSettings::TouchIconsEnabled,
    };
    for (const auto attribute : off)
        web->setAttribute(attribute, false);
    web->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, true);
    web->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}
