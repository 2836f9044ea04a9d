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
    // Where a chooser of a file that exists starts: path() while it exists, else the home
    // folder. A fresh home has no documents folder yet, and Qt's file chooser, given a folder
    // that is not there, offers its name ("Documents") as the file to open.
    QString existingPath() const;
    // The folder of `filePath`, for next time.
    void remember(const QString &filePath);

private:
    QString *m_stored;
};
