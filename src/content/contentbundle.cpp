#include "contentbundle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

// The root of a bundle in memory: no folder has this name, so its paths name nothing on disk.
const QString kMemoryRoot = QStringLiteral(":memory:");

} // namespace

ContentBundle::ContentBundle(QString root, ContentCatalog catalog, QHash<QString, QByteArray> files)
    : m_root(std::move(root))
    , m_catalog(std::move(catalog))
    , m_files(std::move(files))
{}

Result<ContentBundle> ContentBundle::open(const QString &root)
{
    Result<ContentCatalog> catalog =
        ContentCatalog::load(root + QLatin1Char('/') + relativeManifestPath());
    if (!catalog)
        return Result<ContentBundle>::failure(catalog.error());
    return checked(ContentBundle(root, *std::move(catalog)));
}

Result<ContentBundle> ContentBundle::fromMemory(QHash<QString, QByteArray> files)
{
    QHash<QString, QByteArray> byPath;
    for (auto file = files.cbegin(); file != files.cend(); ++file)
        byPath.insert(kMemoryRoot + QLatin1Char('/') + file.key(), file.value());
    const QString manifestPath = kMemoryRoot + QLatin1Char('/') + relativeManifestPath();
    Result<Manifest> manifest = Manifest::fromJson(byPath.value(manifestPath));
    if (!manifest)
        return Result<ContentBundle>::failure(
            QStringLiteral("%1: %2").arg(manifestPath, manifest.error()));
    return checked(
        ContentBundle(kMemoryRoot, ContentCatalog(*std::move(manifest)), std::move(byPath)));
}

Result<ContentBundle> ContentBundle::checked(ContentBundle bundle)
{
    // The brand the generator wrote beside the manifest; Trustbook's own without one.
    const QString brandPath = bundle.m_root + QLatin1Char('/') + Brand::manifestFileName();
    if (bundle.m_root == kMemoryRoot ? bundle.m_files.contains(brandPath)
                                     : QFileInfo::exists(brandPath)) {
        const Result<QByteArray> json = bundle.read(brandPath);
        Result<Brand> brand = json ? Brand::fromJson(*json) : Result<Brand>::failure(json.error());
        if (!brand)
            return Result<ContentBundle>::failure(
                json ? QStringLiteral("%1: %2").arg(brandPath, brand.error()) : brand.error());
        bundle.m_brand = *std::move(brand);
    }
    // A file the manifest promises but the bundle lacks would otherwise show up much later,
    // as a blank page or a search that never finds that document.
    // Asking Qt whether a compiled-in resource is a file reads its first bytes, and the kernel
    // maps the pages around them along: at 10,000 sections, checking the 200 files this way kept
    // all 4 MB of their compressed bytes resident for the app's whole life. A folder's listing
    // answers from the resource tree alone, with filters that skip the per-entry checks (hidden,
    // system) that would read the bytes after all.
    QHash<QString, QSet<QString>> listings;
    const auto isResourceFile = [&listings](const QString &path) {
        const QFileInfo file(path);
        auto listing = listings.constFind(file.path());
        if (listing == listings.cend()) {
            QSet<QString> names;
            QDirIterator entries(file.path(), QDir::AllEntries | QDir::Hidden | QDir::System |
                                                  QDir::NoDotAndDotDot);
            while (entries.hasNext())
                names.insert(entries.nextFileInfo().fileName());
            listing = listings.insert(file.path(), names);
        }
        return listing->contains(file.fileName());
    };
    for (const DocumentEntry &document : bundle.catalog().documents()) {
        for (const QString &path :
             {bundle.pagePath(document.id), bundle.searchTextPath(document.id)}) {
            const bool there = bundle.m_root == kMemoryRoot        ? bundle.m_files.contains(path)
                               : path.startsWith(QLatin1Char(':')) ? isResourceFile(path)
                                                                   : QFileInfo(path).isFile();
            if (!there)
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
    // A bundle in memory (a preview) has no path an icon could be loaded from.
    return m_brand.hasIcon && m_root != kMemoryRoot
               ? m_root + QLatin1Char('/') + Brand::iconFileName()
               : QString();
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
    return m_root == kMemoryRoot ? QString()
                                 : m_root + QLatin1Char('/') + relativeSearchIndexPath();
}

Result<QByteArray> ContentBundle::read(const QString &path) const
{
    if (m_root == kMemoryRoot) {
        const auto file = m_files.constFind(path);
        return file != m_files.cend() ? Result<QByteArray>::success(*file)
                                      : Result<QByteArray>::failure(
                                            QStringLiteral("%1: not in the content").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return Result<QByteArray>::success(file.readAll());
}

QByteArray ContentBundle::page(const QString &documentId) const
{
    if (m_catalog.documentIndex(documentId) < 0)
        return {};
    const Result<QByteArray> bytes = read(pagePath(documentId));
    return bytes ? *bytes : QByteArray();
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
