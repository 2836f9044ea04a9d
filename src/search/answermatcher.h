#pragma once

#include "searchhit.h"

#include <QList>
#include <QString>

class SearchEngine;

// The verdict on one questionnaire question.
struct AnswerMatch
{
    enum class Status {
        Answered, // one section answers it: its text can go in as it is
        Review,   // a section may answer it: a person should look
        None,     // the content has no answer
    };
    Status status = Status::None;
    QList<SearchHit> candidates; // best first, at most kCandidates; [0] is the proposal
    QString correctedText;       // the question with misspellings corrected, if any

    static QString statusName(Status status); // "answered", "review", "none"
    static constexpr int kCandidates = 3;
};

// Answers questionnaire questions from the content: the engine's best section, and whether it
// can be trusted. A question is answered when the best section covers most of what the
// question asks (rare words weighing more), little of the question is about things the content
// never mentions, and no other section comes close; a weaker best match goes to review.
// Scores alone cannot say this: BM25's scores for questions the content does not answer
// overlap with those of correct matches.
class AnswerMatcher final
{
public:
    // `engine` must outlive the matcher.
    explicit AnswerMatcher(SearchEngine &engine);

    AnswerMatch match(const QString &question) const;

    static constexpr double kAnsweredCoverage = 0.6;
    static constexpr double kReviewCoverage = 0.35;
    static constexpr double kMaxUnmatchedShare = 0.5;
    static constexpr double kMinMargin = 0.05;

private:
    SearchEngine &m_engine;
};
