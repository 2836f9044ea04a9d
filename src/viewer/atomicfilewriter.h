#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Puts bytes at a path so that a reader sees the old file or the whole new one, never a part:
// QSaveFile writes a temporary beside the target and renames it over only once all went well.
// On failure the old file is untouched, no temporary is left, and the message names the path
// and the reason, ready to show a person.
class AtomicFileWriter final
{
public:
    static Result<Done> write(const QString &path, const QByteArray &bytes);
};
