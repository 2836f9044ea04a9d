#include "answersource.h"

#include "pagesections.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

AnswerSource::AnswerSource(const ContentBundle &bundle)
    : m_bundle(bundle)
    , m_catalog(bundle.catalog())
{}

std::optional<AnswerSource::Answer> AnswerSource::answer(SectionRef ref) const
{
    if (!ref.isSection())
        return std::nullopt;
    const QString documentId = m_catalog.document(ref.document).id;
    const QString sectionId = m_catalog.section(ref).id;
    Answer answer{m_catalog.section(ref).title, sectionText(documentId, m_catalog.sectionPath(ref)),
                  sectionHtml(documentId, sectionId)};
    if (answer.plainText.isEmpty() || answer.html.isEmpty())
        return std::nullopt;
    return answer;
}

QByteArray AnswerSource::sectionHtml(const QString &documentId, const QString &sectionId) const
{
    return PageSections::inner(m_bundle.page(documentId), sectionId).value_or(QByteArray());
}

QString AnswerSource::sectionText(const QString &documentId, const QString &path) const
{
    const QJsonArray entries =
        QJsonDocument::fromJson(readAll(m_bundle.searchTextPath(documentId))).array();
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value(QLatin1String("path")).toString() == path)
            return entry.toObject().value(QLatin1String("text")).toString();
    }
    return {};
}
