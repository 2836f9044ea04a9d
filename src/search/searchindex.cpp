#include "searchindex.h"

#include "queryplan.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace {

QString createStatement(SearchIndex::Use use)
{
    return QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(document, question, answer,"
                          " tokenize = '%1'%2)")
        .arg(QLatin1String(Fts5Api::kTokenizerSpec),
             use == SearchIndex::Use::Typing ? QStringLiteral(", prefix = '1 2 3'") : QString());
}
const QString kInsert =
    QStringLiteral("INSERT INTO search(rowid, document, question, answer) VALUES (?, ?, ?, ?)");
const QString kCreateVocabulary = QStringLiteral(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_stems USING fts5vocab(main, search, row)");
const QString kSelectStems = QStringLiteral("SELECT term, doc FROM search_stems");
const QString kOptimize = QStringLiteral("INSERT INTO search(search) VALUES ('optimize')");
const QString kRowidAt =
    QStringLiteral("SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?");
// Equal scores keep the content's order, so the same query always lists the same way.
const QString kRank =
    QStringLiteral("SELECT rowid, trustbook_relevance(search, 0) AS score FROM search"
                   " WHERE search MATCH ? AND rowid <= ? ORDER BY score DESC, rowid LIMIT ?");
// Per hit, not in kRank: sorting by an expression makes SQLite compute every selected column
// for every match, and snippet() is the costly one.
QString detailsStatement(SearchIndex::Use use)
{
    // Questions are answered with the section's whole text: the snippet, the costly column,
    // would be thrown away.
    return QStringLiteral("SELECT trustbook_relevance(search, 1), trustbook_relevance(search, 2),"
                          " %1 FROM search WHERE search MATCH ? AND rowid = ?")
        .arg(use == SearchIndex::Use::Typing
                 ? QStringLiteral("snippet(search, 2, char(2), char(3), '…', 16)")
                 : QStringLiteral("''"));
}

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("trustbook-search-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The plan's phrase numbers in the ranking function's list of found phrases, which starts
// with `offset` restricting ones (see SearchIndex::search()).
QList<int> phraseNumbers(const QString &text, qsizetype offset)
{
    QList<int> numbers;
    for (const QString &number : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype n = number.toInt() - offset;
        if (n >= 0)
            numbers.append(int(n));
    }
    return numbers;
}

QString withoutMarks(QString text)
{
    return text.remove(QChar(SearchHit::kMarkStart)).remove(QChar(SearchHit::kMarkEnd));
}

} // namespace

SearchIndex::SearchIndex(const QList<SearchEntry> &entries, const std::atomic_bool *cancelled,
                         Use use)
    : m_cancelled(cancelled)
    , m_use(use)
    , m_connectionName(uniqueConnectionName())
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{
    // Not ":memory:": that kept the whole index in this process (37.8 MiB at 10,000
    // sections); a temporary database keeps about 7 MiB, with the same query times
    // (search_benchmark: every keystroke p99 2.1 ms either way).
    m_db.setDatabaseName(QString());
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open SQLite: %1").arg(m_db.lastError().text());
        return;
    }
    m_rowidAt = QSqlQuery(m_db);
    m_rank = QSqlQuery(m_db);
    m_details = QSqlQuery(m_db);
    m_fts5 = std::make_unique<Fts5Api>(m_db);
    if (!m_fts5->isValid()) {
        m_error = m_fts5->errorString();
        return;
    }
    if (const Result<Done> installed = m_relevance.install(*m_fts5); !installed) {
        m_error = installed.error();
        return;
    }
    if (!build(entries))
        return;
    // The texts live in SQLite; keeping them here too would double the index's memory.
    m_sections.reserve(entries.size());
    for (const SearchEntry &entry : entries)
        m_sections.append({entry.path, entry.title, entry.document, {}});
}

SearchIndex::~SearchIndex()
{
    // removeDatabase() warns while any query or handle still refers to the connection.
    m_rowidAt = QSqlQuery();
    m_rank = QSqlQuery();
    m_details = QSqlQuery();
    m_fts5.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SearchIndex::exec(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    m_error = QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text());
    return false;
}

bool SearchIndex::prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (query.prepare(sql))
        return true;
    m_error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
    return false;
}

bool SearchIndex::build(const QList<SearchEntry> &entries)
{
    QSqlQuery create(m_db);
    if (!prepare(create, createStatement(m_use)) || !exec(create, "SQLite lacks FTS5") ||
        !insert(entries))
        return false;
    // One b-tree instead of many segments: every later query reads less.
    QSqlQuery optimize(m_db);
    return prepare(optimize, kOptimize) && exec(optimize, "optimizing") &&
           prepare(m_rowidAt, kRowidAt) && prepare(m_rank, kRank) &&
           prepare(m_details, detailsStatement(m_use)) && readStemCounts();
}

