#pragma once

#include <QString>
#include <QWebEngineUrlRequestInterceptor>

// The last line of defence against a page phoning home: every request for a URL outside the
// app's own scheme (images, style sheets, frames, prefetches, ...) is blocked and counted, so
// the app can show the user that nothing left the machine, and recorded (lcViewer) for support.
class RequestBlocker final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestBlocker)

public:
    explicit RequestBlocker(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blockedCount; }

Q_SIGNALS:
    void requestBlocked(const QUrl &url, int blockedCount);

private:
    int m_blockedCount = 0;
};
