#include "spellingcorrector.h"

#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace {

// Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up as soon as
// every path costs more than `limit`: most of the vocabulary is rejected after a row or two.
int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QVarLengthArray<int, 64> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowBest = std::min(rowBest, value);
        }
        if (rowBest > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

} // namespace

void SpellingCorrector::readWords()
{
    if (!m_wordSource)
        return;
    const QList<std::pair<QString, int>> words = std::exchange(m_wordSource, {})();
    for (const auto &[word, sections] : words)
        addWord(word, sections);
}

void SpellingCorrector::addWord(const QString &word, int sections)
{
    if (!isCandidate(word) || sections <= 0)
        return;
    const auto known = m_sections.find(word);
    if (known != m_sections.end()) {
        *known = std::max(*known, sections); // a known word the content uses too
        return;
    }
    m_sections.insert(word, sections);
    m_wordsByLength[word.size()].append(word);
}

void SpellingCorrector::addKnownWord(const QString &word)
{
    if (!isCandidate(word) || m_sections.contains(word))
        return;
    m_sections.insert(word, 0);
    m_wordsByLength[word.size()].append(word);
}

std::optional<QString> SpellingCorrector::correction(const QString &word, const QString &stem)
{
    if (word.size() < kMinLength || knowsStem(stem) ||
        std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    if (m_isLanguageWord && m_isLanguageWord(word))
        return std::nullopt;
    readWords();
    const int limit = word.size() < kTwoEditsLength ? 1 : 2;
    std::optional<QString> best;
    int bestDistance = limit + 1;
    int bestCount = 0;
    for (qsizetype length = word.size() - limit; length <= word.size() + limit; ++length) {
        for (const QString &candidate : m_wordsByLength.value(length)) {
            const int distance = editDistance(word, candidate, std::min(limit, bestDistance));
            if (distance > limit || distance > bestDistance)
                continue;
            // Two slips in one word rarely include its first letter; "production" is not a
            // typo of "protection" just because both are words.
            if (distance == 2 && candidate.front() != word.front())
                continue;
            const int count = m_sections.value(candidate);
            const bool better = distance < bestDistance || count > bestCount ||
                                (count == bestCount && candidate < *best);
            if (better) {
                best = candidate;
                bestDistance = distance;
                bestCount = count;
            }
        }
    }
    return best;
}
