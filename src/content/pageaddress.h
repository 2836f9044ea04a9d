#pragma once

#include <QString>
#include <QUrl>

// Where the web view loads a place of the content, and how that maps to and from the place's
// public address.
//
// Public: trustbook://DOC/SECTION (also trustbook://DOC/#SECTION, and trustbook://DOC/ for a
// document), what users see and pass around: Copy Link, the command line, the desktop file,
// the single-instance hand-over, links written in the content.
// Internal: trustbook://content.trustbook/?DOC#SECTION, what the view loads. Every document
// is served from this one host, so every page is one origin and one site: Chromium keeps one
// renderer process for all of them. With a host per document, each document was its own
// site and each switch between documents started a new renderer (~100 ms).
// The document is the query, not the path, so that every page has the one path "/": the
// app's scheme is local, and Chromium lets a local page's history.pushState change only the
// query and fragment, which is what DocumentSwap needs to move the address to the document
// it swapped in.
//
// The internal host has a dot, which no document id can have (lower-case letters, digits and
// '-'), so the two forms can never be confused.
class PageAddress final
{
public:
    static QLatin1String internalHost() { return QLatin1String("content.trustbook"); }

    // trustbook://content.trustbook/?DOC with the section, if any, as fragment.
    static QUrl pageUrl(const QString &documentId, const QString &sectionId = {});
    static bool isInternal(const QUrl &url);
    // Lower-case letters, digits and inner '-': the host of its public address, and URL hosts
    // are case-folded, so only ids that survive that unchanged are accepted (the generator
    // refuses any other file name).
    static bool isDocumentId(const QString &id);

    // "DOC" or "DOC/SECTION" for an address of the app's scheme in either form, else empty.
    // Says nothing about whether the place exists: the catalog decides that.
    static QString sectionPath(const QUrl &url);
    // The internal address of a public one (an internal one is kept as it is). An address
    // that names no place (extra path, query, credentials, port) keeps all of it under the
    // internal host, so the scheme handler still sees, and refuses, exactly what was asked.
    static QUrl toInternal(const QUrl &url);
    // The public address of an internal page address, in the form the view showed before
    // one origin (trustbook://DOC/#SECTION); anything else is returned as it is.
    static QUrl toPublic(const QUrl &url);
    // The document of exactly trustbook://content.trustbook/?DOC (a fragment aside), for the
    // scheme handler; empty for anything else. Not checked against the catalog.
    static QString documentOfPage(const QUrl &url);
};
