#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The words of security and compliance questionnaires that mean the same or nearly the same
// ("mfa" and "multi-factor authentication", "soc 2" and "soc2", "breach" and "incident"), and
// the filler words a question can lose ("please describe", "does your organization"). Data,
// not code: reviewed text files under resources/vocabulary/ (see the README there), compiled
// into the search library.
class ComplianceVocabulary final
{
public:
    struct Group
    {
        QStringList members; // lower case, as written in the file
        double weight = 1.0; // kEquivalent or kRelated
        QString origin;      // "equivalents.txt:12", for messages and reviews
    };

    static constexpr double kEquivalent = 1.0;
    // A related word counts, but less than the word asked for: "breach" should find a section
    // on incidents, below one on breaches.
    static constexpr double kRelated = 0.7;

    // The three files' texts; a failure names the file and line of the first mistake.
    static Result<ComplianceVocabulary> parse(const QString &equivalents, const QString &related,
                                              const QString &stopwords);
    // The vocabulary compiled into the library, from resources/vocabulary/.
    static const ComplianceVocabulary &builtIn();

    const QList<Group> &groups() const { return m_groups; }
    bool isStopword(const QString &lowerCaseWord) const
    {
        return m_stopwords.contains(lowerCaseWord);
    }
    qsizetype stopwordCount() const { return m_stopwords.size(); }

private:
    Result<Done> addGroups(const QString &text, const QString &fileName, QChar separator,
                           double weight);

    QList<Group> m_groups;
    QSet<QString> m_stopwords;
};
