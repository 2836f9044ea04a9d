#include "pdfexportprotocol.h"

#include "messageframe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace PdfExportProtocol {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QByteArray frame(Kind kind, const QByteArray &payload)
{
    return MessageFrame::encode(static_cast<quint8>(kind), payload);
}

Result<ChildRequest> refused(const QString &what)
{
    return Result<ChildRequest>::failure(QStringLiteral("unreadable export request: %1").arg(what));
}

} // namespace

QByteArray encodeRequest(const PdfExportRequest &request, const QString &contentVersion)
{
    QJsonArray places;
    for (const SectionRef &place : request.places)
        places.append(QJsonArray{place.document, place.section});
    const QPageLayout &layout = request.pageLayout;
    const QMarginsF margins = layout.margins(QPageLayout::Millimeter);
    const QJsonObject json{
        {key("contentVersion"), contentVersion},
        {key("places"), places},
        {key("filePath"), request.filePath},
        {key("pageSize"), static_cast<int>(layout.pageSize().id())},
        {key("landscape"), layout.orientation() == QPageLayout::Landscape},
        {key("marginsMm"),
         QJsonArray{margins.left(), margins.top(), margins.right(), margins.bottom()}},
        // With its offset: the title block prints the time as the user's clock showed it.
        {key("exportedAt"), request.exportedAt.toString(Qt::ISODateWithMs)},
        {key("preparedFor"), request.preparedFor},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<ChildRequest> decodeRequest(const QByteArray &bytes)
{
    QJsonParseError error{};
    const QJsonObject json = QJsonDocument::fromJson(bytes, &error).object();
    if (error.error != QJsonParseError::NoError)
        return refused(error.errorString());
    ChildRequest child;
    child.contentVersion = json.value(key("contentVersion")).toString();
    PdfExportRequest &request = child.request;
    for (const QJsonValue &place : json.value(key("places")).toArray()) {
        const QJsonArray pair = place.toArray();
        if (pair.size() != 2)
            return refused(QStringLiteral("a place is not [document, section]"));
        request.places.append({pair.at(0).toInt(-1), pair.at(1).toInt(-1)});
    }
    request.filePath = json.value(key("filePath")).toString();
    const int size = json.value(key("pageSize")).toInt(-1);
    if (size < 0 || size > QPageSize::LastPageSize)
        return refused(QStringLiteral("no page size"));
    const QJsonArray margins = json.value(key("marginsMm")).toArray();
    if (margins.size() != 4)
        return refused(QStringLiteral("no margins"));
    request.pageLayout = QPageLayout(QPageSize(static_cast<QPageSize::PageSizeId>(size)),
                                     json.value(key("landscape")).toBool() ? QPageLayout::Landscape
                                                                           : QPageLayout::Portrait,
                                     QMarginsF(margins.at(0).toDouble(), margins.at(1).toDouble(),
                                               margins.at(2).toDouble(), margins.at(3).toDouble()),
                                     QPageLayout::Millimeter);
    request.exportedAt =
        QDateTime::fromString(json.value(key("exportedAt")).toString(), Qt::ISODateWithMs);
    if (!request.exportedAt.isValid())
        return refused(QStringLiteral("no export time"));
    request.preparedFor = json.value(key("preparedFor")).toString();
    return Result<ChildRequest>::success(std::move(child));
}

QByteArray progress(int done, int total)
{
    return frame(Kind::Progress, QByteArray::number(done) + ' ' + QByteArray::number(total));
}

QByteArray heartbeat()
{
    return frame(Kind::Heartbeat, {});
}

QByteArray done(const PdfExport &result)
{
    QByteArray pages(4, Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(result.pageCount), pages.data());
    return frame(Kind::Done, pages + result.pdf);
}

QByteArray outcome(Kind kind, const QString &message)
{
    return frame(kind, message.toUtf8());
}

} // namespace PdfExportProtocol
