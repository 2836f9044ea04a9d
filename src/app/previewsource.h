#pragma once

#include "contentbundle.h"
#include "renderlimits.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QFileSystemWatcher;
class QTimer;

// `trustbook --preview DIR`: the folder's markdown as a bundle in memory, rendered the way the
// build renders it (ContentGenerator with the same isolated child renderer and limits), again
// whenever a file in it changes. Nothing is written: the bundle never leaves memory. A render
// runs off the GUI thread; changes that come while it runs start one more render after it,
// and a burst of changes (an editor's save) is one render. A failed render keeps the last
// good bundle.
class PreviewSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewSource)

public:
    struct Renderer
    {
        QString program; // trustbook-gen, started with --render-many (IsolatedRenderer)
        RenderLimits limits;
        QByteArray pageTemplate; // as trustbook-gen's --template and --style
        QByteArray styleSheet;
    };

    PreviewSource(QString folder, Renderer renderer, QObject *parent = nullptr);
    ~PreviewSource() override;

    // Renders the folder and watches it from now on.
    void start();
    // How long after the last change the folder is rendered again: saves come in bursts.
    void setSettleTime(int ms);

    QString folder() const { return m_folder; }
    // The last good bundle; null until one rendered.
    std::shared_ptr<const ContentBundle> bundle() const { return m_bundle; }
    // What the last render found wrong, each "file:line: message"; empty when it succeeded.
    const QStringList &errors() const { return m_errors; }
    // The content version a preview shows: it is no release, so it has no version.
    static QString unreleasedVersion();
    // Where the app finds trustbook-gen: installed in libexec/trustbook beside bin/ (the
    // build tree has the same layout).
    static QString installedRenderer();

Q_SIGNALS:
    // A render succeeded: bundle() is new.
    void reloaded();
    // A render failed with these problems (file:line: message); bundle() is unchanged.
    void failed(const QStringList &errors);

private:
    using Rendered = Result<std::shared_ptr<const ContentBundle>, QStringList>;
    void watchFiles();
    void onChanged();
    void render();
    void onRendered();
    static Rendered renderFolder(const QString &folder, const Renderer &renderer);

    QString m_folder;
    Renderer m_renderer;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QFutureWatcher<Rendered> m_rendering;
    bool m_changedWhileRendering = false;
    std::shared_ptr<const ContentBundle> m_bundle;
    QStringList m_errors;
};
