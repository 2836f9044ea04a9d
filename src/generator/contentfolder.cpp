#include "contentfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Opened, not just stat()ed: that is the question the renderer will ask. Non-blocking, though
// only regular files get here, so nothing can stall the listing.
std::optional<QString> unreadableReason(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return systemReason(errno);
    ::close(fd);
    return std::nullopt;
}

std::optional<QString> refusal(const QFileInfo &entry, const QString &root)
{
    if (entry.isSymLink()) {
        const QString resolved = entry.canonicalFilePath();
        if (resolved.isEmpty())
            return QStringLiteral("a dangling symbolic link (to '%1'): there is no document to "
                                  "read")
                .arg(entry.symLinkTarget());
        if (!resolved.startsWith(root + QLatin1Char('/')))
            return QStringLiteral("a symbolic link to '%1', outside the content folder: only "
                                  "files inside it are compiled in")
                .arg(resolved);
    }
    if (entry.isDir())
        return QStringLiteral("not a document: a folder (a content folder holds documents only, "
                              "no subfolders)");
    if (!entry.isFile())
        return QStringLiteral("not a document: not a regular file (a FIFO, socket or device)");
    if (const std::optional<QString> reason = unreadableReason(entry.filePath()))
        return QStringLiteral("cannot read: %1").arg(*reason);
    return std::nullopt;
}

} // namespace

Result<ContentFolder::Listing, ContentError> ContentFolder::list(const QString &dir)
{
    // QDir says only "no entries" for a folder it cannot open; opendir() says why.
    DIR *handle = ::opendir(QFile::encodeName(dir).constData());
    if (!handle)
        return Result<Listing, ContentError>::failure(
            {dir, 0,
             QStringLiteral("cannot read the content folder: %1").arg(systemReason(errno))});
    ::closedir(handle);

    const QString root = QFileInfo(dir).canonicalFilePath();
    Listing listing;
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (const std::optional<QString> problem = refusal(entry, root))
            listing.errors.append({entry.filePath(), 0, *problem});
        else
            listing.files.append(entry.filePath());
    }
    return Result<Listing, ContentError>::success(listing);
}
