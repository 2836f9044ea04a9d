#pragma once

#include "queryplan.h"
#include "result.h"

#include <QList>
#include <QString>

#include <sqlite3.h>

class Fts5Api;

// The ranking, as an FTS5 auxiliary function: trustbook_relevance(search, part) scores one
// matching section against the current QueryPlan. A section ranks by how much of the query it
// covers, each concept weighted by how rare it is in the content (a word every section has
// says little), with a concept in the section's question counting extra, and BM25's term
// frequency and length normalisation only to order sections that cover the same.
//
// part 0: the score, 0..1, what results are ordered by;
// part 1: the coverage, 0..1, the rarity-weighted share of the query's concepts present;
// part 2: the phrases present, their numbers separated by spaces (QueryPlan::matchedWords).
//
// The plan is set from C++ before a query (FTS5 passes only the table to the function), with
// how many sections hold each phrase: SearchIndex reads that from FTS5's vocabulary, as
// counting rows through xQueryPhrase read every phrase's whole doclist on every query (most
// of a questionnaire's time).
class RelevanceFunction final
{
    Q_DISABLE_COPY_MOVE(RelevanceFunction)

public:
    enum Part { Score = 0, Coverage = 1, Matched = 2 };

    RelevanceFunction() = default;

    // Registers the function on `api`'s connection; `this` must outlive that connection.
    Result<Done> install(const Fts5Api &api);
    // The queries to come: their phrases in FTS5's numbering (each one's concept and weight,
    // `concepts` in all), and how many of the index's `sections` hold each phrase.
    void setPlan(const QList<QueryPlan::Phrase> &phrases, int concepts,
                 const QList<qint64> &phraseSections, qint64 sections);

    // After a query that matched anything: the share (0..1) of the query's weight that lies
    // in concepts no section holds at all ("fedramp" against content that never says it).
    double unmatchedShare() const { return m_unmatchedShare; }

    static constexpr const char *kName = "trustbook_relevance";
    // Column numbers of the index: document title, question, answer.
    static constexpr int kQuestionColumns = 2; // columns 0 and 1 are the question's side
    static constexpr int kAnswerColumn = 2;

    // How the score mixes its parts; they sum to 1.
    static constexpr double kCoverageWeight = 0.6;
    static constexpr double kQuestionWeight = 0.25;
    static constexpr double kFrequencyWeight = 0.15;

private:
    static void call(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result,
                     int argumentCount, sqlite3_value **arguments);

    QList<QueryPlan::Phrase> m_phrases;
    int m_concepts = 0;
    bool m_lengthKnown = false;
    QList<double> m_idf;      // per concept, 0 where no section holds it
    double m_totalWeight = 0; // of the concepts some section holds
    double m_averageAnswerLength = 1;
    double m_unmatchedShare = 0;
};
