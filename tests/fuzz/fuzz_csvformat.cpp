// CsvFormat::read on any bytes: it never crashes, a failure names the file, and whatever it
// reads, written back in its dialect, reads back as the same fields in the same dialect.
#include "csvformat.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

namespace {

QList<QStringList> fieldsOf(const Workbook &workbook)
{
    QList<QStringList> rows;
    const Sheet &sheet = workbook.sheets().first();
    for (qsizetype r = 0; r < sheet.rowCount(); ++r) {
        QStringList fields;
        for (const Cell &cell : sheet.row(r))
            fields.append(cell.displayText());
        rows.append(fields);
    }
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const CsvFormat format;
    const Result<Workbook> read = format.read(bytes, QStringLiteral("fuzz.csv"));
    if (!read) {
        FUZZ_CHECK(read.error().startsWith(QLatin1String("fuzz.csv")));
        return 0;
    }
    FUZZ_CHECK(read.value().sheets().size() == 1 && read.value().csvDialect().has_value());
    const CsvDialect dialect = *read.value().csvDialect();
    const QByteArray written = CsvFormat::write(read.value().sheets().first(), dialect);
    const Result<Workbook> again = format.read(written, QStringLiteral("fuzz.csv"));
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(*again.value().csvDialect() == dialect);
    FUZZ_CHECK(fieldsOf(again.value()) == fieldsOf(read.value()));
    return 0;
}
