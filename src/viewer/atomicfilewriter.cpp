#include "atomicfilewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QLatin1String kTemporaryMarker(".trustbook-");
constexpr int kRandomLength = 6;
// Keeps ".NAME.trustbook-XXXXXX" within the 255 bytes a file name may have.
constexpr qsizetype kMaxNameInTemporary = 64;

QString failureMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("AtomicFileWriter", "Could not write %1: %2")
        .arg(QFileInfo(path).absoluteFilePath(), reason);
}

Result<Done> failure(const QString &path, const QString &reason)
{
    return Result<Done>::failure(failureMessage(path, reason));
}

QString randomSuffix()
{
    static const QLatin1String alphabet(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    QString suffix;
    for (int i = 0; i < kRandomLength; ++i)
        suffix.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return suffix;
}

// Temporaries of ours that a killed process left in folder. Only regular files this user
// owns and that nobody has written to for a while: a younger one may belong to a writer
// that is still at work.
void removeLeftovers(const QDir &folder)
{
    const QDateTime cutOff =
        QDateTime::currentDateTimeUtc().addSecs(-AtomicFileWriter::kLeftoverAgeSeconds);
    const QString pattern =
        QLatin1String(".*") + kTemporaryMarker + QString(kRandomLength, QLatin1Char('?'));
    const QFileInfoList candidates = folder.entryInfoList(
        {pattern}, QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot);
    for (const QFileInfo &candidate : candidates) {
        if (candidate.ownerId() == ::geteuid() && candidate.lastModified().toUTC() < cutOff)
            QFile::remove(candidate.filePath());
    }
}

// Writes all of bytes and syncs them: a rename is only as good as the data behind it.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written == 0)
            errno = EIO; // a regular file takes at least one byte or says why not
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return ::fsync(fd) == 0;
}

// A new temporary beside path, made with 0666 so the user's umask applies, as it would to a
// file made in place; a file that was there keeps its permissions.
Result<int> createTemporary(const QString &path, QString *temporaryPath)
{
    const QFileInfo target(path);
    const QString stem =
        QLatin1Char('.') + target.fileName().left(kMaxNameInTemporary) + kTemporaryMarker;
    for (int attempt = 0; attempt < 100; ++attempt) {
        *temporaryPath = target.dir().filePath(stem + randomSuffix());
        const int fd = ::open(QFile::encodeName(*temporaryPath).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0)
            return Result<int>::failure(qt_error_string(errno));
        struct stat existing = {};
        if (::stat(QFile::encodeName(path).constData(), &existing) == 0)
            static_cast<void>(::fchmod(fd, existing.st_mode & 07777));
        return Result<int>::success(fd);
    }
    return Result<int>::failure(qt_error_string(EEXIST));
}

} // namespace

std::optional<QString> AtomicFileWriter::problemWith(const QString &path)
{
    const QFileInfo target(path);
    if (path.isEmpty())
        return QCoreApplication::translate("AtomicFileWriter", "no file name");
    if (target.isSymLink())
        return QCoreApplication::translate(
            "AtomicFileWriter",
            "it is a symbolic link; give the file it points to, or another name");
    // Renaming a temporary over a device or pipe (think /dev/full, as root) would replace the
    // node itself; only regular files are ours to replace.
    if (target.exists() && !target.isFile())
        return target.isDir()
                   ? QCoreApplication::translate("AtomicFileWriter", "it is a folder")
                   : QCoreApplication::translate("AtomicFileWriter", "it is not a regular file");
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return (folder.exists()
                    ? QCoreApplication::translate("AtomicFileWriter", "%1 is not a folder")
                    : QCoreApplication::translate("AtomicFileWriter",
                                                  "the folder %1 does not exist"))
            .arg(folder.filePath());
    return std::nullopt;
}

Result<Done> AtomicFileWriter::check(const QString &path)
{
    if (const std::optional<QString> problem = problemWith(path))
        return failure(path, *problem);
    return Result<Done>::success({});
}

Result<Done> AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    if (const Result<Done> possible = check(path); !possible)
        return possible;
    removeLeftovers(QFileInfo(path).absoluteDir());
    QString temporaryPath;
    const Result<int> fd = createTemporary(path, &temporaryPath);
    if (!fd)
        return failure(path, fd.error());
    const bool written = writeAll(*fd, bytes);
    const int writeError = errno;
    const bool closed = ::close(*fd) == 0;
    const int closeError = errno;
    // rename() replaces a link that appeared meanwhile instead of following it.
    if (written && closed &&
        ::rename(QFile::encodeName(temporaryPath).constData(),
                 QFile::encodeName(path).constData()) == 0)
        return Result<Done>::success({});
    const int error = !written ? writeError : !closed ? closeError : errno;
    ::unlink(QFile::encodeName(temporaryPath).constData());
    return failure(path, qt_error_string(error));
}
