#pragma once

// The manifest as QJsonDocument's tree reads it: what ManifestReader must agree with, in the
// tests and in its fuzz target.

#include "manifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ManifestTest {

// What the manifest reader must agree with: the manifest as QJsonDocument's tree reads it,
// each value through QJsonValue's own conversions (Manifest::fromJson() before the reader).
inline DocumentEntry documentOfTree(const QJsonObject &object)
{
    const auto text = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    DocumentEntry document;
    document.id = text(object, "id");
    document.title = text(object, "title");
    document.section = text(object, "section");
    document.description = text(object, "description");
    document.url = text(object, "url");
    document.source = text(object, "source");
    document.sha256 = text(object, "sha256");
    if (object.contains(QLatin1String("order")))
        document.order = object.value(QLatin1String("order")).toInt();
    for (const QJsonValue &value : object.value(QLatin1String("sections")).toArray()) {
        const QJsonObject section = value.toObject();
        document.sections.append(
            {text(section, "id"), text(section, "title"),
             section.value(QLatin1String("line")).toInt(),
             Review{text(section, "owner"),
                    QDate::fromString(text(section, "reviewed"), Qt::ISODate),
                    QDate::fromString(text(section, "reviewBy"), Qt::ISODate)}});
    }
    return document;
}

inline Manifest manifestOfTree(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    Manifest manifest;
    manifest.contentVersion = root.value(QLatin1String("contentVersion")).toString();
    for (const QJsonValue &value : root.value(QLatin1String("documents")).toArray())
        manifest.documents.append(documentOfTree(value.toObject()));
    return manifest;
}

} // namespace ManifestTest
