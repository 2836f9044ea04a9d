#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

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

    // Why write() could not put a file at path at all (no name, no folder, a link, a device),
    // without writing anything: lets a long job fail before it starts. The reason alone, for
    // a message of the caller's own; empty when there is none.
    static std::optional<QString> problemWith(const QString &path);
    // The same as a Result whose error names the path, as write()'s do.
    static Result<Done> check(const QString &path);
    static Result<Done> write(const QString &path, const QByteArray &bytes);
};
