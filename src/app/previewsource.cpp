#include "previewsource.h"

#include "contentgenerator.h"
#include "isolatedrenderer.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace {

// Long enough to take an editor's write, rename and chmod as one save.
constexpr int kSettleMs = 150;

} // namespace

PreviewSource::PreviewSource(QString folder, Renderer renderer, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(folder))
    , m_renderer(std::move(renderer))
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &PreviewSource::render);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &PreviewSource::onChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &PreviewSource::onChanged);
    connect(&m_rendering, &QFutureWatcher<Rendered>::finished, this, &PreviewSource::onRendered);
}

PreviewSource::~PreviewSource()
{
    // The render holds this object's renderer settings by value, but its result is ours.
    m_rendering.waitForFinished();
}

void PreviewSource::setSettleTime(int ms)
{
    m_settle->setInterval(ms);
}

QString PreviewSource::unreleasedVersion()
{
    //: The content version of a preview, in About and in copied answers' sources.
    return tr("unreleased");
}

QString PreviewSource::installedRenderer()
{
    return QCoreApplication::applicationDirPath() +
           QStringLiteral("/" TRUSTBOOK_LIBEXEC_FROM_BINDIR "/trustbook-gen");
}

void PreviewSource::start()
{
    m_watcher->addPath(m_folder);
    watchFiles();
    render();
}

// Editors save by writing a new file and renaming it over the old one, which ends the watch
// on the old one: every change re-adds whatever the folder holds now.
void PreviewSource::watchFiles()
{
    const QDir dir(m_folder);
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files))
        files.append(dir.filePath(name));
    const QStringList watched = m_watcher->files();
    QStringList added;
    for (const QString &file : std::as_const(files)) {
        if (!watched.contains(file))
            added.append(file);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

void PreviewSource::onChanged()
{
    watchFiles();
    m_settle->start();
}

void PreviewSource::render()
{
    if (m_rendering.isRunning()) {
        m_changedWhileRendering = true;
        return;
    }
    m_changedWhileRendering = false;
    m_rendering.setFuture(QtConcurrent::run(&PreviewSource::renderFolder, m_folder, m_renderer));
}

void PreviewSource::onRendered()
{
    const Rendered rendered = m_rendering.result();
    if (m_changedWhileRendering) {
        render();
        return;
    }
    if (!rendered) {
        m_errors = rendered.error();
        Q_EMIT failed(m_errors);
        return;
    }
    m_errors.clear();
    m_bundle = *rendered;
    Q_EMIT reloaded();
}

// In a worker thread: the generator's render, its files made into a bundle in memory.
PreviewSource::Rendered PreviewSource::renderFolder(const QString &folder, const Renderer &renderer)
{
    ContentGenerator generator(
        std::make_unique<IsolatedRenderer>(renderer.program, renderer.limits),
        renderer.pageTemplate, QStringLiteral("page.html"), renderer.styleSheet);
    Result<QHash<QString, QByteArray>, QList<ContentError>> files = generator.renderFiles(folder);
    if (!files) {
        QStringList errors;
        for (const ContentError &error : files.error())
            errors.append(error.toString());
        return Rendered::failure(errors);
    }
    const QString manifestName = ContentBundle::relativeManifestPath();
    Result<Manifest> manifest = Manifest::fromJson(files->value(manifestName));
    if (!manifest)
        return Rendered::failure({QStringLiteral("%1: %2").arg(manifestName, manifest.error())});
    manifest->contentVersion = unreleasedVersion();
    files->insert(manifestName, manifest->toJson());
    Result<ContentBundle> bundle = ContentBundle::fromMemory(*std::move(files));
    if (!bundle)
        return Rendered::failure({bundle.error()});
    return Rendered::success(std::make_shared<const ContentBundle>(*std::move(bundle)));
}
