#include "manifest.h"

#include "manifestreader.h"

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
    return ManifestReader::read(json);
}
