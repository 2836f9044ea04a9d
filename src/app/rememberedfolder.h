#pragma once

#include <QString>

// The folder a file chooser starts in: the one last used for the same purpose while it still
// exists, else the user's documents. What it remembers lives in a string the caller owns
// (a field of ViewerSettings::State), so that all the app keeps between runs is in one file.
class RememberedFolder final
{
public:
    // `stored` must outlive this.
    explicit RememberedFolder(QString *stored);

    QString path() const;
    // The folder of `filePath`, for next time.
    void remember(const QString &filePath);

private:
    QString *m_stored;
};
