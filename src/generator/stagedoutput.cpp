#include "stagedoutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

using Published = Result<Done, ContentError>;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

Published systemFailure(const QString &path, const QString &what, int error)
{
    return Published::failure(
        {path, 0,
         QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(error)))});
}

// mkdir -p that keeps errno for the message (QDir::mkpath only says false).
Published makePath(const QString &path)
{
    const QString parent = QFileInfo(path).path();
    if (QFileInfo(path).isDir())
        return Published::success({});
    if (parent != path)
        if (Published made = makePath(parent); !made)
            return made;
    if (::mkdir(encoded(path).constData(), 0755) != 0 && errno != EEXIST)
        return systemFailure(path, QStringLiteral("cannot create the folder"), errno);
    return Published::success({});
}

// Plain POSIX calls so every failure keeps its errno: write() and close() both report a
// full disk (close() on network file systems).
Published writeFile(const QString &path, const QByteArray &bytes)
{
    const int fd = ::open(encoded(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return systemFailure(path, QStringLiteral("cannot write"), errno);
    for (qsizetype written = 0; written < bytes.size();) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            ::close(fd);
            return systemFailure(path, QStringLiteral("cannot write"), error);
        }
        written += n;
    }
    if (::close(fd) != 0)
        return systemFailure(path, QStringLiteral("cannot write"), errno);
    return Published::success({});
}

Published writeAll(const QString &folder, const StagedOutput::Files &files)
{
    for (const auto &[relativePath, bytes] : files) {
        const QString path = folder + QLatin1Char('/') + relativePath;
        if (Published made = makePath(QFileInfo(path).path()); !made)
            return made;
        if (Published written = writeFile(path, bytes); !written)
            return written;
    }
    return Published::success({});
}

// The staging folder takes the target's place: swapped with it in one step where the file
// system can (renameat2), otherwise the old one is moved aside first and back on failure.
Published replace(const QString &staging, const QString &target)
{
    const QByteArray from = encoded(staging);
    const QByteArray to = encoded(target);
    struct stat existing
    {
    };
    if (::lstat(to.constData(), &existing) != 0) {
        if (errno != ENOENT)
            return systemFailure(target, QStringLiteral("cannot replace the output folder"), errno);
        if (std::rename(from.constData(), to.constData()) != 0)
            return systemFailure(target, QStringLiteral("cannot put the output in place"), errno);
        return Published::success({});
    }
    if (!S_ISDIR(existing.st_mode))
        return Published::failure(
            {target, 0,
             QStringLiteral("the output must be a folder, and this is not one; it was "
                            "left as it was")});
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0) {
        QDir(staging).removeRecursively(); // the old output, now at the staging name
        return Published::success({});
    }
    if (errno != EINVAL && errno != ENOSYS)
        return systemFailure(target, QStringLiteral("cannot put the output in place"), errno);
    const QByteArray aside = from + ".old";
    if (std::rename(to.constData(), aside.constData()) != 0)
        return systemFailure(target, QStringLiteral("cannot move the old output aside"), errno);
    if (std::rename(from.constData(), to.constData()) != 0) {
        const int error = errno;
        std::rename(aside.constData(), to.constData());
        return systemFailure(target, QStringLiteral("cannot put the output in place"), error);
    }
    QDir(QFile::decodeName(aside)).removeRecursively();
    return Published::success({});
}

// A build killed part way (SIGKILL, power loss) leaves its staging folder behind: the next build
// of the same output removes those of exactly our naming, and nothing else.
void removeLeftovers(const QString &parent, const QString &name)
{
    const QRegularExpression ours(QStringLiteral("^\\.%1\\.tmp[A-Za-z0-9]{6}(\\.old)?$")
                                      .arg(QRegularExpression::escape(name)));
    const QStringList entries =
        QDir(parent).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QString &entry : entries) {
        if (ours.match(entry).hasMatch())
            QDir(parent + QLatin1Char('/') + entry).removeRecursively();
    }
}

} // namespace

Result<Done, ContentError> StagedOutput::publish(const QString &target, const Files &files)
{
    QFileInfo info(QDir::cleanPath(QDir::current().absoluteFilePath(target)));
    // A link to a folder stands for that folder: it is replaced, and the link stays.
    if (info.isSymLink() && info.isDir())
        info = QFileInfo(info.canonicalFilePath());
    const QString parent = info.path();
    if (Published made = makePath(parent); !made)
        return made;
    removeLeftovers(parent, info.fileName());
    QByteArray staging =
        encoded(parent + QLatin1String("/.") + info.fileName() + QLatin1String(".tmpXXXXXX"));
    if (!::mkdtemp(staging.data()))
        return systemFailure(parent, QStringLiteral("cannot create a staging folder"), errno);
    const QString stagingPath = QFile::decodeName(staging);
    ::chmod(staging.constData(), 0755); // mkdtemp's 0700 would hide the output from others
    Published published = writeAll(stagingPath, files);
    if (published)
        published = replace(stagingPath, info.filePath());
    if (!published)
        QDir(stagingPath).removeRecursively();
    return published;
}
