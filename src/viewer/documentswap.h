#pragma once

#include "keptbodies.h"
#include "result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QWebEnginePage;

// Moves the page between documents of the catalog without loading one: the target's body,
// title and language are put into the page shown (by a script in the application world, the
// HTML handed over from the app, never fetched by the page) and the address moves with
// history.pushState. A page load took 150-390 ms even in the one renderer (PageAddress); a
// swap is one DOM replacement.
//
// It is the one place that decides whether a swap is possible: a page of the catalog must be
// in (loaded, not loading, the renderer alive), and the target's <head> must be the same bytes
// as the shown page's, so its CSP, style and meta are exactly what a load would have given.
// Anything else is left to a load. Back and Forward across swapped documents are same-document
// history entries: when the address names another document than the one in the page, that
// document is swapped back in, without a new entry.
//
// The bodies of the last documents shown stay in the page, detached, and a return to one of
// them (Back, Forward, the tree) puts its nodes back instead of parsing its HTML again.
class DocumentSwap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSwap)

public:
    // The page of a document exactly as the scheme handler serves it; empty for an unknown one.
    using Pages = std::function<QByteArray(const QString &documentId)>;

    DocumentSwap(QWebEnginePage *page, Pages pages, QObject *parent = nullptr);

    // Starts swapping in the document of `url` (an internal page address, PageAddress) and
    // scrolls to its fragment's section. False, with nothing done, when the page must load it
    // instead: nothing swappable is shown, it is the document already shown (a fragment
    // navigation), or the heads differ.
    bool show(const QUrl &url);
    // The document in the page (its body), which after Back/Forward may for a moment differ
    // from the address's; empty while none is or while loading.
    QString document() const { return m_document; }

    // The parts of a served page a swap uses; fails when the page is not laid out as the
    // generator writes pages (resources/web/page.html).
    struct Parts
    {
        QByteArray head; // <head>…</head> without the title's text
        QByteArray lang;
        QByteArray title; // as written: HTML-escaped
        QByteArray body;  // the inside of <body>
    };
    static Result<Parts> split(const QByteArray &page);

    // A script for the application world that completes the body shown, if a swap put in only
    // its first part (the sections around the one landed on) and the rest is still to come.
    // What needs every section of the body (find in page) runs it first.
    static QString finishScript();

Q_SIGNALS:
    // The document of `url` is in the page and its section in view; what a load's
    // loadFinished(true) means for the page's content.
    void swapped(const QUrl &url);

private:
    bool swapIn(const QString &document, const QUrl &url, bool push);
    void onLoadFinished(bool ok);
    void onUrlChanged(const QUrl &url);
    void forget();

    QWebEnginePage *m_page;
    Pages m_pages;
    QString m_document;
    QByteArray m_head;
    QByteArray m_shownPage; // the page the shown body was parsed from
    KeptBodies m_kept;
    // Swaps asked for and not yet answered: a later load or swap makes an answer stale.
    quint64 m_generation = 0;
};