// In one transaction: SQLite would otherwise commit, and rebuild FTS5 segments, per row.
bool SearchIndex::insert(const QList<SearchEntry> &entries)
{
    if (!m_db.transaction()) {
        m_error = QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery insert(m_db);
    if (!prepare(insert, kInsert))
        return false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (m_cancelled && m_cancelled->load(std::memory_order_relaxed)) {
            m_error = QStringLiteral("cancelled");
            m_db.rollback();
            return false;
        }
        const SearchEntry &entry = entries.at(i);
        insert.addBindValue(i + 1);
        insert.addBindValue(withoutMarks(entry.document));
        insert.addBindValue(withoutMarks(entry.title));
        insert.addBindValue(withoutMarks(entry.text));
        if (!exec(insert, "indexing a section"))
            return false;
    }
    if (m_db.commit())
        return true;
    m_error = QStringLiteral("cannot commit the index: %1").arg(m_db.lastError().text());
    return false;
}

bool SearchIndex::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_queryError = query.lastError().text();
    return false;
}

QSet<QString> SearchIndex::stems() const
{
    return QSet<QString>(m_sortedStems.cbegin(), m_sortedStems.cend());
}

bool SearchIndex::readStemCounts()
{
    QSqlQuery vocabulary(m_db);
    vocabulary.setForwardOnly(true);
    if (!vocabulary.exec(kCreateVocabulary) || !vocabulary.exec(kSelectStems)) {
        m_error =
            QStringLiteral("reading the index's vocabulary: %1").arg(vocabulary.lastError().text());
        return false;
    }
    while (vocabulary.next()) {
        const QString stem = vocabulary.value(0).toString();
        m_stemSections.insert(stem, vocabulary.value(1).toLongLong());
        m_sortedStems.append(stem);
    }
    std::sort(m_sortedStems.begin(), m_sortedStems.end());
    return true;
}

// How many sections hold `stem`, or for a prefix the most any stem starting with it does
// (looking at the first kPrefixStems, enough to tell a rare prefix from a common one).
qint64 SearchIndex::sectionsHolding(const QString &stem, bool prefix) const
{
    if (!prefix)
        return m_stemSections.value(stem);
    constexpr int kPrefixStems = 256;
    qint64 most = 0;
    auto it = std::lower_bound(m_sortedStems.cbegin(), m_sortedStems.cend(), stem);
    for (int seen = 0; it != m_sortedStems.cend() && it->startsWith(stem) && seen < kPrefixStems;
         ++it, ++seen)
        most = std::max(most, m_stemSections.value(*it));
    return most;
}

// Per phrase of the plan: how many sections hold it, at most; a phrase is as rare as its
// rarest word (the index keeps no counts of word sequences, and reading the phrase's
// doclists to count them cost more than the ranking itself).
// On a large corpus a question OR'ed word by word matches nearly every section, and ranking
// each costs its phrase positions: seconds for a questionnaire. A section holding none of the
// question's rarer concepts covers only common words and cannot rank high, so only sections
// holding one of the rarest concepts, as many as together fit kCandidateBudget sections, are
// ranked (the query becomes "(rare forms) AND (all forms)"). Empty: rank every match.
QList<int> SearchIndex::rareConcepts(const QueryPlan &plan,
                                     const QList<qint64> &phraseSections) const
{
    if (size() < kRestrictFromSections)
        return {};
    const qint64 budget = std::max<qint64>(kCandidateBudget, size() / 20);
    QList<std::pair<qint64, int>> byRarity; // sections holding the concept, concept
    qsizetype phrase = 0;
    for (int c = 0; c < int(plan.concepts.size()); ++c) {
        qint64 held = 0;
        for (qsizetype f = 0; f < plan.concepts.at(c).forms.size(); ++f, ++phrase)
            held += phraseSections.value(phrase);
        if (held > 0)
            byRarity.append({held, c});
    }
    std::sort(byRarity.begin(), byRarity.end());
    QList<int> rare;
    qint64 total = 0;
    for (const auto &[held, concept] : std::as_const(byRarity)) {
        if (total + held > budget)
            break;
        total += held;
        rare.append(concept);
    }
    if (rare.isEmpty() && !byRarity.isEmpty() && byRarity.first().first <= size() / 4)
        rare.append(byRarity.first().second);
    if (rare.size() == byRarity.size())
        return {}; // every concept is rare: the plain query is the same
    std::sort(rare.begin(), rare.end());
    return rare;
}

QList<qint64> SearchIndex::phraseSections(const QueryPlan &plan) const
{
    QList<qint64> counts;
    for (const QueryPlan::Concept &concept : plan.concepts) {
        for (const QueryPlan::Form &form : concept.forms) {
            const QList<Fts5Api::Token> tokens = m_fts5->tokens(form.words.join(QLatin1Char(' ')));
            qint64 rarest = tokens.isEmpty() ? 0 : std::numeric_limits<qint64>::max();
            for (qsizetype t = 0; t < tokens.size(); ++t) {
                const bool prefix = form.prefix && t == tokens.size() - 1;
                // A prefix is looked up as typed: the stemmer would cut "encry" to "encri".
                const QString word = prefix ? tokens.at(t).typed.toLower() : tokens.at(t).stem;
                rarest = std::min(rarest, sectionsHolding(word, prefix));
            }
            counts.append(rarest);
        }
    }
    return counts;
}

