#pragma once

// Content bundles for tests that need one the build did not compile in: a copy of the
// built-in content on disk, which a test may then damage.

#include "contentbundle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

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

} // namespace BundleTest
