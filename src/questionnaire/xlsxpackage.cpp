#include "xlsxpackage.h"

#include <unzip.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

using Stream = XlsxPackage::Stream;

voidpf openStream(voidpf, const void *stream, int)
{
    return const_cast<void *>(stream);
}

uLong readStream(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *s = static_cast<Stream *>(stream);
    const auto total = static_cast<quint64>(s->bytes->size());
    const quint64 count = s->position >= total ? 0 : std::min<quint64>(size, total - s->position);
    std::memcpy(buffer, s->bytes->constData() + s->position, static_cast<std::size_t>(count));
    s->position += count;
    return static_cast<uLong>(count);
}

uLong writeStream(voidpf, voidpf, const void *, uLong)
{
    return 0; // read only
}

ZPOS64_T tellStream(voidpf, voidpf stream)
{
    return static_cast<Stream *>(stream)->position;
}

long seekStream(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *s = static_cast<Stream *>(stream);
    const auto total = static_cast<quint64>(s->bytes->size());
    quint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = s->position;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = total;
    if (offset > total || base + offset > total)
        return -1;
    s->position = base + offset;
    return 0;
}

int closeStream(voidpf, voidpf)
{
    return 0;
}

int streamError(voidpf, voidpf)
{
    return 0;
}

QString withoutLeadingSlash(const QString &part)
{
    return part.startsWith(QLatin1Char('/')) ? part.mid(1) : part;
}

} // namespace

XlsxPackage::XlsxPackage(const QByteArray &bytes, const QString &name, const ReadLimits &limits)
    : m_bytes(bytes)
    , m_name(name)
    , m_limits(limits)
{}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

Result<Done> XlsxPackage::open()
{
    m_stream.bytes = &m_bytes;
    zlib_filefunc64_def functions{openStream, readStream,  writeStream, tellStream,
                                  seekStream, closeStream, streamError, nullptr};
    m_zip = unzOpen2_64(&m_stream, &functions);
    if (!m_zip)
        return Result<Done>::failure(
            QStringLiteral("%1 is not an xlsx workbook: its zip archive cannot be read")
                .arg(m_name));
    unz_global_info64 info{};
    if (unzGetGlobalInfo64(m_zip, &info) != UNZ_OK)
        return Result<Done>::failure(
            QStringLiteral("%1 is not an xlsx workbook: its zip archive cannot be read")
                .arg(m_name));
    if (info.number_entry > static_cast<ZPOS64_T>(m_limits.maxParts))
        return Result<Done>::failure(
            QStringLiteral("%1 has %2 parts in its zip archive, over the limit of %3")
                .arg(m_name)
                .arg(info.number_entry)
                .arg(m_limits.maxParts));
    for (int status = unzGoToFirstFile(m_zip); status == UNZ_OK; status = unzGoToNextFile(m_zip)) {
        std::array<char, 1024> name{};
        unz_file_info64 file{};
        if (unzGetCurrentFileInfo64(m_zip, &file, name.data(), static_cast<uLong>(name.size()),
                                    nullptr, 0, nullptr, 0) != UNZ_OK)
            return Result<Done>::failure(
                QStringLiteral("%1 is not an xlsx workbook: its zip directory is damaged")
                    .arg(m_name));
        m_partNames.append(QString::fromUtf8(name.data()));
    }
    return Result<Done>::success({});
}

bool XlsxPackage::contains(const QString &part) const
{
    return m_partNames.contains(withoutLeadingSlash(part), Qt::CaseInsensitive);
}

Result<QByteArray> XlsxPackage::part(const QString &part)
{
    const QString partName = withoutLeadingSlash(part);
    const auto failure = [&](const QString &reason) {
        return Result<QByteArray>::failure(
            QStringLiteral("%1: %2: %3").arg(m_name, partName, reason));
    };
    const qsizetype index = m_partNames.indexOf(partName);
    const QString stored = index >= 0 ? partName : [&] {
        for (const QString &name : m_partNames) {
            if (name.compare(partName, Qt::CaseInsensitive) == 0)
                return name;
        }
        return QString();
    }();
    if (!m_zip || stored.isEmpty() ||
        unzLocateFile(m_zip, stored.toUtf8().constData(), 1) != UNZ_OK)
        return failure(QStringLiteral("the part is missing"));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return failure(QStringLiteral("the part is damaged"));
    if ((info.flag & 1U) != 0)
        return failure(
            QStringLiteral("the part is encrypted: save the workbook without a password"));
    if (unzOpenCurrentFile(m_zip) != UNZ_OK)
        return failure(
            QStringLiteral("the part cannot be opened (damaged or an unknown compression)"));
    // The stored size bounds the ratio; a header that understates it only makes the check
    // stricter, and one that overstates it is bounded by the file size limit.
    const qint64 storedBytes = std::max<qint64>(
        static_cast<qint64>(std::min<ZPOS64_T>(info.compressed_size, ZPOS64_T(1) << 40)), 1);
    QByteArray data;
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const int got =
            unzReadCurrentFile(m_zip, chunk.data(), static_cast<unsigned>(chunk.size()));
        if (got < 0) {
            unzCloseCurrentFile(m_zip);
            return failure(
                QStringLiteral("the part is damaged (error %1 while inflating)").arg(got));
        }
        if (got == 0)
            break;
        m_inflatedBytes += got;
        const auto fail = [&](const QString &reason) {
            unzCloseCurrentFile(m_zip);
            return failure(reason);
        };
        if (data.size() + got > m_limits.maxPartBytes)
            return fail(QStringLiteral("the part inflates past %1 bytes, the limit for one part")
                            .arg(m_limits.maxPartBytes));
        if (m_inflatedBytes > m_limits.maxTotalUncompressedBytes)
            return fail(QStringLiteral("the workbook inflates past %1 bytes, the limit for all "
                                       "parts together")
                            .arg(m_limits.maxTotalUncompressedBytes));
        data.append(chunk.data(), got);
        if (data.size() > m_limits.ratioGraceBytes &&
            data.size() / storedBytes > m_limits.maxCompressionRatio)
            return fail(QStringLiteral("the part inflates more than %1 times its stored size: "
                                       "a zip bomb, not a spreadsheet")
                            .arg(m_limits.maxCompressionRatio));
    }
    if (unzCloseCurrentFile(m_zip) != UNZ_OK)
        return failure(QStringLiteral("the part is damaged (its checksum does not match)"));
    return Result<QByteArray>::success(std::move(data));
}
