#pragma once

// Runs the real trustbook binary the way a script would, for tests of its command line.

#include <QProcess>
#include <QString>
#include <QStringList>

struct ProcessResult
{
    int exitCode = -1; // -1 when it crashed or ran out of time
    QString out;
    QString err;
};

inline ProcessResult runProcess(const QString &program, const QStringList &arguments,
                                const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
