#pragma once

// A content root written by hand into a temporary folder, for viewer tests that need pages
// our generator would never produce (raw links to file:, javascript:, remote resources):
// the viewer must be safe even if content ever got past the generator.

#include "contentbundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

class FixtureSite final
{
public:
    // pages: document id -> full HTML of its page
    explicit FixtureSite(const QMap<QString, QByteArray> &pages)
    {
        Manifest manifest;
        manifest.contentVersion = QStringLiteral("fixture");
        for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
            write(ContentBundle::relativePagePath(it.key()), it.value());
            write(ContentBundle::relativeSearchTextPath(it.key()), "[]");
            DocumentEntry document;
            document.id = it.key();
            document.title = it.key();
            manifest.documents.append(document);
        }
        write(ContentBundle::relativeManifestPath(), manifest.toJson());
        Result<ContentBundle> bundle = ContentBundle::open(m_dir.path());
        if (!bundle)
            qFatal("fixture site: %s", qPrintable(bundle.error()));
        m_bundle = *std::move(bundle);
    }

    static QByteArray readData(const QString &relativePath)
    {
        QFile file(QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/") + relativePath);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", qPrintable(file.fileName()));
        return file.readAll();
    }

    const ContentBundle &bundle() const { return *m_bundle; }
    const ContentCatalog &catalog() const { return m_bundle->catalog(); }

private:
    void write(const QString &relativePath, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(relativePath);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("fixture site: cannot write %s", qPrintable(path));
    }

    QTemporaryDir m_dir;
    std::optional<ContentBundle> m_bundle;
};
