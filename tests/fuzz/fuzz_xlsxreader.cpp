// XlsxReader::read on any bytes: it never crashes or runs away, a failure names the file, and
// what it reads stays within the limits it was given.
#include "fuzzcheck.h"
#include "xlsxreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // Small limits keep each run fast; the checks are the same at any size.
    ReadLimits limits;
    limits.maxTotalUncompressedBytes = 16 * 1024 * 1024;
    limits.maxPartBytes = 8 * 1024 * 1024;
    limits.maxRows = 1000;
    limits.maxCells = 10000;
    const Result<Workbook> read = XlsxReader(limits).read(bytes, QStringLiteral("fuzz.xlsx"));
    if (!read) {
        FUZZ_CHECK(read.error().startsWith(QLatin1String("fuzz.xlsx")));
        return 0;
    }
    qsizetype cells = 0;
    for (const Sheet &sheet : read.value().sheets()) {
        FUZZ_CHECK(sheet.rowCount() <= limits.maxRows);
        cells += sheet.cellCount();
    }
    FUZZ_CHECK(cells <= limits.maxCells);
    return 0;
}
