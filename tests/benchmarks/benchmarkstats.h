#pragma once

#include <QList>

#include <algorithm>
#include <ctime>

// What the benchmarks that time work on one thread share: that thread's CPU time (a shared
// machine's load does not add to it) and the spread of a list of timings.
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
