#include "rememberedfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

RememberedFolder::RememberedFolder(QString *stored)
    : m_stored(stored)
{}

QString RememberedFolder::path() const
{
    if (!m_stored->isEmpty() && QFileInfo(*m_stored).isDir())
        return *m_stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString RememberedFolder::existingPath() const
{
    const QString folder = path();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void RememberedFolder::remember(const QString &filePath)
{
    *m_stored = QFileInfo(filePath).absolutePath();
}
