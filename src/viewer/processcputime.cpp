#include "processcputime.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

std::optional<std::chrono::milliseconds> ProcessCpuTime::of(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces and ')': the fields
    // that follow start after the last ')'. From there, utime and stime are the 12th and 13th.
    const qsizetype nameEnd = line.lastIndexOf(')');
    if (nameEnd < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(nameEnd + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    bool userOk = false;
    bool systemOk = false;
    const qulonglong ticks =
        fields.at(11).toULongLong(&userOk) + fields.at(12).toULongLong(&systemOk);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    if (!userOk || !systemOk || ticksPerSecond <= 0)
        return std::nullopt;
    return std::chrono::milliseconds(
        static_cast<qint64>(ticks * 1000 / static_cast<qulonglong>(ticksPerSecond)));
}
