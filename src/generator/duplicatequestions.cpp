#include "duplicatequestions.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

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

} // namespace

QStringList DuplicateQuestions::words(const QString &question)
{
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
    QStringList result;
    for (const QString &word : words(question)) {
        const QString kept = singular(word);
        if (!functionWords().contains(word) && !result.contains(kept))
            result.append(kept);
    }
    return result;
}

QList<DuplicateQuestions::Match> DuplicateQuestions::find(const QStringList &questions)
{
    QList<Match> matches;
    QHash<QString, int> exact;
    QList<QStringList> sets;
    QHash<QString, int> frequency;
    for (const QString &question : questions) {
        sets.append(contentWords(question));
        for (const QString &word : sets.constLast())
            ++frequency[word];
    }
    // Rarest first: the prefix of a set is its rarest words, so few sets share one.
    for (QStringList &set : sets)
        std::sort(set.begin(), set.end(), [&frequency](const QString &a, const QString &b) {
            const int fa = frequency.value(a);
            const int fb = frequency.value(b);
            return fa != fb ? fa < fb : a < b;
        });
    QHash<QString, QList<int>> byPrefixWord;
    for (int i = 0; i < questions.size(); ++i) {
        const QString key = words(questions.at(i)).join(QLatin1Char(' '));
        if (const auto earlier = exact.constFind(key); earlier != exact.cend() && !key.isEmpty()) {
            matches.append({i, *earlier, true});
            continue;
        }
        exact.insert(key, i);
        const QStringList &set = sets.at(i);
        const auto size = static_cast<int>(set.size());
        if (size < 2)
            continue;
        const int prefix = size - static_cast<int>(std::ceil(kNearOverlap * size - 1e-9)) + 1;
        const QSet<QString> mine(set.cbegin(), set.cend());
        std::optional<int> found;
        QSet<int> tried;
        for (int w = 0; w < prefix && !found; ++w) {
            for (const int other : byPrefixWord.value(set.at(w))) {
                if (tried.contains(other))
                    continue;
                tried.insert(other);
                const QStringList &theirs = sets.at(other);
                qsizetype shared = 0;
                for (const QString &word : theirs)
                    shared += mine.contains(word) ? 1 : 0;
                const qsizetype all = mine.size() + theirs.size() - shared;
                if (static_cast<double>(shared) >= kNearOverlap * static_cast<double>(all)) {
                    found = other;
                    break;
                }
            }
        }
        for (int w = 0; w < prefix; ++w)
            byPrefixWord[set.at(w)].append(i);
        if (found)
            matches.append({i, *found, false});
    }
    return matches;
}
