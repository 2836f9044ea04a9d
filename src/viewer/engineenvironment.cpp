#include "engineenvironment.h"

#include "contentschemehandler.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QWebEngineProfile>

namespace {

const char *const kRemoteDebugging = "QTWEBENGINE_REMOTE_DEBUGGING";
const char *const kChromiumFlags = "QTWEBENGINE_CHROMIUM_FLAGS";
const char *const kLinuxAccessibility = "QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY";

QString switchName(const QString &flag)
{
    return flag.section(QLatin1Char('='), 0, 0);
}

} // namespace

QStringList EngineEnvironment::prepareProcess()
{
    const QStringList warnings = lockDown();
    enableAccessibility();
    ContentSchemeHandler::registerUrlScheme();
    // Qt WebEngine wants a shared OpenGL context set up before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // Rules the user sets in QT_LOGGING_RULES still apply on top.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    return warnings;
}

void EngineEnvironment::enableAccessibility()
{
    // Qt WebEngine only asks whether the variable is set, so any value the user gave stays.
    if (!qEnvironmentVariableIsSet(kLinuxAccessibility))
        qputenv(kLinuxAccessibility, "1");
}

QStringList EngineEnvironment::allowedSwitches()
{
    return {QStringLiteral("--disable-gpu"), QStringLiteral("--disable-gpu-compositing"),
            QStringLiteral("--disable-software-rasterizer"),
            QStringLiteral("--force-device-scale-factor")};
}

QStringList EngineEnvironment::lockDown()
{
    QStringList warnings;
    if (qEnvironmentVariableIsSet(kRemoteDebugging)) {
        qunsetenv(kRemoteDebugging);
        warnings.append(QCoreApplication::translate(
            "EngineEnvironment", "ignoring QTWEBENGINE_REMOTE_DEBUGGING: Trustbook never opens "
                                 "a debugging port"));
    }
    const QStringList flags =
        qEnvironmentVariable(kChromiumFlags).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &flag : flags) {
        if (allowedSwitches().contains(switchName(flag)))
            kept.append(flag);
        else
            warnings.append(QCoreApplication::translate(
                                "EngineEnvironment", "ignoring %1 from QTWEBENGINE_CHROMIUM_FLAGS")
                                .arg(flag));
    }
    if (kept.isEmpty())
        qunsetenv(kChromiumFlags);
    else if (kept.size() != flags.size())
        qputenv(kChromiumFlags, kept.join(QLatin1Char(' ')).toLocal8Bit());
    return warnings;
}

void EngineEnvironment::start()
{
    // Qt WebEngine keeps its context (the browser side) until the application ends, however
    // many profiles come and go.
    const QWebEngineProfile first;
}
