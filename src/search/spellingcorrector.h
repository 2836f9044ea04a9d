#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

// Corrects a misspelt word from the index's own words ("encrption" -> "encryption"): the
// known word fewest edits away (a swap of two neighbours counts as one), one edit for words of
// up to eight letters, two for longer ones with the same first letter; ties go to the word
// more sections use, then to the alphabet. Questionnaires use many real words the content
// lacks ("comply" where it says "compliant"), so a short word is only one slip away from
// its correction. Words of under four letters, numbers, words whose stem the index knows, and
// words of the language (EnglishWords) are never corrected: "isms" is not a typo of "isos",
// nor "stuff" of "staff".
//
// The content's words and stems stay where they are kept (SearchIndex's tables): real content
// has tens of thousands, and most searches need none of them. The stems are asked for one by
// one, and the words are read the first time a word needs correcting.
class SpellingCorrector final
{
public:
    // Whether a set holds a stem or a word (lower case).
    using Lookup = std::function<bool(const QString &)>;
    // The content's words as written (lower case) and how many sections use each.
    using WordSource = std::function<QList<std::pair<QString, int>>()>;

    SpellingCorrector() = default;

    // The content's stems: a word with one is no typo.
    void setKnownStems(Lookup knows) { m_knowsStem = std::move(knows); }
    // The language's words (EnglishWords): no typos either.
    void setLanguageWords(Lookup isWord) { m_isLanguageWord = std::move(isWord); }
    // Read once, when the first correction is looked for.
    void setWordSource(WordSource source) { m_wordSource = std::move(source); }
    // A word worth correcting to though no section uses it: the vocabulary's ("encryption",
    // where the content only says "encrypted"). Content words win a tie.
    void addKnownWord(const QString &word);

    bool knowsStem(const QString &stem) const { return m_knowsStem && m_knowsStem(stem); }
    // The correction for `word` (lower case, stem `stem`), or nullopt if it needs none or none
    // is close enough.
    std::optional<QString> correction(const QString &word, const QString &stem);

    // Whether `word` (lower case) may be corrected to: long enough, not a number.
    static bool isCandidate(QStringView word)
    {
        return word.size() >= kMinLength && !word.front().isDigit();
    }

    static constexpr int kMinLength = 4;
    static constexpr int kTwoEditsLength = 9;

private:
    void readWords();
    void addWord(const QString &word, int sections);

    Lookup m_knowsStem;
    Lookup m_isLanguageWord;
    WordSource m_wordSource;        // empty once read
    QHash<QString, int> m_sections; // every candidate word: how many sections use it
    QHash<qsizetype, QStringList> m_wordsByLength;
};
