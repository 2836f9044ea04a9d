#pragma once

#include "result.h"
#include "searchentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>

class ContentBundle;

// Reads the search text the generator wrote, one JSON array of sections per document, in
// the catalog's document order.
class SearchCorpus final
{
public:
    // The search text of every document of `bundle`, or which file could not be read and why.
    // Between documents it gives up (the error kStopped) once `stop` turns true, so a window
    // closed while the index is being built closes at once.
    static Result<QList<SearchEntry>> load(const ContentBundle &bundle,
                                           const std::atomic_bool *stop = nullptr);
    // A failure when `json` is not an array of {path, title, document, text}.
    static Result<QList<SearchEntry>> fromJson(const QByteArray &json);
    // One section as search sees it, from what the generator writes for it (the text starts
    // with the question): the generator indexes its sections through this without the JSON.
    static SearchEntry entry(const QString &path, const QString &title, const QString &document,
                             const QString &text);

    inline static const QString kStopped = QStringLiteral("stopped");
};
