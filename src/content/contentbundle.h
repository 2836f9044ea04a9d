#pragma once

#include "brand.h"
#include "contentcatalog.h"
#include "result.h"

#include <QByteArray>
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

    const QString &root() const { return m_root; }
    const ContentCatalog &catalog() const { return m_catalog; }
    // Whose app shows this content (the bundle's brand.json, or Trustbook's own).
    const Brand &brand() const { return m_brand; }
    // The brand's SVG icon; empty when the brand has none of its own.
    QString brandIconPath() const;

    QString manifestPath() const;
    QString pagePath(const QString &documentId) const;
    QString searchTextPath(const QString &documentId) const;
    // The search index the generator built with the content (SearchIndex::buildDatabase()). Not
    // required: without it, or with a damaged one, search builds its own from the search text.
    QString searchIndexPath() const;
    // The generated page of a catalog document as it is stored; empty for any other id, so a
    // caller can never be led to a file outside the bundle.
    QByteArray page(const QString &documentId) const;

    // The layout, relative to the root: what the generator writes.
    static QString relativeManifestPath();
    static QString relativePagePath(const QString &documentId);
    static QString relativeSearchTextPath(const QString &documentId);
    static QString relativeSearchIndexPath();

private:
    ContentBundle(QString root, ContentCatalog catalog, Brand brand);

    QString m_root;
    ContentCatalog m_catalog;
    Brand m_brand;
};
