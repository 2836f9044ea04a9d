#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>
#include <utility>

// Corrects a misspelt word from the index's own words ("encrption" -> "encryption"): the
// known word fewest edits away (a swap of two neighbours counts as one), one edit for words of
// up to eight letters, two for longer ones with the same first letter; ties go to the word
// more sections use, then to the alphabet. Questionnaires use many real words the content
// lacks ("comply" where it says "compliant"), so a short word is only one slip away from
// its correction. Words of under four letters, numbers, and words whose stem the index knows are
// never corrected: "isms" is not a typo of "isos".
class SpellingCorrector final
{
public:
    SpellingCorrector() = default;

    // One section's words, as written, in lower case.
    void addSection(const QStringList &words);
    // A word as written (lower case) and how many sections use it: what addSection() counts,
    // counted elsewhere (SearchIndex keeps the counts with the index).
    void addWord(const QString &word, int sections);
    // Every stem the content holds: a word with one of these is no typo.
    void setKnownStems(QSet<QString> stems) { m_stems = std::move(stems); }
    // A word worth correcting to though no section uses it: the vocabulary's ("encryption",
    // where the content only says "encrypted"). Content words win a tie.
    void addKnownWord(const QString &word);

    bool knowsStem(const QString &stem) const { return m_stems.contains(stem); }
    // The correction for `word` (lower case, stem `stem`), or nullopt if it needs none or none
    // is close enough.
    std::optional<QString> correction(const QString &word, const QString &stem) const;

    // Whether `word` (lower case) may be corrected to: long enough, not a number.
    static bool isCandidate(QStringView word)
    {
        return word.size() >= kMinLength && !word.front().isDigit();
    }

    static constexpr int kMinLength = 4;
    static constexpr int kTwoEditsLength = 9;

private:
    struct Usage
    {
        int sections = 0;    // how many use the word
        int lastSection = 0; // the last one that did, numbered from 1
    };
    QHash<QString, Usage> m_usage;
    int m_sections = 0;
    QSet<QString> m_stems;
    QHash<qsizetype, QStringList> m_wordsByLength;
};
