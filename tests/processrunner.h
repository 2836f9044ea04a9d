#pragma once

// Runs the real trustbook binary the way a script would, for tests of its command line.

#include <QList>
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

// One line of `trustbook --list`: a section as DOC/SECTION, and its title.
struct ListedSection
{
    QString path;
    QString title;
    QString document() const { return path.section(QLatin1Char('/'), 0, 0); }
};

// The sections `trustbook --list` printed, in tree order: the binary carries whatever
// TRUSTBOOK_CONTENT_DIR held, so its tests learn the places they use from it. Empty when the
// run failed or a line lacks its tab.
inline QList<ListedSection> listedSections(const ProcessResult &list)
{
    QList<ListedSection> sections;
    if (list.exitCode != 0)
        return {};
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            return {};
        sections.append({line.left(tab), line.mid(tab + 1)});
    }
    return sections;
}
