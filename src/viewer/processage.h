#pragma once

#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

// How long ago the kernel started this process, so that start-up is timed from the same moment
// in the app and in the benchmark's bare program (the dynamic loader and static initialisers
// count for both). Header only, as PaintCheck, so the bare program does not link the app.
class ProcessAge final
{
public:
    // Milliseconds since this process started (to the kernel's clock tick), 0 when /proc
    // cannot say.
    static double milliseconds()
    {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray line = stat.readAll();
        // The command name may hold spaces and brackets; starttime is field 22 of the line,
        // the 20th after the one that closes the name.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        const double ticks = fields.value(19).toDouble();
        timespec boot{};
        clock_gettime(CLOCK_BOOTTIME, &boot);
        const double bootMs = double(boot.tv_sec) * 1e3 + double(boot.tv_nsec) / 1e6;
        return bootMs - ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
    }
};
