#pragma once

#include "searchhit.h"

#include <QList>
#include <QString>

class SearchEngine;
struct SearchResults;

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
// question asks (rare words weighing more), words the content never mentions included, and no
// other section comes close; a weaker best match goes to review. A question that names no topic
// (a number, "Yes") has no answer, whatever it happens to match. The thresholds were set on
// tests/data/questionnaire (tst_answermatcher prints where they stand).
// Scores alone cannot say this: BM25's scores for questions the content does not answer
// overlap with those of correct matches.
class AnswerMatcher final
{
public:
    // `engine` must outlive the matcher.
    explicit AnswerMatcher(SearchEngine &engine);

    AnswerMatch match(const QString &question) const;

    // Answered: the best section covers this much of what the content could match ...
    static constexpr double kAnsweredCoverage = 0.6;
    // ... and this much of the whole question, words the content never uses included ("Are
    // you FedRAMP authorized?" is not answered by a section on authorization) ...
    static constexpr double kAnsweredQuestionShare = 0.45;
    // ... and the runner-up scores this much lower.
    static constexpr double kMinMargin = 0.03;
    static constexpr double kReviewCoverage = 0.35;

private:
    static bool namesATopic(const QString &question, const SearchResults &results);

    SearchEngine &m_engine;
};
