#pragma once

#include <QLoggingCategory>

class QUrl;

// trustbook.viewer: what the viewer refused and why (blocked requests, refused links), one
// info line each, and how long the steps the benchmarks time took (the first paint of
// --screenshot, the PDF's finishing). It is the record support asks for first; info is off unless
// QT_LOGGING_RULES="trustbook.viewer.info=true" turns it on.
Q_DECLARE_LOGGING_CATEGORY(lcViewer)

namespace ViewerLogging {

// `url` as a log line shows it: without a password, and cut short when a page made it huge
// (a data: URL can be megabytes), so one page cannot flood the record.
QByteArray shown(const QUrl &url);

} // namespace ViewerLogging
