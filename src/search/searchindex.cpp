#include "searchindex.h"

#include "queryplan.h"
#include "spellingcorrector.h"

#include <QAtomicInteger>
#include <QResource>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <deque>
#include <future>
#include <limits>
#include <unordered_map>
#include <utility>

namespace {

// No prefix indexes: a word being typed is looked up as the stems it may become (see
// resolved()), and the prefix indexes were half of the index's build.
QString createStatement()
{
    return QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(document, question, answer,"
                          " tokenize = '%1')")
        .arg(QLatin1String(Fts5Api::kTokenizerSpec));
}
const QString kInsert =
    QStringLiteral("INSERT INTO search(rowid, document, question, answer) VALUES (?, ?, ?, ?)");
// Beside the FTS5 table, what every search needs at hand (see the class comment). The stems
// are FTS5's own vocabulary, copied into a table once built: reading fts5vocab walks every
// doclist, reading the table does not.
const char *const kCreateTables[] = {
    // Qt binds an empty title that was never set as NULL; it reads back as empty.
    "CREATE TABLE sections(rowid INTEGER PRIMARY KEY, path TEXT, title TEXT, document TEXT)",
    "CREATE TABLE stems(stem TEXT PRIMARY KEY, sections INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE words(word TEXT PRIMARY KEY, sections INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
};
const QString kInsertSection =
    QStringLiteral("INSERT INTO sections(rowid, path, title, document) VALUES (?, ?, ?, ?)");
const QString kInsertWord = QStringLiteral("INSERT INTO words(word, sections) VALUES (?, ?)");
const QString kSetMeta = QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
const QString kSelectMeta = QStringLiteral("SELECT value FROM meta WHERE key = ?");
const QString kTokenizerKey = QStringLiteral("tokenizer");
const QString kContentVersionKey = QStringLiteral("content_version");
// The stem the start-up check counts (see readTables()), chosen when the index is built.
const QString kCheckedStemKey = QStringLiteral("checked_stem");
const QString kCreateVocabulary = QStringLiteral(
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_stems USING fts5vocab(main, search, row)");
const QString kCopyStems =
    QStringLiteral("INSERT INTO stems(stem, sections) SELECT term, doc FROM temp.search_stems");
const QString kSelectStems = QStringLiteral("SELECT stem, sections FROM stems");
const QString kStemSections = QStringLiteral("SELECT sections FROM stems WHERE stem = ?");
// The stems starting with a prefix (bound twice) follow each other in the table's key order
// (UTF-8 bytes sort as the code points do), up to the prefix followed by the highest code point.
const QLatin1String kStemsStartingWith("FROM stems WHERE stem >= ? AND stem < ? || char(1114111)");
// The commonest of them, as many as the third value says; among equals the first in the
// stems' order, so the same prefix always stands for the same stems.
const QString kCommonestStemsFrom =
    QStringLiteral("SELECT stem %1 ORDER BY sections DESC, stem LIMIT ?").arg(kStemsStartingWith);
// Whether there is one: the first in key order is enough.
const QString kAnyStemFrom = QStringLiteral("SELECT 1 %1 LIMIT 1").arg(kStemsStartingWith);
// The commonest stem; among equals the first in the stems' order, so every build of the same
// content picks the same one.
const QString kCommonestStem =
    QStringLiteral("SELECT stem FROM stems ORDER BY sections DESC, stem LIMIT 1");
// Two subqueries, as SQLite answers min() or max() of the rowid from one end of the b-tree
// only when it is the query's one aggregate; count(*) read every page of the table.
const QString kSectionRange =
    QStringLiteral("SELECT (SELECT coalesce(min(rowid), 1) FROM sections), "
                   "(SELECT coalesce(max(rowid), 0) FROM sections)");
const QString kSelectSection =
    QStringLiteral("SELECT path, title, document FROM sections WHERE rowid = ?");
const QString kSelectWords = QStringLiteral("SELECT word, sections FROM words");
const QString kCountMatches = QStringLiteral("SELECT count(*) FROM search WHERE search MATCH ?");
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

// A statement run many times over SQLite's C API: at 10,000 sections QSqlQuery's variants
// and UTF-16 (which SQLite converts back to UTF-8) were a fifth of the inserts' time.
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(sqlite3 *connection, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &m_statement,
                               nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }

    bool isValid() const { return m_statement != nullptr; }
    void bind(int column, qint64 value) { sqlite3_bind_int64(m_statement, column, value); }
    // A null string is bound as NULL, as Qt binds it.
    void bind(int column, const QString &text)
    {
        if (text.isNull()) {
            sqlite3_bind_null(m_statement, column);
            return;
        }
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text64(m_statement, column, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    // Runs it and makes it ready for the next values.
    bool run()
    {
        const int status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return status == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

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

// Runs of letters and digits the spelling corrector may correct to, in lower case: the words
// of `text` as a person wrote them, each given to `use` with whether it is `text`'s own
// characters (a word already in lower case) or a lowered copy in `scratch`, valid until the
// next word. Plain ASCII, most of any text, takes a short way: no Unicode tables, and no copy
// for a word too short to be a candidate or already in lower case.
template<typename Use>
void forEachWordOf(const QString &text, QString &scratch, Use &&use)
{
    const auto isWordCharacter = [](QChar c) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        return c.isLetterOrNumber() || c.isMark();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        if (!isWordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool ascii = true;
        bool lower = true;
        while (i < size && isWordCharacter(text.at(i))) {
            const char16_t u = text.at(i).unicode();
            ascii = ascii && u < 0x80;
            lower = lower && !(u >= 'A' && u <= 'Z');
            ++i;
        }
        const qsizetype length = i - start;
        // Lower case keeps an ASCII word's length, and no letter lowers to a digit.
        if ((ascii && length < SpellingCorrector::kMinLength) || text.at(start).isDigit())
            continue;
        QStringView word;
        if (ascii && lower) {
            word = QStringView(text).sliced(start, length);
        } else if (ascii) {
            scratch.resize(length);
            QChar *out = scratch.data();
            for (qsizetype k = 0; k < length; ++k) {
                const char16_t u = text.at(start + k).unicode();
                out[k] = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + ('a' - 'A')) : u);
            }
            word = scratch;
        } else {
            scratch = text.mid(start, length).toLower();
            word = scratch;
        }
        if (SpellingCorrector::isCandidate(word))
            use(word, ascii && lower);
    }
}

} // namespace

SearchIndex::SearchIndex(const QList<SearchEntry> &entries, const std::atomic_bool *cancelled,
                         Use use)
    : SearchIndex(cancelled, use)
{
    if (isValid())
        build(entries);
}

SearchIndex::SearchIndex(const std::atomic_bool *cancelled, Use use, const QString &databaseName)
    : m_cancelled(cancelled)
    , m_use(use)
    , m_connectionName(uniqueConnectionName())
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName))
{
    connect(databaseName);
}

