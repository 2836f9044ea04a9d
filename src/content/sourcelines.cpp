#include "sourcelines.h"

SourceLine SourceLines::at(QByteArrayView source, qsizetype start)
{
    const qsizetype newline = source.indexOf('\n', start);
    const qsizetype end = newline < 0 ? source.size() : newline + 1;
    const QByteArrayView whole = source.sliced(start, end - start);
    const qsizetype terminatorSize = whole.endsWith("\r\n") ? 2 : whole.endsWith('\n') ? 1 : 0;
    return {whole.chopped(terminatorSize), whole.last(terminatorSize), end};
}

std::vector<SourceLine> SourceLines::split(QByteArrayView source)
{
    std::vector<SourceLine> lines;
    for (qsizetype start = 0; start < source.size(); start = lines.back().next)
        lines.push_back(at(source, start));
    return lines;
}
