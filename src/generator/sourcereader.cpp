#include "sourcereader.h"

#include <QFile>

namespace {

// Length of the well-formed sequence starting at `at`, or 0 (the Unicode Standard, table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence).
qsizetype sequenceLength(QByteArrayView bytes, qsizetype at)
{
    const auto byte = [bytes](qsizetype i) {
        return i < bytes.size() ? static_cast<uchar>(bytes.at(i)) : uchar{0};
    };
    const uchar lead = byte(at);
    if (lead < 0x80)
        return 1;
    const qsizetype length = lead < 0xC2   ? 0
                             : lead < 0xE0 ? 2
                             : lead < 0xF0 ? 3
                             : lead < 0xF5 ? 4
                                           : 0;
    const uchar low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    const uchar high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    if (length == 0 || byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

SourceReader::SourceReader(qint64 maxBytes)
    : m_maxBytes(maxBytes)
{}

ContentResult<QByteArray> SourceReader::read(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ContentResult<QByteArray>::failure(
            {path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
    // Never more than one byte over the limit in memory, whatever size the file claims.
    const QByteArray bytes = file.read(m_maxBytes + 1);
    // An I/O error part way must not pass for a short file.
    if (file.error() != QFileDevice::NoError)
        return ContentResult<QByteArray>::failure(
            {path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
    if (bytes.size() > m_maxBytes)
        return ContentResult<QByteArray>::failure(
            {path, 0,
             QStringLiteral("the file has %1 bytes, more than the limit of %2 "
                            "(--max-input-bytes); the file was not rendered")
                 .arg(qMax(file.size(), qint64{bytes.size()}))
                 .arg(m_maxBytes)});
    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        const int line = static_cast<int>(QByteArrayView(bytes).first(invalid).count('\n')) + 1;
        return ContentResult<QByteArray>::failure(
            {path, line,
             QStringLiteral("invalid UTF-8 at byte offset %1 (0x%2); the file must be UTF-8")
                 .arg(invalid)
                 .arg(static_cast<uchar>(bytes.at(invalid)), 2, 16, QLatin1Char('0'))});
    }
    return ContentResult<QByteArray>::success(bytes);
}

qsizetype SourceReader::firstInvalidUtf8(QByteArrayView bytes)
{
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = sequenceLength(bytes, at);
        if (length == 0)
            return at;
        at += length;
    }
    return -1;
}
