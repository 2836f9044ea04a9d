#include "markupregistry.h"

#include "markdownmarkup.h"

#include <QFileInfo>

MarkupRegistry MarkupRegistry::standard()
{
    MarkupRegistry registry;
    registry.add(MarkdownMarkup::extension(), std::make_shared<MarkdownMarkup>());
    return registry;
}

void MarkupRegistry::add(const QString &extension, std::shared_ptr<const MarkupRenderer> renderer)
{
    m_renderers[extension.toLower()] = std::move(renderer);
}

const MarkupRenderer *MarkupRegistry::find(const QString &path) const
{
    // Case-insensitive, as the generator always matched "*.md": "FAQ.MD" stays a document.
    const auto it = m_renderers.find(QFileInfo(path).suffix().toLower());
    return it == m_renderers.end() ? nullptr : it->second.get();
}

QStringList MarkupRegistry::extensions() const
{
    QStringList extensions;
    for (const auto &entry : m_renderers)
        extensions.append(entry.first);
    return extensions;
}
