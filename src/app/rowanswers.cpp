#include "rowanswers.h"

#include "contentbundle.h"
#include "sectionlink.h"

RowAnswers::RowAnswers(const ContentBundle &bundle)
    : m_catalog(bundle.catalog())
    , m_source(bundle)
{}

RowAnswer RowAnswers::rowAnswer(const AnswerMatch &match)
{
    RowAnswer row;
    qsizetype next = 0;
    if (match.status != AnswerMatch::Status::None && !match.candidates.isEmpty()) {
        row = sectionAnswer(match.candidates.first());
        next = 1;
    }
    row.status = AnswerMatch::statusName(match.status);
    for (qsizetype i = next; i < match.candidates.size() && row.alternatives.size() < kAlternatives;
         ++i)
        row.alternatives.append(match.candidates.at(i).path);
    return row;
}

RowAnswer RowAnswers::sectionAnswer(const SearchHit &hit)
{
    RowAnswer row;
    row.answer = answer(hit.path);
    row.section = hit.path;
    row.link = link(hit.path);
    row.matchedWords = hit.matchedWords;
    if (const SectionRef ref = m_catalog.find(hit.path); ref.isSection())
        row.review = m_catalog.section(ref).review;
    return row;
}

// Each document's answers are read once, when the first of its sections is proposed.
QString RowAnswers::answer(const QString &path)
{
    const QString document = path.section(QLatin1Char('/'), 0, 0);
    auto answers = m_answers.find(document);
    if (answers == m_answers.end())
        answers = m_answers.insert(document, m_source.documentAnswers(document));
    return answers->value(path);
}

// The deep link, and on a second line the web address where the document has one.
QString RowAnswers::link(const QString &path) const
{
    const SectionRef ref = m_catalog.find(path);
    QString link = SectionLink::deepLink(m_catalog, ref);
    const QUrl web = SectionLink::webLink(m_catalog, ref);
    if (!web.isEmpty())
        link += QLatin1Char('\n') + web.toString();
    return link;
}
