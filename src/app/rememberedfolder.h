#pragma once

#include <QString>

class QSettings;

// The folder a file chooser starts in: the one last used for the same purpose while it still
// exists, else the user's documents. `key` names the purpose in the settings.
class RememberedFolder final
{
public:
    // `settings` must outlive this.
    RememberedFolder(QSettings &settings, QString key);

    QString path() const;
    // The folder of `filePath`, for next time.
    void remember(const QString &filePath);

private:
    QSettings &m_settings;
    QString m_key;
};
