#include "viewerlogging.h"

#include <QUrl>

// Off below warnings by default: a user who never asked for the record gets no lines on stderr.
Q_LOGGING_CATEGORY(lcViewer, "trustbook.viewer", QtWarningMsg)

QByteArray ViewerLogging::shown(const QUrl &url)
{
    constexpr qsizetype kLongest = 500;
    const QString text = url.toDisplayString();
    if (text.size() <= kLongest)
        return text.toUtf8();
    // Never half a surrogate pair: that would print as a replacement character.
    const qsizetype cut = text.at(kLongest - 1).isHighSurrogate() ? kLongest - 1 : kLongest;
    return QStringLiteral("%1… (%2 characters)").arg(text.left(cut)).arg(text.size()).toUtf8();
}
