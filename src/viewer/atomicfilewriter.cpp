#include "atomicfilewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace {

Result<Done> failure(const QString &path, const QString &reason)
{
    return Result<Done>::failure(
        QCoreApplication::translate("AtomicFileWriter", "Could not write %1: %2")
            .arg(QFileInfo(path).absoluteFilePath(), reason));
}

} // namespace

Result<Done> AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    if (path.isEmpty())
        return failure(path, QCoreApplication::translate("AtomicFileWriter", "no file name"));
    // Renaming a temporary over a device or pipe (think /dev/full, as root) would replace the
    // node itself; only regular files are ours to replace.
    if (target.exists() && !target.isFile())
        return failure(path, target.isDir()
                                 ? QCoreApplication::translate("AtomicFileWriter", "it is a folder")
                                 : QCoreApplication::translate("AtomicFileWriter",
                                                               "it is not a regular file"));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return failure(
            path,
            (folder.exists()
                 ? QCoreApplication::translate("AtomicFileWriter", "%1 is not a folder")
                 : QCoreApplication::translate("AtomicFileWriter", "the folder %1 does not exist"))
                .arg(folder.filePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting(); // the destructor then removes the temporary
        return failure(path, reason);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return Result<Done>::success({});
}
