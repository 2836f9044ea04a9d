#pragma once

// Content bundles made by the real generator from markdown a test writes, as the build makes
// them, and opened as the app opens them. Needs TRUSTBOOK_SOURCE_DIR and trustbook_generator.

#include "contentbundle.h"
#include "contentgenerator.h"
#include "inprocessrenderer.h"
#include "renderlimits.h"
#include "scratchfiles.h"

#include <QDir>

#include <optional>
#include <utility>

// Each (file name, markdown) rendered into `root`/content, with the page style `styleSheet`.
inline std::optional<ContentBundle>
generatedBundle(const QString &root, const QList<std::pair<QString, QByteArray>> &files,
                const QByteArray &styleSheet)
{
    const QString source = root + QStringLiteral("/markdown");
    QDir().mkpath(source);
    for (const auto &[name, markdown] : files) {
        if (!ScratchFiles::put(source + QLatin1Char('/') + name, markdown))
            return std::nullopt;
    }
    const QString web = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/");
    const ContentGenerator generator(
        std::make_unique<InProcessRenderer>(SourceReader(RenderLimits().maxInputBytes)),
        ScratchFiles::contents(web + QStringLiteral("page.html")),
        web + QStringLiteral("page.html"), styleSheet);
    if (!generator.generate(source, root + QStringLiteral("/content")))
        return std::nullopt;
    Result<ContentBundle> bundle = ContentBundle::open(root + QStringLiteral("/content"));
    if (!bundle)
        return std::nullopt;
    return *std::move(bundle);
}

// The shipped page style, as the build inlines it.
inline QByteArray shippedStyleSheet()
{
    return ScratchFiles::contents(QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/style.css"));
}

// Each (file name, markdown) rendered into `root`/content, with the shipped style.
inline std::optional<ContentBundle>
generatedBundle(const QString &root, const QList<std::pair<QString, QByteArray>> &files)
{
    return generatedBundle(root, files, shippedStyleSheet());
}

// The documents as doc-0.md, doc-1.md, …
inline std::optional<ContentBundle> generatedBundle(const QString &root,
                                                    const QList<QByteArray> &documents)
{
    QList<std::pair<QString, QByteArray>> files;
    for (qsizetype i = 0; i < documents.size(); ++i)
        files.append({QStringLiteral("doc-%1.md").arg(i), documents.at(i)});
    return generatedBundle(root, files);
}
