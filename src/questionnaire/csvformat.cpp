#include "csvformat.h"

#include "cellguard.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstdint>

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF", 3);
const QByteArray utf16LeBom("\xFF\xFE", 2);
const QByteArray utf16BeBom("\xFE\xFF", 2);

// The offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms,
// no surrogates, nothing past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const std::uint8_t lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        std::uint8_t low = 0x80;
        std::uint8_t high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

// Qt's UTF-16 decoder lets unpaired surrogates through; they are not text.
bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

// 1-based line and column (in characters) of a byte offset in UTF-8 text that is valid before it.
std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))) {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && c != '\r') {
            ++column;
        }
    }
    return {line, column};
}

Result<QString> decode(const QByteArray &bytes, const QString &name, CsvDialect::Encoding *encoding)
{
    const auto utf16 = [&](QStringConverter::Encoding which) -> Result<QString> {
        if (bytes.size() % 2 != 0)
            return Result<QString>::failure(
                QStringLiteral("%1 is not UTF-16 as its byte order mark says: it has an odd "
                               "number of bytes")
                    .arg(name));
        QStringDecoder decoder(which, QStringConverter::Flag::Stateless);
        QString text = decoder(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError() || hasLoneSurrogate(text))
            return Result<QString>::failure(
                QStringLiteral("%1 is not UTF-16 as its byte order mark says: save it as CSV "
                               "UTF-8")
                    .arg(name));
        return Result<QString>::success(std::move(text));
    };
    if (bytes.startsWith(utf16LeBom)) {
        *encoding = CsvDialect::Encoding::Utf16LittleEndian;
        return utf16(QStringConverter::Utf16LE);
    }
    if (bytes.startsWith(utf16BeBom)) {
        *encoding = CsvDialect::Encoding::Utf16BigEndian;
        return utf16(QStringConverter::Utf16BE);
    }
    const bool bom = bytes.startsWith(utf8Bom);
    *encoding = bom ? CsvDialect::Encoding::Utf8WithBom : CsvDialect::Encoding::Utf8;
    const QByteArray body = bom ? bytes.sliced(3) : bytes;
    const qsizetype invalid = firstInvalidUtf8(body);
    if (invalid >= 0) {
        const auto [line, column] = lineAndColumn(body, invalid);
        return Result<QString>::failure(
            QStringLiteral("%1 is not UTF-8 at line %2, column %3: save it as CSV UTF-8")
                .arg(name)
                .arg(line)
                .arg(column));
    }
    return Result<QString>::success(QString::fromUtf8(body));
}

// The delimiter the first record uses most, outside quotes; a comma when it uses none.
QChar detectDelimiter(const QString &text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

// The first line break outside quotes: the one that ends the first record.
CsvDialect::LineBreak detectLineBreak(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n'))
            return CsvDialect::LineBreak::Lf;
        else if (c == QLatin1Char('\r'))
            return i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')
                       ? CsvDialect::LineBreak::CrLf
                       : CsvDialect::LineBreak::Cr;
    }
    return CsvDialect::LineBreak::CrLf;
}

// A sheet name Excel accepts, from a file name: at most 31 characters, none of []:*?/\.
QString sheetNameFor(const QString &name)
{
    QString sheet = QFileInfo(name).completeBaseName();
    for (QChar &c : sheet) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    }
    sheet = sheet.left(31);
    while (sheet.startsWith(QLatin1Char('\'')))
        sheet.remove(0, 1);
    while (sheet.endsWith(QLatin1Char('\'')))
        sheet.chop(1);
    return sheet.isEmpty() ? QStringLiteral("Sheet1") : sheet;
}

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        switch (c.unicode()) {
        case '"':
        case ',':
        case ';':
        case '\t':
        case '\r':
        case '\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

CsvFormat::CsvFormat(const ReadLimits &limits)
    : m_limits(limits)
{}

bool CsvFormat::isCsvFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") ||
           suffix == QLatin1String("txt");
}

Result<Workbook> CsvFormat::readFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Result<Workbook>::failure(QStringLiteral("%1: %2").arg(
            path, info.exists() ? QStringLiteral("not a file") : QStringLiteral("no such file")));
    if (info.size() > m_limits.maxFileBytes)
        return Result<Workbook>::failure(
            QStringLiteral("%1 is %2 bytes, over the limit of %3 bytes for a questionnaire")
                .arg(path)
                .arg(info.size())
                .arg(m_limits.maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Workbook>::failure(
            QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString()));
    // Read one byte past the limit: a file that grew after the check is still caught.
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (bytes.size() > m_limits.maxFileBytes)
        return Result<Workbook>::failure(
            QStringLiteral("%1 is over the limit of %2 bytes for a questionnaire")
                .arg(path)
                .arg(m_limits.maxFileBytes));
    if (file.error() != QFileDevice::NoError)
        return Result<Workbook>::failure(
            QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString()));
    return read(bytes, path);
}