bool SearchIndex::connect(const QString &databaseName)
{
    // In the app not ":memory:": that kept the whole index in this process (37.8 MiB at
    // 10,000 sections); a temporary database (no name) keeps about 7 MiB, with the same query
    // times (search_benchmark: every keystroke p99 2.1 ms either way). A database opened in
    // place replaces it before anything is written.
    m_db.setDatabaseName(databaseName);
    if (!m_db.open()) {
        m_error = QStringLiteral("cannot open SQLite: %1").arg(m_db.lastError().text());
        return false;
    }
    m_rowidAt = QSqlQuery(m_db);
    m_rank = QSqlQuery(m_db);
    m_details = QSqlQuery(m_db);
    m_section = QSqlQuery(m_db);
    m_stemSections = QSqlQuery(m_db);
    m_commonestStemsFrom = QSqlQuery(m_db);
    m_anyStemFrom = QSqlQuery(m_db);
    m_fts5 = std::make_unique<Fts5Api>(m_db);
    if (!m_fts5->isValid()) {
        m_error = m_fts5->errorString();
        return false;
    }
    if (const Result<Done> installed = m_relevance.install(*m_fts5); !installed) {
        m_error = installed.error();
        return false;
    }
    return true;
}

std::unique_ptr<SearchIndex> SearchIndex::open(const QString &path, const QString &contentVersion,
                                               Use use)
{
    std::unique_ptr<SearchIndex> index(new SearchIndex(nullptr, use));
    if (index->isValid())
        index->openDatabase(path, contentVersion);
    return index;
}

