#pragma once

#include <QByteArrayView>

#include <vector>

// One line of a source file, as views into the original bytes: the pre-processing stages
// blank lines out while keeping each line's own terminator, so line numbers and line endings
// stay those of the file.
struct SourceLine
{
    QByteArrayView text;       // without the terminator
    QByteArrayView terminator; // "\n", "\r\n", "\r" or empty on a last line without one
    qsizetype next = 0;        // offset of the following line
};

class SourceLines final
{
public:
    static SourceLine at(QByteArrayView source, qsizetype start);
    static std::vector<SourceLine> split(QByteArrayView source);
};