Result<Workbook> CsvFormat::read(const QByteArray &bytes, const QString &name) const
{
    if (bytes.size() > m_limits.maxFileBytes)
        return Result<Workbook>::failure(
            QStringLiteral("%1 is over the limit of %2 bytes for a questionnaire")
                .arg(name)
                .arg(m_limits.maxFileBytes));
    CsvDialect dialect;
    Result<QString> decoded = decode(bytes, name, &dialect.encoding);
    if (!decoded)
        return Result<Workbook>::failure(decoded.error());
    const QString text = std::move(decoded).value();
    dialect.delimiter = detectDelimiter(text);
    dialect.lineBreak = detectLineBreak(text);

    Sheet sheet(sheetNameFor(name));
    QList<Cell> row;
    QString field;
    qsizetype line = 1;
    qsizetype quoteLine = 0; // where the open quoted field began, 0 outside one
    bool inQuotes = false;
    bool fieldStarted = false; // the record has a field so far (an empty line has none)
    qsizetype cells = 0;
    const qsizetype size = text.size();

    const auto endField = [&] {
        row.append(Cell::text(field));
        field.clear();
        ++cells;
    };
    const auto endRecord = [&]() -> QString {
        if (fieldStarted)
            endField();
        fieldStarted = false;
        sheet.appendRow(std::move(row));
        row = {};
        if (sheet.rowCount() > m_limits.maxRows)
            return QStringLiteral("%1 has more than %2 rows, the limit for a questionnaire")
                .arg(name)
                .arg(m_limits.maxRows);
        if (cells > m_limits.maxCells)
            return QStringLiteral("%1 has more than %2 cells, the limit for a questionnaire")
                .arg(name)
                .arg(m_limits.maxCells);
        return {};
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        const bool crlf =
            c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n');
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                // Line breaks inside a quoted field are the cell's own, kept as they are.
                field += c;
                if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !crlf))
                    ++line;
            } else if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                inQuotes = false;
            }
            continue;
        }
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (crlf)
                ++i;
            ++line;
            const QString failure = endRecord();
            if (!failure.isEmpty())
                return Result<Workbook>::failure(failure);
        } else if (c == dialect.delimiter) {
            endField();
            fieldStarted = true;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            // A quote opens a quoted field only at its start; elsewhere it is text, as
            // spreadsheets read it.
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Result<Workbook>::failure(
            QStringLiteral("%1: the quoted field opened at line %2 is never closed")
                .arg(name)
                .arg(quoteLine));
    if (fieldStarted) {
        const QString failure = endRecord();
        if (!failure.isEmpty())
            return Result<Workbook>::failure(failure);
    }
    Workbook workbook;
    workbook.appendSheet(std::move(sheet));
    workbook.setCsvDialect(dialect);
    return Result<Workbook>::success(std::move(workbook));
}

QByteArray CsvFormat::write(const Sheet &sheet, const CsvDialect &dialect)
{
    const QString lineBreak =
        dialect.lineBreak == CsvDialect::LineBreak::CrLf ? QStringLiteral("\r\n")
        : dialect.lineBreak == CsvDialect::LineBreak::Lf ? QStringLiteral("\n")
                                                         : QStringLiteral("\r");
    QString text;
    for (qsizetype r = 0; r < sheet.rowCount(); ++r) {
        const QList<Cell> &cells = sheet.row(r);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += dialect.delimiter;
            const Cell &cell = cells.at(c);
            const QString value = cell.origin() == Cell::Origin::Trustbook
                                      ? CellGuard::neutralise(cell.displayText())
                                      : cell.displayText();
            // A row of one empty field must not read back as an empty line.
            if (needsQuotes(value) || (cells.size() == 1 && value.isEmpty()))
                text += QLatin1Char('"') +
                        QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                        QLatin1Char('"');
            else
                text += value;
        }
        text += lineBreak;
    }
    switch (dialect.encoding) {
    case CsvDialect::Encoding::Utf8:
        return text.toUtf8();
    case CsvDialect::Encoding::Utf8WithBom:
        return utf8Bom + text.toUtf8();
    case CsvDialect::Encoding::Utf16LittleEndian: {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        const QByteArray encoded = encoder(text);
        return utf16LeBom + encoded;
    }
    case CsvDialect::Encoding::Utf16BigEndian: {
        QStringEncoder encoder(QStringConverter::Utf16BE);
        const QByteArray encoded = encoder(text);
        return utf16BeBom + encoded;
    }
    }
    return {};
}

Result<Done> CsvFormat::writeFile(const QString &path, const Sheet &sheet,
                                  const CsvDialect &dialect)
{
    const QFileInfo target(path);
    // Renaming over a device or a folder would replace the node itself.
    if (target.exists() && !target.isFile())
        return Result<Done>::failure(
            QStringLiteral("%1: not a regular file, not replaced").arg(path));
    const QByteArray bytes = write(sheet, dialect);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<Done>::failure(
            QStringLiteral("%1: cannot write it: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Result<Done>::failure(QStringLiteral("%1: cannot write it: %2").arg(path, reason));
    }
    if (!file.commit())
        return Result<Done>::failure(
            QStringLiteral("%1: cannot write it: %2").arg(path, file.errorString()));
    return Result<Done>::success({});
}
