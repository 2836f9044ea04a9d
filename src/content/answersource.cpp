#include "answersource.h"

#include "pagesections.h"
#include "reviewline.h"

#include <QJsonDocument>
#include <QJsonObject>

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
    const QString text = sectionText(documentId, m_catalog.sectionPath(ref));
    Answer answer{m_catalog.section(ref).title, text, sectionHtml(documentId, sectionId),
                  answerOnly(text), m_catalog.section(ref).review};
    if (answer.plainText.isEmpty() || answer.html.isEmpty())
        return std::nullopt;
    return answer;
}

QByteArray AnswerSource::sectionHtml(const QString &documentId, const QString &sectionId) const
{
    // The review travels beside the answer (Answer::review), not as a line of it.
    return ReviewLine::removedFrom(
        PageSections::inner(m_bundle.page(documentId), sectionId).value_or(QByteArray()));
}

QJsonArray AnswerSource::searchText(const QString &documentId) const
{
    const Result<QByteArray> text = m_bundle.read(m_bundle.searchTextPath(documentId));
    return text ? QJsonDocument::fromJson(*text).array() : QJsonArray();
}

QString AnswerSource::sectionText(const QString &documentId, const QString &path) const
{
    for (const QJsonValue &entry : searchText(documentId)) {
        if (entry.toObject().value(QLatin1String("path")).toString() == path)
            return entry.toObject().value(QLatin1String("text")).toString();
    }
    return {};
}

QHash<QString, QString> AnswerSource::documentAnswers(const QString &documentId) const
{
    QHash<QString, QString> answers;
    for (const QJsonValue &entry : searchText(documentId)) {
        const QJsonObject section = entry.toObject();
        answers.insert(section.value(QLatin1String("path")).toString(),
                       answerOnly(section.value(QLatin1String("text")).toString()));
    }
    return answers;
}

QString AnswerSource::answerOnly(const QString &sectionText)
{
    // A heading is one line of text (a blank line ends even a setext heading), so the first
    // blank line is where the answer begins.
    const qsizetype blank = sectionText.indexOf(QLatin1String("\n\n"));
    return blank < 0 ? QString() : sectionText.mid(blank + 2);
}