bool SearchIndex::openDatabase(const QString &path, const QString &contentVersion)
{
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = m_file->errorString();
        return false;
    }
    // A compressed resource would be unpacked into memory: the copy this is meant to avoid.
    if (path.startsWith(QLatin1Char(':')) &&
        QResource(path).compressionAlgorithm() != QResource::NoCompression) {
        m_error = QStringLiteral("stored compressed in the binary (the build must add it with "
                                 "rcc's -no-compress)");
        return false;
    }
    const qint64 size = m_file->size();
    uchar *bytes = size > 0 ? m_file->map(0, size) : nullptr;
    if (!bytes) {
        m_error = size > 0 ? QStringLiteral("cannot map it: %1").arg(m_file->errorString())
                           : QStringLiteral("empty");
        return false;
    }
    // Read-only, and neither freed nor grown by SQLite: the bytes belong to the mapping (for
    // the app's compiled-in content, the binary's read-only data).
    const int status = sqlite3_deserialize(m_fts5->connection(), "main", bytes, size, size,
                                           SQLITE_DESERIALIZE_READONLY);
    if (status != SQLITE_OK) {
        m_error = QStringLiteral("SQLite cannot open it: %1")
                      .arg(QString::fromUtf8(sqlite3_errstr(status)));
        return false;
    }
    // SQLite reads pages by copying them into its cache unless it may use them in place: the
    // mapping is already memory, so a second copy of every page read is waste.
    QSqlQuery mmap(m_db);
    if (!mmap.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(size))) {
        m_error = mmap.lastError().text();
        return false;
    }
    return checkDatabase(contentVersion) && prepareQueries() && readTables();
}

// What can be checked without reading the index whole: the schema and tokenizer it was built
// with, the content it was built for, and its size. readTables() then reads the sections'
// range (SQLite reports a damaged page it reads), and compares one stem's count with what
// FTS5 finds for it. Checks that read everything cost too much at every start: at 10,000
// sections PRAGMA quick_check took 0.3 s and FTS5's 'integrity-check' 5 s (it tokenizes every
// section again), and reading the stems and words whole took 60 ms and 10 MiB with a real
// vocabulary; a damaged page they alone would find makes the searches that read it fail.
bool SearchIndex::checkDatabase(const QString &contentVersion)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_error = query.lastError().text();
        return false;
    }
    if (const int schema = query.value(0).toInt(); schema != kSchemaVersion) {
        m_error = QStringLiteral("its tables are of schema %1, this build reads schema %2")
                      .arg(schema)
                      .arg(kSchemaVersion);
        return false;
    }
    const auto meta = [&](const QString &key) -> std::optional<QString> {
        query.prepare(kSelectMeta);
        query.addBindValue(key);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toString();
    };
    if (const std::optional<QString> tokenizer = meta(kTokenizerKey);
        tokenizer != QLatin1String(Fts5Api::kTokenizerSpec)) {
        m_error = QStringLiteral("it was tokenized with '%1', this build tokenizes with '%2'")
                      .arg(tokenizer.value_or(query.lastError().text()),
                           QLatin1String(Fts5Api::kTokenizerSpec));
        return false;
    }
    if (const std::optional<QString> built = meta(kContentVersionKey); built != contentVersion) {
        m_error = QStringLiteral("it was built for content version %1, the content is %2")
                      .arg(built.value_or(query.lastError().text()), contentVersion);
        return false;
    }
    // A database cut short or padded: its header says how many pages it has.
    if (!query.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                   "pragma_page_size()")) ||
        !query.next()) {
        m_error = query.lastError().text();
        return false;
    }
    if (const qint64 expected = query.value(0).toLongLong(); expected != m_file->size()) {
        m_error = QStringLiteral("SQLite finds it damaged: it is %1 bytes, its header says %2")
                      .arg(m_file->size())
                      .arg(expected);
        return false;
    }
    return true;
}