std::optional<qint64> SearchIndex::rowidAt(const QString &match, int offset)
{
    m_rowidAt.addBindValue(match);
    m_rowidAt.addBindValue(offset);
    if (!run(m_rowidAt) || !m_rowidAt.next())
        return std::nullopt;
    const qint64 rowid = m_rowidAt.value(0).toLongLong();
    m_rowidAt.finish();
    return rowid;
}

// Ranking costs a few microseconds for every matching section, and a letter or two typed
// into a large corpus matches nearly all of it (54 ms for "g" at 10,000 sections). Such a
// query says little yet, so it ranks the first kRankLimit sections whose question or
// document title matches (or, if none does, the first kRankLimit matches): bounded work
// until the next keystroke makes the query specific.
SearchIndex::Candidates SearchIndex::candidatesFor(const QString &match)
{
    constexpr qint64 all = std::numeric_limits<qint64>::max();
    if (!rowidAt(match, kRankLimit))
        return {match, all};
    const QString inQuestions = QStringLiteral("{document question} : (%1)").arg(match);
    const QString narrowed = rowidAt(inQuestions, 0) ? inQuestions : match;
    return {narrowed, rowidAt(narrowed, kRankLimit - 1).value_or(all)};
}

// In a question, a word more than half the sections hold ("Gitpod" in Gitpod's FAQ, "data"
// in a data processor's) tells no section apart, yet OR'ed into the query it makes nearly
// every section a match to be ranked. A small corpus ranks every match in no time, and there
// one more word still orders sections that hold the others alike.
void SearchIndex::leaveOutUbiquitousConcepts(QueryPlan *plan, QList<qint64> *phraseSections) const
{
    if (size() < kUbiquityMinSections)
        return;
    const qint64 half = qint64(size()) / 2;
    QList<QueryPlan::Concept> kept;
    QList<qint64> keptSections;
    qsizetype phrase = 0;
    for (const QueryPlan::Concept &concept : std::as_const(plan->concepts)) {
        const qsizetype first = phrase;
        qint64 rarest = std::numeric_limits<qint64>::max();
        for (qsizetype f = 0; f < concept.forms.size(); ++f, ++phrase) {
            if (concept.forms.at(f).weight >= 1.0)
                rarest = std::min(rarest, phraseSections->value(phrase));
        }
        if (rarest <= half) {
            kept.append(concept);
            keptSections += phraseSections->mid(first, phrase - first);
        }
    }
    if (kept.isEmpty())
        return;
    plan->concepts = kept;
    *phraseSections = keptSections;
}

QList<SearchHit> SearchIndex::search(QueryPlan plan, int limit, Breadth breadth)
{
    m_queryError.clear();
    if (!isValid() || plan.isEmpty())
        return {};
    QList<qint64> counts = phraseSections(plan);
    if (breadth == Breadth::WithoutUbiquitousConcepts)
        leaveOutUbiquitousConcepts(&plan, &counts);
    QList<QueryPlan::Phrase> phrases = plan.phrases();
    QList<qint64> phraseCounts = counts;
    QString match = plan.matchExpression();
    qsizetype restrictingPhrases = 0;
    if (const QList<int> rare = rareConcepts(plan, counts); !rare.isEmpty()) {
        // FTS5 numbers the phrases of both groups; the ranking sees the restricting group's
        // phrases again in the second, where every phrase of the query is.
        QList<QueryPlan::Phrase> head;
        QList<qint64> headCounts;
        for (qsizetype p = 0; p < phrases.size(); ++p) {
            if (rare.contains(phrases.at(p).concept)) {
                head.append(phrases.at(p));
                headCounts.append(counts.at(p));
            }
        }
        match = QStringLiteral("(%1) AND (%2)").arg(plan.matchExpression(rare), match);
        restrictingPhrases = head.size();
        phrases = head + phrases;
        phraseCounts = headCounts + phraseCounts;
    }
    m_relevance.setPlan(phrases, int(plan.concepts.size()), phraseCounts, size());
    const Candidates candidates = candidatesFor(match);
    m_rank.addBindValue(candidates.match);
    m_rank.addBindValue(candidates.lastRowid);
    m_rank.addBindValue(limit);
    if (!run(m_rank))
        return {};
    QList<std::pair<qint64, double>> ranked;
    while (m_rank.next())
        ranked.append({m_rank.value(0).toLongLong(), m_rank.value(1).toDouble()});
    m_rank.finish();

    QList<SearchHit> hits;
    for (const auto &[rowid, score] : std::as_const(ranked)) {
        m_details.addBindValue(match);
        m_details.addBindValue(rowid);
        if (!run(m_details) || !m_details.next())
            return {};
        const SearchEntry &entry = m_sections.at(rowid - 1);
        SearchHit hit{
            entry.path,
            entry.title,
            entry.document,
            score,
            m_details.value(2).toString(),
            plan.matchedWords(phraseNumbers(m_details.value(1).toString(), restrictingPhrases)),
            m_details.value(0).toDouble()};
        m_details.finish();
        hits.append(hit);
    }
    return hits;
}
