#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Finds questions asked twice, which drift apart as one copy is edited and the other not, and
// leave a questionnaire's answer to chance. Two questions are
// - duplicates when their words are the same, ignoring case, accents and punctuation;
// - near-duplicates when their content words (function words dropped, a plural's "s" too)
//   overlap by at least `kNearOverlap` (Jaccard: shared / all), e.g. "Is customer data
//   encrypted at rest?" and "Is the data of customers encrypted at rest?".
// Near-duplicate pairs are found without comparing every pair (prefix filtering: two sets
// that overlap this much must share one of their rarest words), so 10,000 questions take
// about as long as reading them.
class DuplicateQuestions final
{
public:
    static constexpr double kNearOverlap = 0.8;

    struct Match
    {
        int question = 0; // index into the list given
        int earlier = 0;  // an earlier question it repeats
        bool exact = false;
    };

    // One match per question that repeats an earlier one, in question order.
    static QList<Match> find(const QStringList &questions);

    // The question's words, lower-case and without accents or punctuation.
    static QStringList words(const QString &question);
    // Its distinct content words, for the overlap.
    static QStringList contentWords(const QString &question);
    // The same from the question's words().
    static QStringList contentWordsOf(const QStringList &words);
};