SearchIndex::~SearchIndex()
{
    // removeDatabase() warns while any query or handle still refers to the connection.
    m_rowidAt = QSqlQuery();
    m_rank = QSqlQuery();
    m_details = QSqlQuery();
    m_section = QSqlQuery();
    m_stemSections = QSqlQuery();
    m_commonestStemsFrom = QSqlQuery();
    m_anyStemFrom = QSqlQuery();
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
    if (!prepare(create, createStatement()) || !exec(create, "SQLite lacks FTS5"))
        return false;
    for (const char *statement : kCreateTables) {
        if (!prepare(create, QString::fromLatin1(statement)) || !exec(create, "creating a table"))
            return false;
    }
    QSqlQuery meta(m_db);
    if (!prepare(meta, kSetMeta))
        return false;
    // Keyed to no content until serialized() says which (not NULL: Qt binds a null string so).
    const QList<std::pair<QString, QString>> keys = {
        {kTokenizerKey, QString::fromLatin1(Fts5Api::kTokenizerSpec)},
        {kContentVersionKey, QStringLiteral("")}};
    for (const auto &[key, value] : keys) {
        meta.addBindValue(key);
        meta.addBindValue(value);
        if (!exec(meta, "writing the index's key"))
            return false;
    }
    if (!prepare(create, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) ||
        !exec(create, "setting the schema version") || !insert(entries))
        return false;
    // One b-tree instead of many segments: every later query reads less.
    QSqlQuery optimize(m_db);
    QSqlQuery stems(m_db);
    return prepare(optimize, kOptimize) && exec(optimize, "optimizing") &&
           prepare(stems, kCreateVocabulary) && exec(stems, "reading the index's vocabulary") &&
           prepare(stems, kCopyStems) && exec(stems, "storing the index's vocabulary") &&
           storeCheckedStem() && prepareQueries() && readTables();
}

// The commonest stem, chosen once here, so that opening the index never reads its whole
// vocabulary to find it.
bool SearchIndex::storeCheckedStem()
{
    QSqlQuery commonest(m_db);
    if (!prepare(commonest, kCommonestStem) || !exec(commonest, "reading the index's vocabulary"))
        return false;
    // none: an index of no words
    const QString checked = commonest.next() ? commonest.value(0).toString() : QStringLiteral("");
    commonest.finish();
    QSqlQuery meta(m_db);
    if (!prepare(meta, kSetMeta))
        return false;
    meta.addBindValue(kCheckedStemKey);
    meta.addBindValue(checked);
    return exec(meta, "writing the checked stem");
}

bool SearchIndex::prepareQueries()
{
    return prepare(m_rowidAt, kRowidAt) && prepare(m_rank, kRank) &&
           prepare(m_details, detailsStatement(m_use)) && prepare(m_section, kSelectSection) &&
           prepare(m_stemSections, kStemSections) &&
           prepare(m_commonestStemsFrom, kCommonestStemsFrom) &&
           prepare(m_anyStemFrom, kAnyStemFrom);
}

