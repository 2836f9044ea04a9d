#include "answermatcher.h"

#include "searchengine.h"

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

AnswerMatch AnswerMatcher::match(const QString &question) const
{
    const SearchResults results =
        m_engine.search(question, QueryAnalyzer::Mode::Question, AnswerMatch::kCandidates);
    AnswerMatch match;
    match.candidates = results.hits;
    match.correctedText = results.correctedText;
    if (results.hits.isEmpty())
        return match;
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
