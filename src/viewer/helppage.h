#pragma once

#include "linkpolicy.h"

#include <QWebEnginePage>

class DocumentSwap;
class QWebEngineNewWindowRequest;

// A page that shows the app's content and never acts as a browser: every navigation goes
// through the LinkPolicy. Our own pages load in place; http, https and mailto links the user
// clicks are handed to the system browser; everything else is refused, reported and recorded.
class HelpPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpPage)

public:
    HelpPage(QWebEngineProfile *profile, LinkPolicy policy, QObject *parent = nullptr);

    // Swaps documents into the page instead of loading them where `swap` can (HelpView's
    // pages; a page for printing loads each). Must belong to this page.
    void setDocumentSwap(DocumentSwap *swap) { m_swap = swap; }
    // Shows an internal page address (PageAddress): swapped in when it can be, else loaded.
    void show(const QUrl &url);

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);
    void linkRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;

private:
    void handleNewWindowRequest(QWebEngineNewWindowRequest &request);
    // Records the refusal (lcViewer) and reports it to the window.
    void refuse(const QUrl &url, const char *reason);

    LinkPolicy m_policy;
    DocumentSwap *m_swap = nullptr;
};