// In one transaction: SQLite would otherwise commit, and rebuild FTS5 segments, per row.
bool SearchIndex::insert(const QList<SearchEntry> &entries)
{
    if (!m_db.transaction()) {
        m_error = QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    // The words are counted on another thread while FTS5 takes the sections.
    std::future<QHash<QString, int>> words =
        std::async(std::launch::async, wordSections, std::cref(entries));
    Statement insert(m_fts5->connection(), kInsert);
    Statement section(m_fts5->connection(), kInsertSection);
    if (!insert.isValid() || !section.isValid()) {
        m_error = QStringLiteral("preparing the inserts: %1").arg(sqliteError());
        return false;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (m_cancelled && m_cancelled->load(std::memory_order_relaxed)) {
            m_error = QStringLiteral("cancelled");
            m_db.rollback();
            return false;
        }
        const SearchEntry &entry = entries.at(i);
        insert.bind(1, i + 1);
        insert.bind(2, withoutMarks(entry.document));
        insert.bind(3, withoutMarks(entry.title));
        insert.bind(4, withoutMarks(entry.text));
        section.bind(1, i + 1);
        section.bind(2, entry.path);
        section.bind(3, entry.title);
        section.bind(4, entry.document);
        if (!insert.run() || !section.run()) {
            m_error = QStringLiteral("indexing a section: %1").arg(sqliteError());
            return false;
        }
    }
    if (!insertWords(words.get()))
        return false;
    if (m_db.commit())
        return true;
    m_error = QStringLiteral("cannot commit the index: %1").arg(m_db.lastError().text());
    return false;
}

// Words as written, for corrections a person can read; a plain scan, as tokenizing everything
// again with the stemmer doubled the index's build time. A section counts once per word.
QHash<QString, int> SearchIndex::wordSections(const QList<SearchEntry> &entries)
{
    struct Usage
    {
        int sections = 0;
        qsizetype lastSection = -1;
    };
    struct ViewHash
    {
        size_t operator()(QStringView view) const noexcept { return qHash(view); }
    };
    // Keyed by views, into the sections' own text for a word written in lower case (most) and
    // else into a copy kept in `copies`: a string made for every occurrence and hashed as a
    // QString was most of this scan's time.
    std::unordered_map<QStringView, Usage, ViewHash> usage;
    std::deque<QString> copies;
    QString scratch;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const SearchEntry &entry = entries.at(i);
        for (const QString *text : {&entry.document, &entry.title, &entry.text}) {
            forEachWordOf(*text, scratch, [&](QStringView word, bool inText) {
                auto found = usage.find(word);
                if (found == usage.end()) {
                    if (!inText)
                        word = copies.emplace_back(word.toString());
                    found = usage.emplace(word, Usage{}).first;
                }
                Usage &used = found->second;
                if (std::exchange(used.lastSection, i) != i)
                    ++used.sections;
            });
        }
    }
    QHash<QString, int> sections;
    sections.reserve(qsizetype(usage.size()));
    for (const auto &[word, used] : usage)
        sections.insert(word.toString(), used.sections);
    return sections;
}

// In the words' order, whatever QHash's (seeded per process) is: the table's pages come out
// the same in every build, and its b-tree is appended to.
bool SearchIndex::insertWords(const QHash<QString, int> &words)
{
    QStringList sorted = words.keys();
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QStringView(a).compare(QStringView(b)) < 0;
    });
    Statement insert(m_fts5->connection(), kInsertWord);
    if (!insert.isValid()) {
        m_error = QStringLiteral("preparing to store the words: %1").arg(sqliteError());
        return false;
    }
    for (const QString &word : std::as_const(sorted)) {
        insert.bind(1, word);
        insert.bind(2, words.value(word));
        if (!insert.run()) {
            m_error = QStringLiteral("storing a word: %1").arg(sqliteError());
            return false;
        }
    }
    return true;
}

QString SearchIndex::sqliteError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_fts5->connection()));
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
    QSet<QString> stems;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!isValid() || !query.exec(kSelectStems))
        return stems;
    while (query.next())
        stems.insert(query.value(0).toString());
    return stems;
}

bool SearchIndex::readTables()
{
    if (!readSections())
        return false;
    // FTS5 must find the checked stem (see storeCheckedStem()) in as many sections as the
    // vocabulary says: a cheap sign that its segments are whole and match the vocabulary.
    QSqlQuery meta(m_db);
    meta.setForwardOnly(true);
    meta.prepare(kSelectMeta);
    meta.addBindValue(kCheckedStemKey);
    if (!meta.exec() || !meta.next()) {
        m_error = QStringLiteral("it names no stem to check: %1").arg(meta.lastError().text());
        return false;
    }
    const QString checked = meta.value(0).toString();
    if (checked.isEmpty())
        return true;
    const qint64 expected = sectionsHolding(checked);
    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    count.prepare(kCountMatches);
    count.addBindValue(QStringLiteral("\"%1\"").arg(checked));
    if (!count.exec() || !count.next()) {
        m_error = QStringLiteral("FTS5 cannot read it: %1").arg(count.lastError().text());
        return false;
    }
    if (count.value(0).toLongLong() != expected) {
        m_error = QStringLiteral("FTS5 finds '%1' in %2 sections, its vocabulary says %3")
                      .arg(checked)
                      .arg(count.value(0).toLongLong())
                      .arg(expected);
        return false;
    }
    return true;
}

