#include "searchcorpus.h"

#include "contentbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The generator's plain text starts with the heading; indexed twice, the question's words
// would count in the answer column too and outweigh words that are only in the answer.
QString answerWithoutQuestion(const QString &text, const QString &title)
{
    if (!title.isEmpty() && text.startsWith(title))
        return text.mid(title.size()).trimmed();
    return text;
}

std::optional<SearchEntry> entryFromJson(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue path = object.value(QLatin1String("path"));
    const QJsonValue title = object.value(QLatin1String("title"));
    const QJsonValue document = object.value(QLatin1String("document"));
    const QJsonValue text = object.value(QLatin1String("text"));
    if (!path.isString() || !title.isString() || !document.isString() || !text.isString())
        return std::nullopt;
    return SearchCorpus::entry(path.toString(), title.toString(), document.toString(),
                               text.toString());
}

} // namespace

SearchEntry SearchCorpus::entry(const QString &path, const QString &title, const QString &document,
                                const QString &text)
{
    return SearchEntry{path, title, document, answerWithoutQuestion(text, title)};
}

Result<QList<SearchEntry>> SearchCorpus::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray()) {
        return Result<QList<SearchEntry>>::failure(
            parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : QStringLiteral("expected an array of sections"));
    }
    QList<SearchEntry> entries;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        std::optional<SearchEntry> entry = entryFromJson(array.at(i));
        if (!entry) {
            return Result<QList<SearchEntry>>::failure(
                QStringLiteral("section %1 lacks path, title, document or text").arg(i));
        }
        entries.append(std::move(*entry));
    }
    return Result<QList<SearchEntry>>::success(std::move(entries));
}

Result<QList<SearchEntry>> SearchCorpus::load(const ContentBundle &bundle,
                                              const std::atomic_bool *stop)
{
    using Loaded = Result<QList<SearchEntry>>;
    QList<SearchEntry> entries;
    for (const DocumentEntry &document : bundle.catalog().documents()) {
        if (stop && *stop)
            return Loaded::failure(kStopped);
        const QString path = bundle.searchTextPath(document.id);
        const Result<QByteArray> text = bundle.read(path);
        if (!text)
            return Loaded::failure(text.error());
        Loaded part = fromJson(*text);
        if (!part)
            return Loaded::failure(QStringLiteral("%1: %2").arg(path, part.error()));
        entries += *part;
    }
    return Loaded::success(std::move(entries));
}
