#pragma once

#include "contenterror.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a content folder holds, refusing what the build cannot vouch for: every entry is either
// a readable regular file inside the folder or an error naming it. A dangling symbolic link, a
// link that leads out of the folder, a subfolder, a FIFO or an unreadable file would otherwise
// be silently left out of (or, for a link out, silently compiled into) the bundle.
class ContentFolder final
{
public:
    struct Listing
    {
        QStringList files;          // readable regular files, in name order
        QList<ContentError> errors; // one per refused entry, naming it
    };

    // Fails (the folder named, with the system's reason) when the folder cannot be listed.
    static Result<Listing, ContentError> list(const QString &dir);
};
