#pragma once

#include "searchentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

class ContentBundle;

// Reads the search text the generator wrote, one JSON array of sections per document, in
// the catalog's document order.
class SearchCorpus final
{
public:
    // The search text of every document of `bundle`. Between documents it gives up (nullopt,
    // no error) once `stop` turns true, so a window closed while the index is being built
    // closes at once.
    static std::optional<QList<SearchEntry>> load(const ContentBundle &bundle, QString *error,
                                                  const std::atomic_bool *stop = nullptr);
    // nullopt with `error` set when `json` is not an array of {path, title, document, text}
    static std::optional<QList<SearchEntry>> fromJson(const QByteArray &json, QString *error);
};
