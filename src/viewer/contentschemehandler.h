#pragma once

#include "contentbundle.h"
#include "pagetheme.h"

#include <QDate>
#include <QWebEngineUrlSchemeHandler>

#include <functional>

// Serves the app's pages to the web view from the compiled-in resources, and nothing else:
// trustbook://content.trustbook/?DOC (PageAddress: one origin for every document, so one
// renderer) is the page of a document in the catalog (self-contained: its style sheet
// is inlined at build time). Any other URL (unknown documents, "..", encoded dots, other files) is
// "not found", so the view can never be pointed at a file the app did not mean to show.
class ContentSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentSchemeHandler)

public:
    // `bundle` must outlive the handler.
    explicit ContentSchemeHandler(const ContentBundle &bundle, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;
    // Pages served from now on carry this theme from their first paint (no light flash).
    void setTheme(PageTheme theme) { m_theme = theme; }

    // Whether an answer's review is overdue is decided as its page is served, against this
    // day (today's date unless a test gives a clock).
    void setClock(std::function<QDate()> today) { m_today = std::move(today); }
    // `html` (a page or part of one) with the answers past their review-by date marked, as
    // every page is served; the PDF exporter marks the pages it reads itself.
    QByteArray withReviewMarks(QByteArray html) const;

    // Must run before the QApplication exists (a Qt WebEngine rule).
    static void registerUrlScheme();

    // The page of a catalog document exactly as it is served (themed, review marks made);
    // empty for any other id. DocumentSwap puts its body into the page shown.
    QByteArray page(const QString &documentId) const;

private:
    QByteArray themed(QByteArray page) const;

    const ContentBundle &m_bundle;
    PageTheme m_theme = PageTheme::Light;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};
