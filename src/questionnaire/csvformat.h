#pragma once

#include "readlimits.h"
#include "result.h"
#include "workbook.h"

#include <QByteArray>
#include <QString>

// Questionnaires as CSV (RFC 4180, and what Excel and LibreOffice save in practice): quoted
// fields with doubled quotes and line breaks inside, CRLF, LF or CR line breaks, comma,
// semicolon or tab as the delimiter (whichever the header line uses most), UTF-8 with or
// without a byte order mark, UTF-16 with one. Text in any other encoding is refused with the
// line and column of the first byte that is not UTF-8, never guessed at. Every field is text;
// an empty field is an empty cell. The Workbook read has one sheet, named after the file, and
// remembers the dialect so that write() can answer in kind.
class CsvFormat final
{
public:
    explicit CsvFormat(const ReadLimits &limits = {});

    // Whether a questionnaire by this name is read as CSV: .csv, .tsv or .txt, any case;
    // everything else is for XlsxReader (which refuses what is not an xlsx by name or content).
    static bool isCsvFileName(const QString &path);

    Result<Workbook> readFile(const QString &path) const;
    // name: how messages call the source (a file name).
    Result<Workbook> read(const QByteArray &bytes, const QString &name) const;

    // The sheet as CSV in the dialect. Fields holding a quote, a line break or any of the three
    // delimiters are quoted, so that reading the output detects the same delimiter. Cells
    // Trustbook wrote pass through CellGuard; a formula's cached value is written, as a CSV
    // cannot hold the formula.
    static QByteArray write(const Sheet &sheet, const CsvDialect &dialect);
    // write(), put at path atomically: the old file stays as it was unless the new one is whole.
    static Result<Done> writeFile(const QString &path, const Sheet &sheet,
                                  const CsvDialect &dialect);

private:
    ReadLimits m_limits;
};
