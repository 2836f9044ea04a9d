#include "compliancevocabulary.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace {

const QString kEquivalentsFile = QStringLiteral("equivalents.txt");
const QString kRelatedFile = QStringLiteral("related.txt");
const QString kStopwordsFile = QStringLiteral("stopwords.txt");

// Lines that carry data: without comments, trimmed, each with its 1-based line number.
QList<std::pair<int, QString>> dataLines(const QString &text)
{
    QList<std::pair<int, QString>> lines;
    int number = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++number;
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            lines.append({number, trimmed});
    }
    return lines;
}

QString readResource(const QString &name)
{
    QFile file(QStringLiteral(":/trustbook/vocabulary/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        // Compiled in: missing means a broken build, not a user's mistake.
        std::fprintf(stderr, "trustbook: the built-in vocabulary lacks %s\n", qPrintable(name));
        std::abort();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

std::optional<ComplianceVocabulary> ComplianceVocabulary::parse(const QString &equivalents,
                                                                const QString &related,
                                                                const QString &stopwords,
                                                                QString *error)
{
    ComplianceVocabulary vocabulary;
    if (!vocabulary.addGroups(equivalents, kEquivalentsFile, QLatin1Char('='), kEquivalent,
                              error) ||
        !vocabulary.addGroups(related, kRelatedFile, QLatin1Char('~'), kRelated, error))
        return std::nullopt;
    for (const auto &[number, line] : dataLines(stopwords)) {
        if (line.contains(QLatin1Char(' ')) || line != line.toLower()) {
            *error = QStringLiteral("%1:%2: a stopword is one lower-case word, not \"%3\"")
                         .arg(kStopwordsFile)
                         .arg(number)
                         .arg(line);
            return std::nullopt;
        }
        vocabulary.m_stopwords.insert(line);
    }
    return vocabulary;
}

bool ComplianceVocabulary::addGroups(const QString &text, const QString &fileName, QChar separator,
                                     double weight, QString *error)
{
    for (const auto &[number, line] : dataLines(text)) {
        const QString origin = QStringLiteral("%1:%2").arg(fileName).arg(number);
        Group group{{}, weight, origin};
        for (const QString &member : line.split(separator)) {
            const QString word = member.simplified();
            if (word.isEmpty()) {
                *error = QStringLiteral("%1: an empty member (two '%2' in a row, or one at an end)")
                             .arg(origin, separator);
                return false;
            }
            if (word != word.toLower()) {
                *error = QStringLiteral("%1: \"%2\" is not in lower case").arg(origin, word);
                return false;
            }
            if (!group.members.contains(word))
                group.members.append(word);
        }
        if (group.members.size() < 2) {
            *error = QStringLiteral(
                         "%1: a group needs at least two different members, separated by '%2'")
                         .arg(origin, separator);
            return false;
        }
        m_groups.append(group);
    }
    return true;
}

const ComplianceVocabulary &ComplianceVocabulary::builtIn()
{
    static const ComplianceVocabulary vocabulary = [] {
        QString error;
        auto parsed = parse(readResource(kEquivalentsFile), readResource(kRelatedFile),
                            readResource(kStopwordsFile), &error);
        if (!parsed) {
            // A test (tst_compliancevocabulary) parses the shipped files, so this is a build
            // that skipped its tests.
            std::fprintf(stderr, "trustbook: the built-in vocabulary is broken: %s\n",
                         qPrintable(error));
            std::abort();
        }
        return std::move(*parsed);
    }();
    return vocabulary;
}
