#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Puts a whole output folder in place at once: every file is written into a fresh folder beside
// the target (".NAME.tmpXXXXXX", same file system), and only when all of them are complete is
// that folder renamed over the target. A failure (full disk, a file size limit, no permission)
// removes the staging folder and leaves the old output exactly as it was: never some new pages
// beside old ones, never pages without their manifest. Errors name the path and the system's
// reason (strerror), not Qt's "Unknown error". Staging folders a killed build left behind are
// removed by the next one. Nothing is synced to disk: this is build output
// the next build makes again, and fsyncs were a third of the time at 10,000 sections.
class StagedOutput final
{
public:
    using Files = QList<QPair<QString, QByteArray>>; // relative path -> bytes

    static Result<Done, ContentError> publish(const QString &target, const Files &files);
};
