#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a query asks for, ready to rank with: its meaningful parts ("concepts": a word, a
// phrase, "soc 2", "multi-factor authentication"), each with the forms that count as it and
// how much each form counts. A section covers a concept when any of its forms occurs.
struct QueryPlan
{
    struct Form
    {
        QStringList words;   // an FTS5 phrase: these words next to each other
        double weight = 1.0; // 1 for the word asked for and its equivalents, less for related ones
        bool prefix = false; // the last word may go on (still being typed)
        // What FTS5 matches, set by SearchIndex: the words' stems, for a prefix the folded
        // letters typed (the index reads query terms unstemmed, see StemmingTokenizer).
        QStringList terms;
    };

    struct Concept
    {
        QString typed; // as the person wrote it, for "matched words"
        QList<Form> forms;
    };

    QList<Concept> concepts;
    // The query held nothing but function words ("how", "yes"), and these are them: searched
    // for lack of anything else, they name no topic.
    bool functionWordsOnly = false;

    bool isEmpty() const { return concepts.isEmpty(); }
    // Every form of every concept, OR'ed, in order: FTS5 numbers phrases in the order they
    // appear, which is how the ranking function knows a phrase's concept (see phrases()).
    // Written in each form's terms, or its words while it has none.
    QString matchExpression() const;
    // The same for only these concepts (their numbers), in the same order.
    QString matchExpression(const QList<int> &onlyConcepts) const;
    // Per FTS5 phrase number: its concept and weight.
    struct Phrase
    {
        int concept = 0;
        double weight = 1.0;
    };
    QList<Phrase> phrases() const;
    // What a section holding these phrases (FTS5 phrase numbers) matched, in the query's
    // order: a concept's typed words where the concept itself or an equivalent or related
    // term was found; only the words found where just a word of a multi-word term was (not
    // "data at rest" for a section that merely says "data").
    QStringList matchedWords(const QList<int> &phrases) const;
    // Every concept's typed words, space-separated: the query as the engine understood it.
    QString text() const;

    // At most this many concepts: each costs a doclist merge, and a question longer than this
    // is several questions.
    static constexpr int kMaxConcepts = 24;
    // At most this many forms per concept, so one broad vocabulary group cannot crowd a query.
    static constexpr int kMaxForms = 12;
    // What one word of a multi-word term counts on its own ("rest" for "data at rest").
    static constexpr double kLooseWeight = 0.5;
};
