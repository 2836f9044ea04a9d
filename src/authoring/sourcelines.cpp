#include "sourcelines.h"

SourceLine SourceLines::at(QByteArrayView source, qsizetype start)
{
    // A line ends at "\n", "\r\n" or a lone "\r" (old Mac files), as CommonMark says.
    qsizetype end = start;
    while (end < source.size() && source.at(end) != '\n' && source.at(end) != '\r')
        ++end;
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
