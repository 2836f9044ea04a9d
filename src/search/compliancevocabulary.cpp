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

Result<ComplianceVocabulary> ComplianceVocabulary::parse(const QString &equivalents,
                                                         const QString &related,
                                                         const QString &stopwords)
{
    using Parsed = Result<ComplianceVocabulary>;
    ComplianceVocabulary vocabulary;
    if (const auto added =
            vocabulary.addGroups(equivalents, kEquivalentsFile, QLatin1Char('='), kEquivalent);
        !added)
        return Parsed::failure(added.error());
    if (const auto added = vocabulary.addGroups(related, kRelatedFile, QLatin1Char('~'), kRelated);
        !added)
        return Parsed::failure(added.error());
    for (const auto &[number, line] : dataLines(stopwords)) {
        if (line.contains(QLatin1Char(' ')) || line != line.toLower()) {
            return Parsed::failure(
                QStringLiteral("%1:%2: a stopword is one lower-case word, not \"%3\"")
                    .arg(kStopwordsFile)
                    .arg(number)
                    .arg(line));
        }
        vocabulary.m_stopwords.insert(line);
    }
    return Parsed::success(std::move(vocabulary));
}

Result<Done> ComplianceVocabulary::addGroups(const QString &text, const QString &fileName,
                                             QChar separator, double weight)
{
    using Added = Result<Done>;
    for (const auto &[number, line] : dataLines(text)) {
        const QString origin = QStringLiteral("%1:%2").arg(fileName).arg(number);
        Group group{{}, weight, origin};
        for (const QString &member : line.split(separator)) {
            const QString word = member.simplified();
            if (word.isEmpty()) {
                return Added::failure(
                    QStringLiteral("%1: an empty member (two '%2' in a row, or one at an end)")
                        .arg(origin, separator));
            }
            if (word != word.toLower())
                return Added::failure(
                    QStringLiteral("%1: \"%2\" is not in lower case").arg(origin, word));
            if (!group.members.contains(word))
                group.members.append(word);
        }
        if (group.members.size() < 2) {
            return Added::failure(
                QStringLiteral(
                    "%1: a group needs at least two different members, separated by '%2'")
                    .arg(origin, separator));
        }
        m_groups.append(group);
    }
    return Added::success({});
}

const ComplianceVocabulary &ComplianceVocabulary::builtIn()
{
    static const ComplianceVocabulary vocabulary = [] {
        auto parsed = parse(readResource(kEquivalentsFile), readResource(kRelatedFile),
                            readResource(kStopwordsFile));
        if (!parsed) {
            // A test (tst_compliancevocabulary) parses the shipped files, so this is a build
            // that skipped its tests.
            std::fprintf(stderr, "trustbook: the built-in vocabulary is broken: %s\n",
                         qPrintable(parsed.error()));
            std::abort();
        }
        return std::move(*parsed);
    }();
    return vocabulary;
}
