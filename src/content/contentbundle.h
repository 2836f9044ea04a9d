#pragma once

#include "contentcatalog.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

// The generated content as one thing: where it lies (":/trustbook/content" in the app, the
// generator's output folder in tests), how it is laid out, and the catalog its manifest holds.
// The generator writes through the relative names below and every reader reads through the
// paths, so the layout is spelled here and nowhere else. Opened once at start-up and shared
// by reference.
class ContentBundle final
{
public:
    // The catalog of `root`'s manifest, once every page and search text it names is there;
    // otherwise the error names the file and the reason.
    static Result<ContentBundle> open(const QString &root);
    // Where the build compiles the generator's output into the app (resources/CMakeLists.txt).
    static QString builtInRoot();
    // A bundle held in memory (`trustbook --preview`): `files` maps the relative names below to
    // their bytes, as the generator made them. Checked as open() checks a folder. It has no
    // search index: search builds one from the search text.
    static Result<ContentBundle> fromMemory(QHash<QString, QByteArray> files);

    const QString &root() const { return m_root; }
    const ContentCatalog &catalog() const { return m_catalog; }

    QString manifestPath() const;
    QString pagePath(const QString &documentId) const;
    QString searchTextPath(const QString &documentId) const;
    // The search index the generator built with the content (SearchIndex::buildDatabase()). Not
    // required: without it, or with a damaged one, search builds its own from the search text.
    // Empty for a bundle in memory.
    QString searchIndexPath() const;
    // The bytes of one of the paths above, wherever the bundle lies; the error names the path
    // and the reason.
    Result<QByteArray> read(const QString &path) const;
    // The generated page of a catalog document as it is stored; empty for any other id, so a
    // caller can never be led to a file outside the bundle.
    QByteArray page(const QString &documentId) const;

    // The layout, relative to the root: what the generator writes.
    static QString relativeManifestPath();
    static QString relativePagePath(const QString &documentId);
    static QString relativeSearchTextPath(const QString &documentId);
    static QString relativeSearchIndexPath();

private:
    ContentBundle(QString root, ContentCatalog catalog, QHash<QString, QByteArray> files = {});
    static Result<ContentBundle> checked(ContentBundle bundle);

    QString m_root;
    ContentCatalog m_catalog;
    // Empty unless the bundle lies in memory: then every file is here, by path.
    QHash<QString, QByteArray> m_files;
};
