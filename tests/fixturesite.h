#pragma once

// A content root written by hand into a temporary folder, for viewer tests that need pages
// our generator would never produce (raw links to file:, javascript:, remote resources):
// the viewer must be safe even if content ever got past the generator.

#include "contentcatalog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

class FixtureSite final
{
public:
    // pages: document id -> full HTML of its page
    explicit FixtureSite(const QMap<QString, QByteArray> &pages)
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("content/pages")));
        Manifest manifest;
        manifest.contentVersion = QStringLiteral("fixture");
        for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
            QFile file(m_dir.filePath(QStringLiteral("content/pages/%1.html").arg(it.key())));
            if (file.open(QIODevice::WriteOnly))
                file.write(it.value());
            manifest.documents.append({it.key(), it.key(), {}, {}, {}, {}, {}, {}});
        }
        m_catalog.emplace(manifest);
    }

    static QByteArray readData(const QString &relativePath)
    {
        QFile file(QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/") + relativePath);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    QString root() const { return m_dir.path(); }
    const ContentCatalog &catalog() const { return *m_catalog; }

private:
    QTemporaryDir m_dir;
    std::optional<ContentCatalog> m_catalog;
};
