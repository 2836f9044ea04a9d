#include "requestblocker.h"

#include "appscheme.h"
#include "viewerlogging.h"

#include <QWebEngineUrlRequestInfo>

RequestBlocker::RequestBlocker(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{}

void RequestBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    // Qt 6 calls interceptors on the UI thread, so the counter needs no lock.
    if (info.requestUrl().scheme() == appScheme())
        return;
    info.block(true);
    ++m_blockedCount;
    qCInfo(lcViewer, "blocked request %s (not the app's own scheme)",
           ViewerLogging::shown(info.requestUrl()).constData());
    Q_EMIT requestBlocked(info.requestUrl(), m_blockedCount);
}
