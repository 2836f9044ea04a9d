#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What a page keeps of the documents it showed before (DocumentSwap): their bodies' nodes,
// detached, so that a return puts them back instead of parsing the page again. This is the
// app's record of them, the only one: each swap asks it what to take back, what to keep and
// what to drop, and tells the page. The longest unseen body goes first.
class KeptBodies final
{
public:
    // How many bodies besides the one shown: as many pages as a browser keeps for Back and
    // Forward (Firefox at most eight). About 2 MiB of the renderer's memory a body of 100
    // sections: after the switch sweep at 1,000 sections in 10 documents its PSS was 172
    // MiB keeping eight, 163 keeping four (switch_benchmark, medians of 5 runs).
    static constexpr qsizetype kMaxBodies = 8;
    // And no more than bodies of this much HTML in all (a page of 100 sections is 110 KB): a
    // document of thousands of sections would hold tens of MiB, and is not kept.
    static constexpr qsizetype kMaxPageBytes = 1536 * 1024;

    struct Swap
    {
        bool take = false; // put the document's kept body back
        bool keep = false; // keep the body shown until now
        QStringList drop;  // bodies the page lets go
    };

    // The page moves from `shown`, parsed from `shownPage`, to `document`, whose page is now
    // `page`. A kept body is taken back only if it was parsed from that same page (a review
    // may have fallen overdue since); else it is dropped.
    Swap swap(const QString &shown, const QByteArray &shownPage, const QString &document,
              const QByteArray &page);
    // The page is gone or loaded anew: it keeps nothing.
    void clear() { m_kept.clear(); }

private:
    struct Kept
    {
        QString document;
        QByteArray page;
    };
    QList<Kept> m_kept; // the longest unseen first
};
