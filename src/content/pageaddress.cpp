#include "pageaddress.h"

#include "appscheme.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr QChar kSlash = QLatin1Char('/');

bool isAppScheme(const QUrl &url)
{
    return url.scheme() == appScheme() && !url.host().isEmpty();
}

// Nothing our own addresses ever carry: a URL with any of these was not made by the app.
bool hasExtras(const QUrl &url)
{
    return !url.userInfo().isEmpty() || url.port() != -1 || url.hasQuery();
}

// What a section's id is made of (Slugger: letters, digits, marks, '-' and '_'): a path that
// names anything else (a file name, an encoded slash) is no deep link.
bool isSectionId(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4(); // letters beyond the BMP too
    return !codePoints.isEmpty() && std::all_of(codePoints.begin(), codePoints.end(), [](uint c) {
        return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == U'-' || c == U'_';
    });
}

} // namespace

QUrl PageAddress::pageUrl(const QString &documentId, const QString &sectionId)
{
    QUrl url;
    url.setScheme(appScheme());
    url.setHost(internalHost());
    url.setPath(QString(kSlash));
    url.setQuery(documentId);
    if (!sectionId.isEmpty())
        url.setFragment(sectionId);
    return url;
}

bool PageAddress::isDocumentId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    return pattern.match(id).hasMatch();
}

bool PageAddress::isInternal(const QUrl &url)
{
    return isAppScheme(url) && url.host() == internalHost();
}

QString PageAddress::documentOfPage(const QUrl &url)
{
    if (!isInternal(url) || !url.userInfo().isEmpty() || url.port() != -1)
        return {};
    // Compared as encoded text, against what an id may be: "..", "%2e%2e" or "%2f" can never
    // make one, and no path but the root names a page.
    const QString document = url.query(QUrl::FullyEncoded);
    return url.path(QUrl::FullyEncoded) == kSlash && isDocumentId(document) ? document : QString();
}

QString PageAddress::sectionPath(const QUrl &url)
{
    if (isInternal(url)) {
        const QString document = documentOfPage(url);
        if (document.isEmpty() || url.fragment().isEmpty())
            return document;
        return document + kSlash + url.fragment();
    }
    if (!isAppScheme(url) || hasExtras(url))
        return {};
    const QString path = kSlash + url.host() + url.path();
    // "/DOC/", "/DOC/SECTION" or "/DOC" and the fragment, if any, names the section.
    QStringList parts = path.split(kSlash, Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.size() > 2 || !isDocumentId(parts.first()) ||
        (parts.size() == 2 && !isSectionId(parts.last())))
        return {};
    if (url.hasFragment() && !url.fragment().isEmpty()) {
        if (parts.size() > 1)
            return {};
        parts.append(url.fragment());
    }
    return parts.join(kSlash);
}

QUrl PageAddress::toInternal(const QUrl &url)
{
    if (!isAppScheme(url) || isInternal(url))
        return url;
    const QString place = sectionPath(url);
    if (!place.isEmpty())
        return pageUrl(place.section(kSlash, 0, 0), place.section(kSlash, 1));
    QUrl internal = url;
    internal.setHost(internalHost());
    internal.setPath(kSlash + url.host() + url.path(QUrl::FullyEncoded));
    return internal;
}

QUrl PageAddress::toPublic(const QUrl &url)
{
    if (!isInternal(url))
        return url;
    const QString place = sectionPath(url);
    if (place.isEmpty())
        return url;
    QUrl shown;
    shown.setScheme(appScheme());
    shown.setHost(place.section(kSlash, 0, 0));
    shown.setPath(QString(kSlash));
    const QString section = place.section(kSlash, 1);
    if (!section.isEmpty())
        shown.setFragment(section);
    return shown;
}
