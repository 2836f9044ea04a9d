#include "rememberedfolder.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

RememberedFolder::RememberedFolder(QSettings &settings, QString key)
    : m_settings(settings)
    , m_key(std::move(key))
{}

QString RememberedFolder::path() const
{
    const QString remembered = m_settings.value(m_key).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void RememberedFolder::remember(const QString &filePath)
{
    m_settings.setValue(m_key, QFileInfo(filePath).absolutePath());
}
