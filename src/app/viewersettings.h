#pragma once

#include "contentcatalog.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// What the reading window remembers between runs, kept in one INI file. The file is user
// data we cannot trust: another version, a crash or a person may have left anything in it.
// So every value is checked on load and a bad one falls back to its default; a file that is
// broken in any way is first copied aside (<file>.broken-<time>) so that neither our next
// save nor QSettings' silent rewrite of what it could not parse loses it. A file larger than
// kMaxFileSize is renamed aside instead: copying it would cost its size again on every start.
class ViewerSettings final
{
    Q_DISABLE_COPY_MOVE(ViewerSettings)

public:
    enum class Theme { System, Light, Dark };

    struct State
    {
        QByteArray geometry;      // QWidget::saveGeometry(); the window checks it on restore
        QByteArray splitterState; // QSplitter::saveState(); likewise
        QStringList expandedDocuments;
        double zoomFactor = 1.0;
        Theme theme = Theme::System;
        SectionRef lastSection;       // invalid: none
        QList<SectionRef> favourites; // starred sections, in the order they were starred
        // Read only: starred sections the content no longer has ("DOC/SECTION"). They were
        // left out of `favourites`, so the next save forgets them and the reader is told once.
        QStringList droppedFavourites;
        // The folders the file choosers last used (absolute; empty: none yet). Whether they
        // still exist is RememberedFolder's question, asked when a chooser opens.
        QString exportFolder;
        QString questionnaireFolder;
    };

    static constexpr double kMinZoom = 0.25;
    static constexpr double kMaxZoom = 5.0;
    // A settings file is a few hundred bytes; anything this large is not ours to parse.
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    ViewerSettings(QString filePath, const ContentCatalog &catalog);

    // Every document expanded, nothing else remembered.
    State defaults() const;
    // The stored state, each bad or missing value replaced by its default. Never fails.
    State load();
    // Writes the whole state. Fails if it could not (with a warning on stderr, too), or if the
    // file there could not be backed up or is no settings file (then it is left alone rather
    // than lost; load() warned). Checks the file as load() does if load() has not run yet.
    Result<Done> save(const State &state);

    // Where load() copied a broken file; empty if the file was fine.
    QString backupPath() const { return m_backupPath; }

private:
    std::optional<QStringList> toDocumentIds(const QVariant &value) const;
    std::optional<SectionRef> toSection(const QVariant &value) const;
    std::optional<QList<SectionRef>> toFavourites(const QVariant &value,
                                                  QStringList *dropped) const;
    enum class BackUp { Copy, Move };
    bool backUp(BackUp how);

    QString m_filePath;
    const ContentCatalog &m_catalog;
    QString m_backupPath;
    bool m_checked = false;
    bool m_mayWrite = true;
};
