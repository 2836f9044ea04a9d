#pragma once

// The processes under a process, as /proc shows them: for tests that kill an export child or
// its Chromium helpers the way the out-of-memory killer would.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <csignal>
#include <sys/types.h>

namespace ProcessTree {

// Direct children of `pid`, over all its threads (Chromium starts helpers from several).
inline QList<qint64> children(qint64 pid)
{
    QList<qint64> found;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks + QLatin1Char('/') + task + QStringLiteral("/children"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : file.readAll().split(' ')) {
            bool ok = false;
            const qint64 id = child.trimmed().toLongLong(&ok);
            if (ok && !found.contains(id))
                found.append(id);
        }
    }
    return found;
}

inline QList<qint64> descendants(qint64 pid)
{
    QList<qint64> found;
    for (const qint64 child : children(pid))
        found << child << descendants(child);
    return found;
}

// Whether `pid` is one of Qt WebEngine's Chromium helpers (zygote, renderer, utility).
inline bool isWebEngineHelper(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("QtWebEngineProcess");
}

// SIGKILLs every Chromium helper under `pid`; returns how many it killed.
inline int killWebEngineHelpers(qint64 pid)
{
    int killed = 0;
    for (const qint64 process : descendants(pid)) {
        if (isWebEngineHelper(process) && ::kill(static_cast<pid_t>(process), SIGKILL) == 0)
            ++killed;
    }
    return killed;
}

} // namespace ProcessTree
