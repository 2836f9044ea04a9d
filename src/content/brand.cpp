#include "brand.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QLatin1String kName("name");
const QLatin1String kId("id");
const QLatin1String kBinary("binary");
const QLatin1String kAccent("accent");
const QLatin1String kStart("start");
const QLatin1String kAbout("about");
const QLatin1String kSupport("support");
const QLatin1String kHome("home");
const QLatin1String kIcon("icon");

} // namespace

// The generator wrote and checked this file; a key it left out keeps Trustbook's value.
Result<Brand> Brand::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Result<Brand>::failure(QStringLiteral("%1: not a JSON object: %2")
                                          .arg(manifestFileName(), error.errorString()));
    const QJsonObject object = document.object();
    Brand brand;
    brand.fromManifest = true;
    const auto take = [&object](QLatin1String key, QString *value) {
        if (object.contains(key))
            *value = object.value(key).toString();
    };
    take(kName, &brand.name);
    take(kId, &brand.id);
    take(kBinary, &brand.binary);
    take(kAccent, &brand.accent);
    take(kStart, &brand.start);
    take(kAbout, &brand.about);
    take(kSupport, &brand.support);
    take(kHome, &brand.home);
    brand.hasIcon = object.value(kIcon).toBool();
    return Result<Brand>::success(brand);
}

QByteArray Brand::toJson() const
{
    const QJsonObject object{{kName, name},       {kId, id},       {kBinary, binary},
                             {kAccent, accent},   {kStart, start}, {kAbout, about},
                             {kSupport, support}, {kHome, home},   {kIcon, hasIcon}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<Brand> Brand::load(const QString &root)
{
    QFile file(root + QLatin1Char('/') + manifestFileName());
    if (!file.exists())
        return Result<Brand>::success(Brand());
    if (!file.open(QIODevice::ReadOnly))
        return Result<Brand>::failure(
            QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    Result<Brand> brand = fromJson(file.readAll());
    if (!brand)
        return Result<Brand>::failure(QStringLiteral("%1/%2").arg(root, brand.error()));
    return brand;
}
