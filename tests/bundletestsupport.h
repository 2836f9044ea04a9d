#pragma once

// Content bundles for tests that need one the build did not compile in: a copy of the
// built-in content on disk, which a test may then damage.

#include "contentbundle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

namespace BundleTest {

// The built-in content copied into `folder` and opened there; fails if a file could not be
// copied or the copy does not open.
inline Result<ContentBundle> builtInCopy(const QString &folder)
{
    const QString from = ContentBundle::builtInRoot();
    QDirIterator files(from, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString target = folder + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return Result<ContentBundle>::failure(
                QStringLiteral("cannot copy %1 to %2").arg(source, target));
    }
    return ContentBundle::open(folder);
}

// Leaves `bundle` (a copy) without a search to use: no prebuilt index, and one document's
// search text gone, so the fallback build fails. Expects the line saying the index cannot be
// used. Returns the search text's path, or empty if a file could not be removed.
inline QString withoutSearch(const ContentBundle &bundle)
{
    const QString missing = bundle.searchTextPath(bundle.catalog().document(0).id);
    if (!QFile::remove(bundle.searchIndexPath()) || !QFile::remove(missing))
        return {};
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(
            QStringLiteral("^%1: the prebuilt search index cannot be used \\(.*\\); building one")
                .arg(QRegularExpression::escape(bundle.searchIndexPath()))));
    return missing;
}

} // namespace BundleTest
