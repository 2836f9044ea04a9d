#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <ctime>

// What the benchmarks share: the CPU time of the thread that does the work (a shared
// machine's load does not add to it), the spread of a list of timings, and memory figures
// read from /proc.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Spread
{
    double median, p99, min, max;
};

inline Spread spread(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    const double p99 = values.at(std::min(n - 1, qsizetype(double(n) * 0.99)));
    return {median, p99, values.first(), values.last()};
}

// The value in kB of the line `key` ("VmRSS:", "Pss:") of a /proc file such as
// /proc/self/status or /proc/PID/smaps_rollup; -1 when the file or the line is missing.
inline double procKiB(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}
