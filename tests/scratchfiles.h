#pragma once

// Files in a test's scratch folder: what a file holds, putting bytes there, and what the
// folder holds, so a test can say that a failure wrote nothing.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace ScratchFiles {

// Empty when the file cannot be read.
inline QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// `name` of `folder` copied into the scratch folder `scratch`: its path there.
inline QString copied(const QString &folder, const QString &name, const QString &scratch)
{
    const QString path = QDir(scratch).filePath(name);
    QFile::copy(QDir(folder).filePath(name), path);
    return path;
}

// Every file in the folder by name, hidden ones (temporary files, copies) included.
inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace ScratchFiles