// The sections' places and titles stay in SQLite, read per hit: loading 10,000 of them at
// every start cost more than the 20 hits a search shows. Hits are found by rowid: 1, 2, 3 ...
// in content order. Only the two ends are read: counting the rows read every page of the
// table (1.6 MB at 10,000 sections, kept resident for as long as the window stays open), to
// find a row missing in the middle of a database that is read-only and keyed to its content;
// as with the checks checkDatabase() leaves out, the searches that would read it fail.
bool SearchIndex::readSections()
{
    QSqlQuery sections(m_db);
    sections.setForwardOnly(true);
    if (!sections.exec(kSectionRange) || !sections.next()) {
        m_error = QStringLiteral("reading the sections: %1").arg(sections.lastError().text());
        return false;
    }
    const qint64 last = sections.value(1).toLongLong();
    if (sections.value(0).toLongLong() != 1 || last > std::numeric_limits<int>::max()) {
        m_error = QStringLiteral("its sections are not numbered 1 to n");
        return false;
    }
    m_size = int(last);
    return true;
}

QList<std::pair<QString, int>> SearchIndex::words() const
{
    QList<std::pair<QString, int>> words;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!isValid() || !query.exec(kSelectWords))
        return words;
    while (query.next())
        words.append({query.value(0).toString(), query.value(1).toInt()});
    return words;
}

Result<QByteArray> SearchIndex::buildDatabase(const QList<SearchEntry> &entries,
                                              const QString &contentVersion)
{
    // FTS5's default hash, and 'optimize' merging its segments: a hash as large as the build
    // (one segment, nothing to merge) built the index faster, but the app then read 11 of the
    // index's 20 MiB at every start at 10,000 sections (2 MiB from the merged index).
    SearchIndex index(nullptr, Use::Typing, QStringLiteral(":memory:"));
    if (index.isValid())
        index.build(entries);
    return index.serialized(contentVersion);
}

