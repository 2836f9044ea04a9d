#include "qpdftoolsloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <dlfcn.h>

namespace {

Result<const QpdfTools *> load()
{
    // Beside the program first; then by name alone, which the dynamic loader looks up in the
    // program's RUNPATH (the build tree's, for the tests and benchmarks).
    const QStringList candidates{
        QDir::cleanPath(QCoreApplication::applicationDirPath() +
                        QStringLiteral("/" TRUSTBOOK_LIBEXEC_FROM_BINDIR "/") +
                        QLatin1String(QpdfToolsLoader::kFileName)),
        QLatin1String(QpdfToolsLoader::kFileName)};
    QStringList reasons;
    for (const QString &candidate : candidates) {
        if (candidate.contains(QLatin1Char('/')) && !QFile::exists(candidate)) {
            reasons.append(
                QCoreApplication::translate("QpdfToolsLoader", "%1: no such file").arg(candidate));
            continue;
        }
        // Never unloaded: the tools it returns live as long as the process.
        void *module = dlopen(QFile::encodeName(candidate).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            reasons.append(QString::fromLocal8Bit(dlerror()));
            continue;
        }
        const auto entry = reinterpret_cast<QpdfToolsEntry>(dlsym(module, kQpdfToolsEntry));
        if (!entry) {
            reasons.append(QString::fromLocal8Bit(dlerror()));
            continue;
        }
        return Result<const QpdfTools *>::success(entry());
    }
    return Result<const QpdfTools *>::failure(
        QCoreApplication::translate("QpdfToolsLoader", "cannot load the PDF module: %1")
            .arg(reasons.join(QStringLiteral("; "))));
}

} // namespace

Result<const QpdfTools *> QpdfToolsLoader::tools()
{
    static const Result<const QpdfTools *> loaded = load();
    return loaded;
}
