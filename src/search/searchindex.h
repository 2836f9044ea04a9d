#pragma once

#include "fts5api.h"
#include "relevancefunction.h"
#include "result.h"
#include "searchentry.h"
#include "searchhit.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

struct QueryPlan;

// Full-text search over sections: an SQLite FTS5 table with one row per section (document
// title, question, answer), porter stemming over unicode61 without diacritics
// (StemmingTokenizer: queries are written in stems, see resolved()), ranked by
// RelevanceFunction (how much of the query a section covers). Beside it, plain tables of what
// every search needs at hand: each section's place and titles, how many sections hold each
// stem, and the words as written for the spelling corrector.
//
// Two ways to get one, one way to build it: the generator builds it with the content and
// writes it out (buildDatabase()); the app opens that database where it lies, read-only and
// without copying it (open()). Built at run time (the constructor), the database is SQLite's
// private temporary one: pages beyond its small cache go to an unlinked file, so the index
// does not live in the app's memory.
//
// A Qt SQL connection belongs to the thread that made it: build and use a SearchIndex in
// one thread (a worker in the app, the main thread on the command line).
class SearchIndex final
{
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    // What the index serves: typing gives each hit a snippet; questions are answered with
    // whole sections, and their hits carry none.
    enum class Use { Typing, Questions };

    // Builds the index; isValid() says whether it worked (SQLite without FTS5 would not).
    // Setting *cancelled (from any thread) abandons the build between sections, invalid.
    explicit SearchIndex(const QList<SearchEntry> &entries,
                         const std::atomic_bool *cancelled = nullptr, Use use = Use::Typing);
    // The database buildDatabase() made, at `path` (a file or an uncompressed Qt resource),
    // mapped and handed to SQLite read-only: nothing is copied and nothing built. Invalid,
    // with the reason, unless it is a database of this schema and tokenizer, built for
    // `contentVersion`, and SQLite finds it sound.
    static std::unique_ptr<SearchIndex> open(const QString &path, const QString &contentVersion,
                                             Use use = Use::Typing);
    ~SearchIndex();

    // What the generator compiles in: the whole database of an index over `entries`, keyed by
    // `contentVersion`, for open() to read; it serves typing and questions alike. Built in
    // memory, as a build tool can afford.
    static Result<QByteArray> buildDatabase(const QList<SearchEntry> &entries,
                                            const QString &contentVersion);
    // The words of the sections as written (lower case, SpellingCorrector::isCandidate()),
    // each with how many sections use it.
    QList<std::pair<QString, int>> words() const;

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    int size() const { return m_size; }
    // what SQLite said about the last search; SearchQuery's expressions never cause one
    QString queryError() const { return m_queryError; }

    // The best `limit` sections for `plan`, best first (equal scores in content order);
    // empty for an empty plan or on an error.
    // WithoutUbiquitousConcepts (for questions): from kUbiquityMinSections sections on, a
    // concept more than half the sections hold is left out while the plan has others.
    enum class Breadth { EveryConcept, WithoutUbiquitousConcepts };
    QList<SearchHit> search(QueryPlan plan, int limit = kDefaultLimit,
                            Breadth breadth = Breadth::EveryConcept);
    // After search(): the share of the query no section holds (RelevanceFunction).
    double unmatchedShare() const { return m_relevance.unmatchedShare(); }
    // The index's tokenizer, for analysing queries the way sections were analysed.
    const Fts5Api &tokenizer() const { return *m_fts5; }
    // Every stem the index holds (FTS5's own vocabulary: nothing is tokenized twice), read
    // from the whole table.
    QSet<QString> stems() const;
    // How many sections hold `stem` (0: none, or it cannot be read).
    qint64 sectionsHolding(const QString &stem) const;
    // Whether any stem the index holds starts with `prefix` (or is it).
    bool holdsStemStartingWith(const QString &prefix) const;

    static constexpr int kDefaultLimit = 20;
    // How many matching sections are ranked at most (see candidatesFor()).
    static constexpr int kRankLimit = 1000;
    // From this many sections on, only sections holding one of the query's rarer concepts are
    // ranked (see rareConcepts()).
    static constexpr int kRestrictFromSections = 200;
    static constexpr int kCandidateBudget = 500;
    static constexpr int kUbiquityMinSections = 200;
    // A word being typed stands for at most this many stems, the commonest it may become.
    static constexpr int kPrefixStems = 16;
    // The layout of the database's tables; open() refuses any other. Raise it with any change
    // to the tables, the tokenizer or what is stored in them. 2: the meta table names the
    // stem the start-up check counts. 3: no prefix indexes; queries are read unstemmed.
    static constexpr int kSchemaVersion = 3;

private:
    struct Candidates
    {
        QString match;
        qint64 lastRowid = 0;
    };

    SearchIndex(const std::atomic_bool *cancelled, Use use, const QString &databaseName = {});
    bool connect(const QString &databaseName);
    Result<QByteArray> serialized(const QString &contentVersion);
    bool build(const QList<SearchEntry> &entries);
    static QHash<QString, int> wordSections(const QList<SearchEntry> &entries);
    bool insertWords(const QHash<QString, int> &words);
    QString sqliteError() const;
    bool openDatabase(const QString &path, const QString &contentVersion);
    bool checkDatabase(const QString &contentVersion);
    bool prepareQueries();
    bool storeCheckedStem();
    bool readTables();
    bool readSections();
    QList<int> rareConcepts(const QueryPlan &plan, const QList<qint64> &phraseSections) const;
    QueryPlan resolved(const QueryPlan &plan) const;
    // At most kPrefixStems stems starting with `prefix`, the commonest first.
    QStringList commonestStemsFrom(const QString &prefix) const;
    // Per phrase of a resolved `plan` (QueryPlan::phrases() order): how many sections hold it,
    // at most.
    QList<qint64> phraseSections(const QueryPlan &plan) const;
    void leaveOutUbiquitousConcepts(QueryPlan *plan, QList<qint64> *phraseSections) const;
    bool insert(const QList<SearchEntry> &entries);
    // exec() and prepare() are build steps: a failure sets m_error for good. run() executes a
    // search query: a failure sets m_queryError, for that search only.
    bool exec(QSqlQuery &query, const char *what);
    bool prepare(QSqlQuery &query, const QString &sql);
    bool run(QSqlQuery &query);
    std::optional<qint64> rowidAt(const QString &match, int offset);
    Candidates candidatesFor(const QString &match);

    const std::atomic_bool *m_cancelled;
    Use m_use;
    QString m_connectionName;
    std::unique_ptr<QFile> m_file; // holds the mapping open() hands SQLite
    QSqlDatabase m_db;
    QString m_error;
    QString m_queryError;
    int m_size = 0; // sections, numbered from 1 in content order; their text lives in SQLite
    QSqlQuery m_rowidAt;
    QSqlQuery m_rank;
    QSqlQuery m_details;
    QSqlQuery m_section;
    // Looked up by the const counts of sectionsHolding(), which change nothing but the queries.
    mutable QSqlQuery m_stemSections;
    mutable QSqlQuery m_commonestStemsFrom;
    mutable QSqlQuery m_anyStemFrom;
    std::unique_ptr<Fts5Api> m_fts5;
    RelevanceFunction m_relevance;
};
