#pragma once

#include "contentcatalog.h"
#include "pagetheme.h"

#include <QWebEngineView>

#include <functional>

class DocumentSwap;
class HelpPage;
class HelpProfile;

// Shows a place in the content. Moving within the loaded document is a fragment navigation
// (no reload, and it lands in the history); another document is swapped into the page shown
// (DocumentSwap, a history entry of its own), or where that cannot be, loads its page from
// the same origin (PageAddress), in the same renderer process. The view also
// follows the reader: scrolling moves the URL's fragment to the section being read (see
// readingposition.js), and every change of place is reported by placeChanged().
class HelpView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpView)

public:
    // `profile` serves the pages that are swapped in, and must outlive the view.
    HelpView(HelpProfile *profile, const ContentCatalog &catalog, QWidget *parent = nullptr);

    void showSection(SectionRef ref);
    SectionRef currentPlace() const { return m_place; }
    HelpPage *helpPage() const { return m_page; }
    DocumentSwap *documentSwap() const { return m_swap; }
    // The address the view loads a place at: PageAddress's internal form, one origin for all
    // documents, so moving between them keeps the renderer process.
    QUrl urlFor(SectionRef ref) const;
    // The place an address names, in the internal or the public form; invalid for others.
    SectionRef placeFor(const QUrl &url) const;
    // url() as users see and pass it: trustbook://DOC/#SECTION, never the internal form.
    QUrl shownUrl() const;
    // The place under `position` (in the view's pixels): the section there, else the document
    // shown. The page is asked, so `done` is called later, and not at all if the view is gone.
    void placeAt(const QPoint &position, const std::function<void(SectionRef)> &done);

    // One history entry back or forward. Not QWebEngineView::back(): Chromium's own Back and
    // Forward skip every entry a page added without a gesture of the reader's in the page (its
    // history-manipulation intervention), and a swap's pushState is such an entry, so Back
    // would jump over every document swapped in. canGoBack() and canGoForward() say the same
    // for these, where QWebEngineHistory's own say there is nothing to go back to.
    void goBack();
    void goForward();
    bool canGoBack() const;
    bool canGoForward() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();

    // Applies to the page shown now; the profile's scheme handler themes the pages to come.
    void setTheme(PageTheme theme);

Q_SIGNALS:
    void placeChanged(SectionRef place);
    // After zoomIn(), zoomOut() or resetZoom().
    void zoomChanged(qreal factor);
    // The renderer process died (killed, out of memory, crashed); the view is already
    // bringing the same place back.
    // killed: ended from outside (e.g. out of memory); otherwise it crashed with exitCode.
    void rendererRestarted(bool killed, int exitCode);

private:
    // One of the view's scripts in the resources (readingposition, printcolourcopy), run in
    // the application world once each document is ready.
    void installScript(const QString &name);
    void onUrlChanged(const QUrl &url);
    void recoverFromRendererDeath(QWebEnginePage::RenderProcessTerminationStatus status,
                                  int exitCode);
    void stepZoom(int direction);
    void stepHistory(int step);

    const ContentCatalog &m_catalog;
    HelpPage *m_page;
    DocumentSwap *m_swap;
    SectionRef m_place;
};
