#include "qpdftoolsloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>

#include <cstdlib>
#include <memory>

#include <dlfcn.h>

namespace {

// The folders the dynamic loader searches for the program's own libraries (LD_LIBRARY_PATH,
// the program's RUNPATH, the system's), as it reports them. Not dlopen() by bare name: that
// searches the RUNPATH of whatever calls dlopen, which under AddressSanitizer is its runtime,
// not the program.
QStringList programSearchPath()
{
    void *program = dlopen(nullptr, RTLD_NOW);
    Dl_serinfo size{};
    if (!program || dlinfo(program, RTLD_DI_SERINFOSIZE, &size) != 0)
        return {};
    const std::unique_ptr<Dl_serinfo, decltype(&std::free)> info(
        static_cast<Dl_serinfo *>(std::malloc(size.dls_size)), &std::free);
    if (!info)
        return {};
    info->dls_size = size.dls_size;
    info->dls_cnt = size.dls_cnt;
    if (dlinfo(program, RTLD_DI_SERINFO, info.get()) != 0)
        return {};
    QStringList folders;
    for (unsigned int i = 0; i < info->dls_cnt; ++i)
        folders.append(QFile::decodeName(info->dls_serpath[i].dls_name));
    return folders;
}

Result<const QpdfTools *> load()
{
    // Beside the program first (installed, and the app in the build tree); then in the
    // folders the program's libraries are searched in (a test's or benchmark's build RUNPATH).
    QStringList candidates{QDir::cleanPath(QCoreApplication::applicationDirPath() +
                                           QStringLiteral("/" TRUSTBOOK_LIBEXEC_FROM_BINDIR))};
    candidates += programSearchPath();
    QStringList reasons;
    QStringList missing;
    for (const QString &folder : std::as_const(candidates)) {
        const QString candidate = QDir(folder).filePath(QLatin1String(QpdfToolsLoader::kFileName));
        if (!QFile::exists(candidate)) {
            missing.append(folder);
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
    if (!missing.isEmpty())
        reasons.append(QCoreApplication::translate("QpdfToolsLoader", "%1 is not in %2")
                           .arg(QLatin1String(QpdfToolsLoader::kFileName),
                                missing.join(QStringLiteral(", "))));
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