Result<QByteArray> SearchIndex::serialized(const QString &contentVersion)
{
    using Written = Result<QByteArray>;
    if (!isValid())
        return Written::failure(m_error);
    QSqlQuery query(m_db);
    query.prepare(kSetMeta);
    query.addBindValue(kContentVersionKey);
    query.addBindValue(contentVersion);
    if (!query.exec())
        return Written::failure(
            QStringLiteral("keying the index: %1").arg(query.lastError().text()));
    // Without the pages optimize and the build's inserts left free. VACUUM copies the database
    // twice; in memory like the database, it leaves no temporary file behind.
    if (!query.exec(QStringLiteral("PRAGMA temp_store = MEMORY")) ||
        !query.exec(QStringLiteral("VACUUM")))
        return Written::failure(
            QStringLiteral("compacting the index: %1").arg(query.lastError().text()));
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(m_fts5->connection(), "main", &size, 0);
    if (!bytes)
        return Written::failure(QStringLiteral("SQLite cannot serialize the index: %1")
                                    .arg(QString::fromUtf8(sqlite3_errmsg(m_fts5->connection()))));
    QByteArray database(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return Written::success(std::move(database));
}

// How many sections hold `stem`. Looked up in the stems table, not held in memory: a real
// vocabulary has tens of thousands of stems, and reading them all at every start cost more
// than every search's few lookups.
qint64 SearchIndex::sectionsHolding(const QString &stem) const
{
    m_stemSections.addBindValue(stem);
    const qint64 held =
        m_stemSections.exec() && m_stemSections.next() ? m_stemSections.value(0).toLongLong() : 0;
    m_stemSections.finish();
    return held;
}

bool SearchIndex::holdsStemStartingWith(const QString &prefix) const
{
    m_anyStemFrom.addBindValue(prefix);
    m_anyStemFrom.addBindValue(prefix);
    const bool held = m_anyStemFrom.exec() && m_anyStemFrom.next();
    m_anyStemFrom.finish();
    return held;
}

QStringList SearchIndex::commonestStemsFrom(const QString &prefix) const
{
    QStringList stems;
    m_commonestStemsFrom.addBindValue(prefix);
    m_commonestStemsFrom.addBindValue(prefix);
    m_commonestStemsFrom.addBindValue(kPrefixStems);
    if (m_commonestStemsFrom.exec()) {
        while (m_commonestStemsFrom.next())
            stems.append(m_commonestStemsFrom.value(0).toString());
    }
    m_commonestStemsFrom.finish();
    return stems;
}

// The plan in the index's terms: each form's words stemmed as the sections were, and a word
// still being typed replaced by the commonest stems it may become (up to kPrefixStems from its
// stem and as many from its letters), each its own form. FTS5 merges their doclists as the
// ranking reads them; a prefix query would merge every doclist of the prefix before the first
// row, for every statement that matches it (a letter typed into 10,000 sections: 185 ms),
// unless prefix indexes had made them at build time, which took half of the index's build. A
// prefix no stem starts with stays a prefix: it matches nothing, at the cost of one look into
// the index's vocabulary.
QueryPlan SearchIndex::resolved(const QueryPlan &plan) const
{
    QueryPlan terms = plan;
    for (QueryPlan::Concept &concept : terms.concepts) {
        QList<QueryPlan::Form> forms;
        for (const QueryPlan::Form &form : std::as_const(concept.forms)) {
            const QList<Fts5Api::Token> tokens = m_fts5->tokens(form.words.join(QLatin1Char(' ')));
            QStringList stems;
            for (const Fts5Api::Token &token : tokens)
                stems.append(token.stem);
            const QList<Fts5Api::Token> typed = form.prefix && !form.words.isEmpty()
                                                    ? m_fts5->foldedTokens(form.words.last())
                                                    : QList<Fts5Api::Token>();
            if (typed.isEmpty() || stems.isEmpty()) {
                forms.append({form.words, form.weight, false, stems});
                continue;
            }
            // The letters typed may be the start of a word, which the stemmer would cut wrongly
            // ("encry" to "encri"), or a whole word, whose stem need not start with them
            // ("keys" is "kei"): the stems starting with either.
            const QString prefix = typed.constLast().stem;
            const QString stemmed = stems.takeLast();
            QStringList completions = commonestStemsFrom(stemmed);
            if (stemmed != prefix) {
                for (const QString &completion : commonestStemsFrom(prefix)) {
                    if (!completions.contains(completion))
                        completions.append(completion);
                }
            }
            if (completions.isEmpty())
                forms.append({form.words, form.weight, true, stems + QStringList{prefix}});
            for (const QString &completion : completions)
                forms.append({form.words, form.weight, false, stems + QStringList{completion}});
        }
        concept.forms = forms;
    }
    return terms;
}

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

// Per phrase of the resolved plan: how many sections hold it, at most; a phrase is as rare as
// its rarest stem (the index keeps no counts of stem sequences, and reading the phrase's
// doclists to count them cost more than the ranking itself). A prefix left a prefix is held
// by none.
QList<qint64> SearchIndex::phraseSections(const QueryPlan &plan) const
{
    QList<qint64> counts;
    for (const QueryPlan::Concept &concept : plan.concepts) {
        for (const QueryPlan::Form &form : concept.forms) {
            qint64 rarest =
                form.terms.isEmpty() || form.prefix ? 0 : std::numeric_limits<qint64>::max();
            for (qsizetype t = 0; t < form.terms.size() && rarest > 0; ++t)
                rarest = std::min(rarest, sectionsHolding(form.terms.at(t)));
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
    plan = resolved(plan);
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
        m_section.addBindValue(rowid);
        if (!run(m_details) || !m_details.next() || !run(m_section) || !m_section.next())
            return {};
        SearchHit hit{
            m_section.value(0).toString(),
            m_section.value(1).toString(),
            m_section.value(2).toString(),
            score,
            m_details.value(2).toString(),
            plan.matchedWords(phraseNumbers(m_details.value(1).toString(), restrictingPhrases)),
            m_details.value(0).toDouble()};
        m_details.finish();
        m_section.finish();
        hits.append(hit);
    }
    return hits;
}
