#pragma once

#include <QtGlobal>

// What a questionnaire file may ask of Trustbook before it is refused. Real questionnaires
// (CAIQ v4 ~260 questions, SIG Lite ~330, HECVAT Full ~1,000 rows over a dozen sheets) are far
// below every limit; the limits are there so that a hostile or broken file gets a clear
// refusal instead of exhausting memory. All sizes in bytes.
struct ReadLimits final
{
    // The file as stored: checked before a byte of it is read (a 50 MB file is refused).
    qint64 maxFileBytes = 32 * 1024 * 1024;
    // xlsx: all parts together once inflated, counted while inflating (never from the header).
    qint64 maxTotalUncompressedBytes = 512 * 1024 * 1024;
    // xlsx: one part (a sheet, the shared strings) once inflated.
    qint64 maxPartBytes = 256 * 1024 * 1024;
    // xlsx: inflated bytes per stored byte of one part. Sheet XML compresses 10 to 30 times;
    // a zip bomb thousands of times.
    qint64 maxCompressionRatio = 200;
    // The ratio is only judged past this many inflated bytes, where it means something.
    qint64 ratioGraceBytes = 1024 * 1024;
    // xlsx: entries in the zip.
    int maxParts = 10000;
    // Every sheet: rows (the highest row number, since an xlsx row can jump ahead) and cells
    // held in memory over all sheets.
    qint64 maxRows = 100000;
    qint64 maxCells = 2000000;
};
