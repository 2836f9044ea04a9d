#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Reads a content file before anything parses it: no more than the size limit, and only if it
// is well-formed UTF-8 (cmark-gfm would otherwise quietly turn bad bytes into U+FFFD).
class SourceReader final
{
public:
    explicit SourceReader(qint64 maxBytes);

    // nullopt with `error` set: unreadable, too large, or invalid UTF-8 (with line and offset)
    std::optional<QByteArray> read(const QString &path, ContentError *error) const;

    // Offset of the first byte that starts no well-formed UTF-8 sequence; -1 if there is none.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    qint64 m_maxBytes;
};
