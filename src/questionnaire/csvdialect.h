#pragma once

#include <QChar>

// How a CSV file was written, so that Trustbook's output matches what the questionnaire's
// owner sent. The defaults are for a CSV made from scratch (from an xlsx, say): comma, UTF-8
// with a byte order mark (without one, Excel reads UTF-8 as the local code page) and CRLF, the
// line break of RFC 4180.
struct CsvDialect final
{
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian };
    enum class LineBreak { CrLf, Lf, Cr };

    QChar delimiter = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8WithBom;
    LineBreak lineBreak = LineBreak::CrLf;

    bool operator==(const CsvDialect &other) const
    {
        return delimiter == other.delimiter && encoding == other.encoding &&
               lineBreak == other.lineBreak;
    }
    bool operator!=(const CsvDialect &other) const { return !(*this == other); }
};
