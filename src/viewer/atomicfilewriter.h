#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Puts bytes at a path so that a reader sees the old file or the whole new one, never a part:
// the bytes go to a temporary beside the target (".NAME.trustbook-XXXXXX", synced to disk),
// which is renamed over the target only once all went well. On failure the old file is
// untouched, no temporary is left, and the message names the path and the system's reason,
// ready to show a person.
//
// A process killed between writing and renaming cannot clean up after itself: the next write
// into that folder removes such temporaries of ours once they are old enough that no other
// writer can still be busy with them.
//
// A target that is a symbolic link is refused: following it would write wherever the link
// points (a dangling one would create its target), and replacing it would lose the link.
class AtomicFileWriter final
{
public:
    // How long a temporary of ours may sit unrenamed before the next write takes it for the
    // leftover of a killed process.
    static constexpr int kLeftoverAgeSeconds = 30;

    // Whether write() could put a file at path at all (a name, a folder, no link, no device),
    // without writing anything: lets a long job fail before it starts.
    static Result<Done> check(const QString &path);
    static Result<Done> write(const QString &path, const QByteArray &bytes);
};
