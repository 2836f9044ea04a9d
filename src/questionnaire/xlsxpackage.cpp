#include "xlsxpackage.h"

#include <quazip.h>
#include <quazipfile.h>

#include <array>

namespace {

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

XlsxPackage::~XlsxPackage() = default;

Result<Done> XlsxPackage::open()
{
    m_buffer.setBuffer(&m_bytes);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip))
        return Result<Done>::failure(
            QStringLiteral("%1 is not an xlsx workbook: its zip archive cannot be read (error %2)")
                .arg(m_name)
                .arg(m_zip->getZipError()));
    const int entries = m_zip->getEntriesCount();
    if (entries > m_limits.maxParts)
        return Result<Done>::failure(
            QStringLiteral("%1 has %2 parts in its zip archive, over the limit of %3")
                .arg(m_name)
                .arg(entries)
                .arg(m_limits.maxParts));
    m_partNames = m_zip->getFileNameList();
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
    if (!m_zip || !m_zip->setCurrentFile(partName, QuaZip::csInsensitive))
        return failure(QStringLiteral("the part is missing"));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("the part cannot be opened (encrypted or damaged, error %1)")
                           .arg(file.getZipError()));
    // The stored size bounds the ratio; a header that understates it only makes the check
    // stricter, and one that overstates it is bounded by the file size limit.
    const qint64 stored = std::max<qint64>(file.csize(), 1);
    QByteArray data;
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const qint64 got = file.read(chunk.data(), static_cast<qint64>(chunk.size()));
        if (got < 0)
            return failure(QStringLiteral("the part is damaged: %1").arg(file.errorString()));
        if (got == 0)
            break;
        m_inflatedBytes += got;
        if (data.size() + got > m_limits.maxPartBytes)
            return failure(QStringLiteral("the part inflates past %1 bytes, the limit for one part")
                               .arg(m_limits.maxPartBytes));
        if (m_inflatedBytes > m_limits.maxTotalUncompressedBytes)
            return failure(QStringLiteral("the workbook inflates past %1 bytes, the limit for all "
                                          "parts together")
                               .arg(m_limits.maxTotalUncompressedBytes));
        data.append(chunk.data(), static_cast<qsizetype>(got));
        if (data.size() > m_limits.ratioGraceBytes &&
            data.size() / stored > m_limits.maxCompressionRatio)
            return failure(QStringLiteral("the part inflates more than %1 times its stored size: "
                                          "a zip bomb, not a spreadsheet")
                               .arg(m_limits.maxCompressionRatio));
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return failure(QStringLiteral("the part is damaged (its checksum does not match)"));
    return Result<QByteArray>::success(std::move(data));
}
