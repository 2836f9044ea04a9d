#include "rememberedfolder.h"

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

void RememberedFolder::remember(const QString &filePath)
{
    *m_stored = QFileInfo(filePath).absolutePath();
}
