#include "manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Only the review values a section has, so content without reviews keeps its manifest.
QJsonObject sectionToJson(const SectionEntry &section)
{
    QJsonObject object{{QStringLiteral("id"), section.id},
                       {QStringLiteral("title"), section.title},
                       {QStringLiteral("line"), section.line}};
    if (!section.review.owner.isEmpty())
        object.insert(QStringLiteral("owner"), section.review.owner);
    if (section.review.reviewed.isValid())
        object.insert(QStringLiteral("reviewed"), section.review.reviewed.toString(Qt::ISODate));
    if (section.review.reviewBy.isValid())
        object.insert(QStringLiteral("reviewBy"), section.review.reviewBy.toString(Qt::ISODate));
    return object;
}

QJsonObject documentToJson(const DocumentEntry &document)
{
    QJsonArray sections;
    for (const SectionEntry &section : document.sections)
        sections.append(sectionToJson(section));
    QJsonObject object{{QStringLiteral("id"), document.id},
                       {QStringLiteral("title"), document.title},
                       {QStringLiteral("section"), document.section},
                       {QStringLiteral("description"), document.description},
                       {QStringLiteral("url"), document.url},
                       {QStringLiteral("source"), document.source},
                       {QStringLiteral("sha256"), document.sha256},
                       {QStringLiteral("sections"), sections}};
    if (document.order)
        object.insert(QStringLiteral("order"), *document.order);
    return object;
}

QDate dateFromJson(const QJsonObject &object, QLatin1String key)
{
    return QDate::fromString(object.value(key).toString(), Qt::ISODate);
}

SectionEntry sectionFromJson(const QJsonObject &object)
{
    return SectionEntry{object.value(QLatin1String("id")).toString(),
                        object.value(QLatin1String("title")).toString(),
                        object.value(QLatin1String("line")).toInt(),
                        Review{object.value(QLatin1String("owner")).toString(),
                               dateFromJson(object, QLatin1String("reviewed")),
                               dateFromJson(object, QLatin1String("reviewBy"))}};
}

DocumentEntry documentFromJson(const QJsonObject &object)
{
    DocumentEntry document;
    document.id = object.value(QLatin1String("id")).toString();
    document.title = object.value(QLatin1String("title")).toString();
    document.section = object.value(QLatin1String("section")).toString();
    document.description = object.value(QLatin1String("description")).toString();
    document.url = object.value(QLatin1String("url")).toString();
    document.source = object.value(QLatin1String("source")).toString();
    document.sha256 = object.value(QLatin1String("sha256")).toString();
    if (object.contains(QLatin1String("order")))
        document.order = object.value(QLatin1String("order")).toInt();
    const QJsonArray sections = object.value(QLatin1String("sections")).toArray();
    document.sections.reserve(sections.size());
    for (const QJsonValue &section : sections)
        document.sections.append(sectionFromJson(section.toObject()));
    return document;
}

} // namespace

QByteArray Manifest::toJson() const
{
    QJsonArray documentArray;
    for (const DocumentEntry &document : documents)
        documentArray.append(documentToJson(document));
    const QJsonObject root{{QStringLiteral("format"), kFormatVersion},
                           {QStringLiteral("contentVersion"), contentVersion},
                           {QStringLiteral("documents"), documentArray}};
    // Compact: the app parses it at every start-up (2.5 MB indented at 10,000 sections).
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Manifest> Manifest::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<Manifest>::failure(
            QStringLiteral("manifest is not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != kFormatVersion)
        return Result<Manifest>::failure(QStringLiteral("manifest format %1 is not %2")
                                             .arg(root.value(QLatin1String("format")).toInt())
                                             .arg(kFormatVersion));
    Manifest manifest;
    manifest.contentVersion = root.value(QLatin1String("contentVersion")).toString();
    const QJsonArray documents = root.value(QLatin1String("documents")).toArray();
    for (const QJsonValue &entry : documents)
        manifest.documents.append(documentFromJson(entry.toObject()));
    return Result<Manifest>::success(std::move(manifest));
}
