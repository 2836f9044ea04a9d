#pragma once

#include <QByteArray>
#include <QStringView>

#include <string_view>
#include <vector>

// The words of English, as Debian's word list (wamerican, /usr/share/dict/american-english)
// has them, compiled in: its lower-case words, without names and possessives. A word the
// content lacks but English has is no typo: "stuff" is not a slip for the content's "staff",
// nor "tell" for "well". Read the first time it is asked, and kept as one block of bytes.
class EnglishWords final
{
public:
    // The compiled-in list; the first call reads it (about 64,000 words).
    static const EnglishWords &builtIn();

    // One word per line, as the list has them; lines that are not all lower-case ASCII
    // letters are left out.
    explicit EnglishWords(QByteArray list);

    // Whether `word` (lower case) is one of the words.
    bool contains(QStringView word) const;
    qsizetype size() const { return qsizetype(m_words.size()); }

private:
    QByteArray m_list;                     // the list's bytes, which m_words point into
    std::vector<std::string_view> m_words; // the kept words, sorted
};
