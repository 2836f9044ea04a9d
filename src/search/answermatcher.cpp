#include "answermatcher.h"

#include "searchengine.h"

#include <algorithm>

QString AnswerMatch::statusName(Status status)
{
    switch (status) {
    case Status::Answered:
        return QStringLiteral("answered");
    case Status::Review:
        return QStringLiteral("review");
    case Status::None:
        break;
    }
    return QStringLiteral("none");
}

AnswerMatcher::AnswerMatcher(SearchEngine &engine)
    : m_engine(engine)
{}

// Whether `question` asks about anything: a letter somewhere ("1", "2.3" and "10%" are cells
// of a number column taken for questions, and "1" matched "TLS 1.2"), and a word other than
// the function words a question is wrapped in ("Yes" matched the section that starts "Yes, we
// are GDPR compliant").
bool AnswerMatcher::namesATopic(const QString &question, const SearchResults &results)
{
    return !results.functionWordsOnly &&
           std::any_of(question.cbegin(), question.cend(), [](QChar c) { return c.isLetter(); });
}

AnswerMatch AnswerMatcher::match(const QString &question) const
{
    const SearchResults results =
        m_engine.search(question, QueryAnalyzer::Mode::Question, AnswerMatch::kCandidates);
    AnswerMatch match;
    match.correctedText = results.correctedText;
    if (results.hits.isEmpty() || !namesATopic(question, results))
        return match;
    match.candidates = results.hits;
    const SearchHit &best = results.hits.first();
    const double runnerUp = results.hits.size() > 1 ? results.hits.at(1).score : 0.0;
    const double questionShare = best.coverage * (1.0 - results.unmatchedShare);
    if (best.coverage >= kAnsweredCoverage && questionShare >= kAnsweredQuestionShare &&
        best.score - runnerUp >= kMinMargin)
        match.status = AnswerMatch::Status::Answered;
    else if (best.coverage >= kReviewCoverage)
        match.status = AnswerMatch::Status::Review;
    else
        match.candidates.clear();
    return match;
}
