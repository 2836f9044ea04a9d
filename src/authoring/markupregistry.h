#pragma once

#include "markuprenderer.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>

// Which markup format renders a content file, by the file's extension. The generator asks it
// which files are documents and how to render each; only markdown ships (standard()), and a
// test may add a format of its own.
class MarkupRegistry final
{
public:
    MarkupRegistry() = default;

    // Markdown, the one format the build tool renders.
    static MarkupRegistry standard();

    // `extension` without the dot; it replaces a renderer added before for the same one.
    void add(const QString &extension, std::shared_ptr<const MarkupRenderer> renderer);
    // The renderer for `path`'s last extension, in any letter case; null when none is added.
    const MarkupRenderer *find(const QString &path) const;
    // Every extension added, without dots, sorted.
    QStringList extensions() const;

private:
    std::map<QString, std::shared_ptr<const MarkupRenderer>> m_renderers;
};
