#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Reads a content file before anything parses it: no more than the size limit, and only if it
// is well-formed UTF-8 (cmark-gfm would otherwise quietly turn bad bytes into U+FFFD).
class SourceReader final
{
public:
    explicit SourceReader(qint64 maxBytes);

    // Fails when the file is unreadable, too large, or invalid UTF-8 (with line and offset).
    ContentResult<QByteArray> read(const QString &path) const;

    // Offset of the first byte that starts no well-formed UTF-8 sequence; -1 if there is none.
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    qint64 m_maxBytes;
};
