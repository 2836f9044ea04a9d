#include "sourcelines.h"

#include <cstring>

SourceLine SourceLines::at(QByteArrayView source, qsizetype start)
{
    // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), as CommonMark says.
    // The first '\n', then a '\r' before it: memchr's wide compares instead of a byte loop.
    qsizetype end = source.size();
    if (start < end) {
        const char *const data = source.data();
        if (const void *newline = std::memchr(data + start, '\n', size_t(end - start)))
            end = static_cast<const char *>(newline) - data;
        if (const void *carriageReturn = std::memchr(data + start, '\r', size_t(end - start)))
            end = static_cast<const char *>(carriageReturn) - data;
    }
    const QByteArrayView text = source.sliced(start, end - start);
    qsizetype terminatorSize = 0;
    if (end < source.size())
        terminatorSize = source.sliced(end).startsWith("\r\n") ? 2 : 1;
    return {text, source.sliced(end, terminatorSize), end + terminatorSize};
}

std::vector<SourceLine> SourceLines::split(QByteArrayView source)
{
    std::vector<SourceLine> lines;
    for (qsizetype start = 0; start < source.size(); start = lines.back().next)
        lines.push_back(at(source, start));
    return lines;
}
