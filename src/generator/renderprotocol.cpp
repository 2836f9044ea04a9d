#include "renderprotocol.h"

#include "messageframe.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;
constexpr quint8 kDocument = 0;
constexpr quint8 kError = 1;
// A path longer than this is no file name the parent would send.
constexpr quint32 kLongestPath = 64 * 1024;

QByteArray length(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

// Every field of the entry, in declaration order; a reader that runs out of bytes or finds
// bytes left over knows the reply is not what this version writes.
void writeDocument(QDataStream &stream, const RenderedDocument &document)
{
    const DocumentEntry &entry = document.entry;
    stream << entry.id << entry.title << entry.section << entry.description << entry.url
           << entry.order.has_value() << qint32(entry.order.value_or(0)) << entry.source
           << entry.sha256 << qint32(entry.sections.size());
    for (const SectionEntry &section : entry.sections)
        stream << section.id << section.title << qint32(section.line) << section.review.owner
               << section.review.reviewed << section.review.reviewBy;
    stream << document.bodyHtml << document.searchText << qint32(document.sectionTexts.size());
    for (const QString &text : document.sectionTexts)
        stream << text;
    stream << qint32(document.internalLinks.size());
    for (const InternalLink &link : document.internalLinks)
        stream << link.target << qint32(link.line);
}

// A count read from the stream, refused when negative or beyond what the rest could hold.
bool readCount(QDataStream &stream, qint32 *count)
{
    stream >> *count;
    return stream.status() == QDataStream::Ok && *count >= 0 &&
           *count <= stream.device()->bytesAvailable();
}

std::optional<RenderedDocument> readDocument(QDataStream &stream)
{
    RenderedDocument document;
    DocumentEntry &entry = document.entry;
    bool hasOrder = false;
    qint32 order = 0;
    qint32 count = 0;
    stream >> entry.id >> entry.title >> entry.section >> entry.description >> entry.url >>
        hasOrder >> order >> entry.source >> entry.sha256;
    if (hasOrder)
        entry.order = order;
    if (!readCount(stream, &count))
        return std::nullopt;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        SectionEntry section;
        qint32 line = 0;
        stream >> section.id >> section.title >> line >> section.review.owner >>
            section.review.reviewed >> section.review.reviewBy;
        section.line = line;
        entry.sections.append(section);
    }
    stream >> document.bodyHtml >> document.searchText;
    if (!readCount(stream, &count))
        return std::nullopt;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        QString text;
        stream >> text;
        document.sectionTexts.append(text);
    }
    if (!readCount(stream, &count))
        return std::nullopt;
    for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
        InternalLink link;
        qint32 line = 0;
        stream >> link.target >> line;
        link.line = line;
        document.internalLinks.append(link);
    }
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return std::nullopt;
    return document;
}

std::optional<ContentError> readError(QDataStream &stream)
{
    ContentError error;
    qint32 line = 0;
    stream >> error.file >> line >> error.message;
    error.line = line;
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || !error.isSet())
        return std::nullopt;
    return error;
}

} // namespace

namespace RenderProtocol {

QByteArray request(const QString &path)
{
    const QByteArray utf8 = path.toUtf8();
    return length(static_cast<quint32>(utf8.size())) + utf8;
}

std::optional<QString> readRequest(std::FILE *in)
{
    unsigned char header[4];
    if (std::fread(header, 1, sizeof header, in) != sizeof header)
        return std::nullopt;
    const quint32 size = qFromBigEndian<quint32>(header);
    if (size > kLongestPath)
        return std::nullopt;
    QByteArray utf8(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (std::fread(utf8.data(), 1, size, in) != size)
        return std::nullopt;
    return QString::fromUtf8(utf8);
}

QByteArray reply(const RenderResult &result)
{
    QByteArray payload;
    QDataStream stream(&payload, QIODevice::WriteOnly);
    stream.setVersion(kStreamVersion);
    if (result)
        writeDocument(stream, *result);
    else
        stream << result.error().file << qint32{result.error().line} << result.error().message;
    return MessageFrame::encode(result ? kDocument : kError, payload);
}

ReplyStatus takeReply(QByteArray *buffer, qint64 maxPayloadBytes,
                      std::optional<RenderResult> *result)
{
    MessageFrame::Frame frame;
    switch (MessageFrame::take(buffer, maxPayloadBytes, &frame)) {
    case MessageFrame::Status::Incomplete:
        return ReplyStatus::Incomplete;
    case MessageFrame::Status::TooLarge:
        return ReplyStatus::TooLarge;
    case MessageFrame::Status::Complete:
        break;
    }
    QDataStream stream(frame.payload);
    stream.setVersion(kStreamVersion);
    result->reset();
    if (frame.kind == kDocument) {
        if (std::optional<RenderedDocument> document = readDocument(stream))
            result->emplace(RenderResult::success(*std::move(document)));
    } else if (frame.kind == kError) {
        if (std::optional<ContentError> error = readError(stream))
            result->emplace(RenderResult::failure(*std::move(error)));
    }
    return result->has_value() ? ReplyStatus::Complete : ReplyStatus::Unreadable;
}

} // namespace RenderProtocol
