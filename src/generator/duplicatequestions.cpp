#include "duplicatequestions.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace {

// English function words: they make questions alike without making them the same question.
const QSet<QString> &functionWords()
{
    static const QSet<QString> words{
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("and"),
        QStringLiteral("any"),  QStringLiteral("are"),  QStringLiteral("as"),
        QStringLiteral("at"),   QStringLiteral("be"),   QStringLiteral("by"),
        QStringLiteral("can"),  QStringLiteral("do"),   QStringLiteral("does"),
        QStringLiteral("for"),  QStringLiteral("from"), QStringLiteral("has"),
        QStringLiteral("have"), QStringLiteral("how"),  QStringLiteral("i"),
        QStringLiteral("in"),   QStringLiteral("is"),   QStringLiteral("it"),
        QStringLiteral("its"),  QStringLiteral("my"),   QStringLiteral("of"),
        QStringLiteral("on"),   QStringLiteral("or"),   QStringLiteral("our"),
        QStringLiteral("the"),  QStringLiteral("this"), QStringLiteral("to"),
        QStringLiteral("we"),   QStringLiteral("what"), QStringLiteral("which"),
        QStringLiteral("who"),  QStringLiteral("with"), QStringLiteral("you"),
        QStringLiteral("your")};
    return words;
}

// "controls" and "control" are one word here; "access" keeps its s.
QString singular(const QString &word)
{
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

bool isAsciiAlphanumeric(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// words() of a question all ASCII, its own decomposition: runs of letters and digits taken
// whole and lowered in place, with no Unicode tables. Most questions; character by character
// through QString the words were a quarter of the duplicate search.
QStringList asciiWords(QStringView question)
{
    QStringList result;
    const qsizetype size = question.size();
    for (qsizetype i = 0; i < size;) {
        if (!isAsciiAlphanumeric(question[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && isAsciiAlphanumeric(question[i].unicode()))
            ++i;
        QString word(i - start, Qt::Uninitialized);
        QChar *out = word.data();
        for (qsizetype k = start; k < i; ++k) {
            const char16_t c = question[k].unicode();
            *out++ = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
        }
        result.append(word);
    }
    return result;
}

} // namespace

QStringList DuplicateQuestions::words(const QString &question)
{
    if (std::all_of(question.cbegin(), question.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return asciiWords(question);
    const QString decomposed = question.normalized(QString::NormalizationForm_KD).toLower();
    QStringList result;
    QString word;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

QStringList DuplicateQuestions::contentWords(const QString &question)
{
    return contentWordsOf(words(question));
}

QStringList DuplicateQuestions::contentWordsOf(const QStringList &words)
{
    QStringList result;
    for (const QString &word : words) {
        const QString kept = singular(word);
        if (!functionWords().contains(word) && !result.contains(kept))
            result.append(kept);
    }
    return result;
}

// Words are numbered, rarest first (ties in text order), so a set is a sorted list of numbers
// and comparing two sets hashes no strings: with strings this was a quarter of a 10,000-section
// build.
QList<DuplicateQuestions::Match> DuplicateQuestions::find(const QStringList &questions)
{
    QList<Match> matches;
    const auto count = static_cast<int>(questions.size());
    QStringList keys;
    QList<QStringList> named;
    QHash<QString, int> frequency;
    for (const QString &question : questions) {
        const QStringList all = words(question);
        keys.append(all.join(QLatin1Char(' ')));
        named.append(contentWordsOf(all));
        for (const QString &word : named.constLast())
            ++frequency[word];
    }
    QStringList vocabulary = frequency.keys();
    std::sort(vocabulary.begin(), vocabulary.end(),
              [&frequency](const QString &a, const QString &b) {
                  const int fa = frequency.value(a);
                  const int fb = frequency.value(b);
                  return fa != fb ? fa < fb : a < b;
              });
    QHash<QString, int> rank;
    rank.reserve(vocabulary.size());
    for (qsizetype r = 0; r < vocabulary.size(); ++r)
        rank.insert(vocabulary.at(r), static_cast<int>(r));
    // Rarest first: the prefix of a set is its rarest words, so few sets share one.
    std::vector<std::vector<int>> sets(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        std::vector<int> &set = sets[static_cast<size_t>(i)];
        for (const QString &word : std::as_const(named[i]))
            set.push_back(rank.value(word));
        std::sort(set.begin(), set.end());
    }

    QHash<QString, int> exact;
    std::vector<std::vector<int>> byPrefixWord(static_cast<size_t>(vocabulary.size()));
    // Stamps instead of sets rebuilt per question: mine[w] == i + 1 when question i has word w,
    // tried[o] == i + 1 when question i has compared itself with o.
    std::vector<int> mine(static_cast<size_t>(vocabulary.size()), 0);
    std::vector<int> tried(static_cast<size_t>(count), 0);
    for (int i = 0; i < count; ++i) {
        const QString &key = keys.at(i);
        if (const auto earlier = exact.constFind(key); earlier != exact.cend() && !key.isEmpty()) {
            matches.append({i, *earlier, true});
            continue;
        }
        exact.insert(key, i);
        const std::vector<int> &set = sets[static_cast<size_t>(i)];
        const auto size = static_cast<int>(set.size());
        if (size < 2)
            continue;
        const int prefix = size - static_cast<int>(std::ceil(kNearOverlap * size - 1e-9)) + 1;
        for (const int word : set)
            mine[static_cast<size_t>(word)] = i + 1;
        std::optional<int> found;
        for (int w = 0; w < prefix && !found; ++w) {
            for (const int other : byPrefixWord[static_cast<size_t>(set[static_cast<size_t>(w)])]) {
                if (std::exchange(tried[static_cast<size_t>(other)], i + 1) == i + 1)
                    continue;
                const std::vector<int> &theirs = sets[static_cast<size_t>(other)];
                const auto theirSize = static_cast<double>(theirs.size());
                // Sets this far apart in size cannot overlap enough: shared <= the smaller,
                // all >= the larger.
                if (std::min<double>(size, theirSize) <
                    kNearOverlap * std::max<double>(size, theirSize))
                    continue;
                qsizetype shared = 0;
                for (const int word : theirs)
                    shared += mine[static_cast<size_t>(word)] == i + 1 ? 1 : 0;
                const qsizetype all = size + static_cast<qsizetype>(theirs.size()) - shared;
                if (static_cast<double>(shared) >= kNearOverlap * static_cast<double>(all)) {
                    found = other;
                    break;
                }
            }
        }
        for (int w = 0; w < prefix; ++w)
            byPrefixWord[static_cast<size_t>(set[static_cast<size_t>(w)])].push_back(i);
        if (found)
            matches.append({i, *found, false});
    }
    return matches;
}
