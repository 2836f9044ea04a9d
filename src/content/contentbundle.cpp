#include "contentbundle.h"

#include <QFile>
#include <QFileInfo>

ContentBundle::ContentBundle(QString root, ContentCatalog catalog, Brand brand)
    : m_root(std::move(root))
    , m_catalog(std::move(catalog))
    , m_brand(std::move(brand))
{}

Result<ContentBundle> ContentBundle::open(const QString &root)
{
    Result<ContentCatalog> catalog =
        ContentCatalog::load(root + QLatin1Char('/') + relativeManifestPath());
    if (!catalog)
        return Result<ContentBundle>::failure(catalog.error());
    Result<Brand> brand = Brand::load(root);
    if (!brand)
        return Result<ContentBundle>::failure(brand.error());
    ContentBundle bundle(root, *std::move(catalog), *std::move(brand));
    // A file the manifest promises but the bundle lacks would otherwise show up much later,
    // as a blank page or a search that never finds that document.
    for (const DocumentEntry &document : bundle.catalog().documents()) {
        for (const QString &path :
             {bundle.pagePath(document.id), bundle.searchTextPath(document.id)}) {
            if (!QFileInfo(path).isFile())
                return Result<ContentBundle>::failure(
                    QStringLiteral("%1: missing, though %2 lists the document '%3'")
                        .arg(path, bundle.manifestPath(), document.id));
        }
    }
    return Result<ContentBundle>::success(std::move(bundle));
}

QString ContentBundle::builtInRoot()
{
    return QStringLiteral(":/trustbook/content");
}

QString ContentBundle::brandIconPath() const
{
    return m_brand.hasIcon ? m_root + QLatin1Char('/') + Brand::iconFileName() : QString();
}

QString ContentBundle::manifestPath() const
{
    return m_root + QLatin1Char('/') + relativeManifestPath();
}

QString ContentBundle::pagePath(const QString &documentId) const
{
    return m_root + QLatin1Char('/') + relativePagePath(documentId);
}

QString ContentBundle::searchTextPath(const QString &documentId) const
{
    return m_root + QLatin1Char('/') + relativeSearchTextPath(documentId);
}

QString ContentBundle::searchIndexPath() const
{
    return m_root + QLatin1Char('/') + relativeSearchIndexPath();
}

QByteArray ContentBundle::page(const QString &documentId) const
{
    if (m_catalog.documentIndex(documentId) < 0)
        return {};
    QFile file(pagePath(documentId));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString ContentBundle::relativeManifestPath()
{
    return QStringLiteral("manifest.json");
}

QString ContentBundle::relativePagePath(const QString &documentId)
{
    return QLatin1String("pages/") + documentId + QLatin1String(".html");
}

QString ContentBundle::relativeSearchTextPath(const QString &documentId)
{
    return QLatin1String("search/") + documentId + QLatin1String(".json");
}

QString ContentBundle::relativeSearchIndexPath()
{
    return QStringLiteral("search-index.sqlite");
}
