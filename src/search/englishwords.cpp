#include "englishwords.h"

#include <QFile>

#include <algorithm>

namespace {

bool isLowerCaseWord(std::string_view line)
{
    return !line.empty() &&
           std::all_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

const EnglishWords &EnglishWords::builtIn()
{
    static const EnglishWords words = [] {
        QFile list(QStringLiteral(":/trustbook/english/american-english"));
        // Without the list every unknown word may be corrected, as before there was one;
        // tst_englishwords fails a build that lacks it.
        return EnglishWords(list.open(QIODevice::ReadOnly) ? list.readAll() : QByteArray());
    }();
    return words;
}

EnglishWords::EnglishWords(QByteArray list)
    : m_list(std::move(list))
{
    const std::string_view all(m_list.constData(), std::size_t(m_list.size()));
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos)
            end = all.size();
        const std::string_view line = all.substr(start, end - start);
        if (isLowerCaseWord(line))
            m_words.push_back(line);
        start = end + 1;
    }
    // The list is in dictionary order, which for lower-case letters is byte order; sorted all
    // the same, so that a list in another order still answers right.
    std::sort(m_words.begin(), m_words.end());
}

bool EnglishWords::contains(QStringView word) const
{
    constexpr qsizetype kLongest = 64;
    if (word.isEmpty() || word.size() > kLongest)
        return false;
    char ascii[kLongest];
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (c < u'a' || c > u'z')
            return false;
        ascii[i] = char(c);
    }
    return std::binary_search(m_words.begin(), m_words.end(),
                              std::string_view(ascii, std::size_t(word.size())));
}
