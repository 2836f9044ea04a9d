#pragma once

#include "result.h"

#include <QString>

// What went wrong in a content file, and where: every failure of the content pipeline is
// reported as "file:line: message" so a writer can jump straight to it.
struct ContentError
{
    QString file;
    int line = 0; // 1-based; 0 when the problem is the file as a whole
    QString message;

    bool isSet() const { return !message.isEmpty(); }
    QString toString() const
    {
        return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message)
                        : QStringLiteral("%1: %2").arg(file, message);
    }
};

// What an authoring step returns: the value, or the error with its file and line.
template<typename T>
using ContentResult = Result<T, ContentError>;
