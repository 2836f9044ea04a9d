// The search index the generator builds with the content and the app opens in place: it
// answers exactly as an index built at run time does, it is read from the binary's own bytes,
// and one that is damaged or made for other content is refused with the reason.
#include "contentbundle.h"
#include "filetestsupport.h"
#include "searchcorpus.h"
#include "searchengine.h"
#include "searchindex.h"

#include <QFile>
#include <QResource>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

#include <sqlite3.h>

namespace {

using Damage = std::function<QByteArray(QByteArray)>;

// What a user sees of a hit: place, order, score, words and snippet.
QStringList described(const SearchResults &results)
{
    QStringList lines{results.correctedText};
    for (const SearchHit &hit : results.hits)
        lines.append(QStringLiteral("%1 %2 %3 [%4] %5")
                         .arg(hit.path, QString::number(hit.score, 'g', 17),
                              QString::number(hit.coverage, 'g', 17),
                              hit.matchedWords.join(QLatin1Char(' ')), hit.snippet));
    return lines;
}

// The database with `sql` run on it, through SQLite as a writer would have changed it; empty
// if SQLite refused.
QByteArray edited(const QByteArray &database, const char *sql)
{
    sqlite3 *db = nullptr;
    QByteArray result;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        const auto size = static_cast<sqlite3_int64>(database.size());
        auto *bytes =
            static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size)));
        std::copy(database.cbegin(), database.cend(), bytes);
        sqlite3_int64 length = 0;
        unsigned char *out = nullptr;
        if (sqlite3_deserialize(db, "main", bytes, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) ==
                SQLITE_OK &&
            sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK &&
            (out = sqlite3_serialize(db, "main", &length, 0)) != nullptr)
            result =
                QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
        sqlite3_free(out);
    }
    sqlite3_close(db);
    return result;
}

} // namespace

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void open_builtIn_answersAsAFreshlyBuiltIndex_data();
    void open_builtIn_answersAsAFreshlyBuiltIndex();
    void open_builtIn_readsTheBinarysBytesInPlace();
    void open_builtIn_holdsAFreshIndexsWordsAndStems();
    void open_damagedOrMismatched_isRefusedWithReason_data();
    void open_damagedOrMismatched_isRefusedWithReason();
    void buildDatabase_isKeyedByContentVersion();
    void open_commonestWordStemmedTwice_isAcceptedInEveryRun_data();
    void open_commonestWordStemmedTwice_isAcceptedInEveryRun();

private:
    QString builtInIndex() const { return m_bundle->searchIndexPath(); }
    QString version() const { return m_bundle->catalog().contentVersion(); }
    // `entries` built as the generator builds them, written to `name` in the test folder: its
    // path, or why not.
    Result<QString> writtenDatabase(const QList<SearchEntry> &entries,
                                    const QString &contentVersion, const QString &name) const;

    std::optional<ContentBundle> m_bundle;
    QList<SearchEntry> m_entries;
    QByteArray m_database; // the built-in index's bytes
    QTemporaryDir m_dir;
};

void TestSearchIndex::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    const auto entries = SearchCorpus::load(*m_bundle);
    QVERIFY2(entries, qPrintable(entries.error()));
    m_entries = *entries;
    QFile file(builtInIndex());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_database = file.readAll();
    QVERIFY(m_dir.isValid());
}

void TestSearchIndex::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestSearchIndex::open_builtIn_answersAsAFreshlyBuiltIndex_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QueryAnalyzer::Mode>("mode");
    QTest::addColumn<SearchIndex::Use>("use");

    const auto typed = QueryAnalyzer::Mode::AsYouType;
    const auto asked = QueryAnalyzer::Mode::Question;
    const auto typing = SearchIndex::Use::Typing;
    const auto questions = SearchIndex::Use::Questions;
    const auto row = [](const char *query, QueryAnalyzer::Mode mode, SearchIndex::Use use) {
        QTest::addRow("%s (%s)", query, use == SearchIndex::Use::Typing ? "typing" : "questions")
            << QString::fromUtf8(query) << mode << use;
    };
    row("gdpr", typed, typing);
    row("gdp", typed, typing);
    row("g", typed, typing);
    row("vulnerab", typed, typing);
    row("encryption at rest", typed, typing);
    row("\"at rest\"", typed, typing);
    row("soc2", typed, typing);
    row("pci-dss", typed, typing);
    row("encrption at rest", typed, typing);
    row("mfa", typed, typing);
    row("residence donnees", typed, typing);
    row("Do you encrypt data at rest?", asked, typing);
    row("Do you encrypt data at rest?", asked, questions);
    row("Is the service SOC 2 or ISO 27001 compliant?", asked, questions);
    row("Please describe how workspaces are isolated from each other.", asked, questions);
    row("Are you FedRAMP authorized?", asked, questions);
    row("How do I report a vulnerabilty?", asked, questions);
}

void TestSearchIndex::open_builtIn_answersAsAFreshlyBuiltIndex()
{
    QFETCH(QString, query);
    QFETCH(QueryAnalyzer::Mode, mode);
    QFETCH(SearchIndex::Use, use);
    std::unique_ptr<SearchIndex> opened = SearchIndex::open(builtInIndex(), version(), use);
    QVERIFY2(opened->isValid(), qPrintable(opened->errorString()));
    SearchEngine prebuilt(std::move(opened));
    SearchEngine built(m_entries, nullptr, SearchEngine::defaultVocabulary(), use);
    QVERIFY2(built.isValid(), qPrintable(built.errorString()));

    const SearchResults fromPrebuilt = prebuilt.search(query, mode);
    const SearchResults fromBuilt = built.search(query, mode);

    QCOMPARE(prebuilt.size(), m_bundle->catalog().sectionCount());
    QVERIFY(!fromBuilt.hits.isEmpty() || query.contains(QLatin1String("FedRAMP")));
    QCOMPARE(described(fromPrebuilt), described(fromBuilt));
    QCOMPARE(fromPrebuilt.unmatchedShare, fromBuilt.unmatchedShare);
}

// SQLite reads the database from the binary's read-only data: the very bytes of the
// resource, not a copy of them.
void TestSearchIndex::open_builtIn_readsTheBinarysBytesInPlace()
{
    const QResource resource(builtInIndex());
    QVERIFY(resource.isValid());
    QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
    const std::unique_ptr<SearchIndex> index = SearchIndex::open(builtInIndex(), version());
    QVERIFY2(index->isValid(), qPrintable(index->errorString()));

    sqlite3_int64 size = 0;
    const unsigned char *used =
        sqlite3_serialize(index->tokenizer().connection(), "main", &size, SQLITE_SERIALIZE_NOCOPY);

    QCOMPARE(static_cast<const void *>(used), static_cast<const void *>(resource.data()));
    QCOMPARE(size, resource.size());
}

void TestSearchIndex::open_damagedOrMismatched_isRefusedWithReason_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("contentVersion"); // empty: the bundle's
    QTest::addColumn<QString>("reason");         // a regular expression

    const auto keep = [](QByteArray bytes) { return bytes; };
    QTest::newRow("other content")
        << Damage(keep) << QStringLiteral("0123abcd")
        << QStringLiteral("^it was built for content version [0-9a-f]{64}"
                          ", the content is 0123abcd$");
    QTest::newRow("other schema") << Damage([](QByteArray bytes) {
        bytes[63] = char(SearchIndex::kSchemaVersion + 1); // PRAGMA user_version, big-endian
        return bytes;
    }) << QString()
                                  << QStringLiteral(
                                         "^its tables are of schema %1, this build reads "
                                         "schema %2$")
                                         .arg(SearchIndex::kSchemaVersion + 1)
                                         .arg(SearchIndex::kSchemaVersion);
    QTest::newRow("not a database")
        << Damage([](const QByteArray &bytes) { return QByteArray(bytes.size(), 'x'); })
        << QString() << QStringLiteral("not a database");
    QTest::newRow("empty") << Damage([](const QByteArray &) { return QByteArray(); }) << QString()
                           << QStringLiteral("^empty$");
    QTest::newRow("cut short") << Damage([](const QByteArray &bytes) {
        return bytes.left(bytes.size() / 2);
    }) << QString() << QStringLiteral("damaged|malformed");
    // Hits are found by rowid from 1 on: sections numbered otherwise would show the wrong ones.
    QTest::newRow("sections renumbered") << Damage([](const QByteArray &bytes) {
        return edited(bytes, "UPDATE sections SET rowid = rowid + 1000000");
    }) << QString() << QStringLiteral("^its sections are not numbered 1 to n$");
    // The vocabulary and FTS5's segments disagree: the counts rarity is judged by are wrong.
    QTest::newRow("vocabulary miscounted")
        << Damage([](const QByteArray &bytes) {
               return edited(bytes, "UPDATE stems SET sections = sections + 1");
           })
        << QString()
        << QStringLiteral("^FTS5 finds '[a-z]+' in [0-9]+ sections, its vocabulary says [0-9]+$");
    QTest::newRow("no stem to check") << Damage([](const QByteArray &bytes) {
        return edited(bytes, "DELETE FROM meta WHERE key = 'checked_stem'");
    }) << QString() << QStringLiteral("^it names no stem to check");
    // Every page past the first two zeroed: the tables' b-trees are gone.
    QTest::newRow("pages zeroed") << Damage([](QByteArray bytes) {
        constexpr qsizetype kPage = 4096;
        for (qsizetype i = 2 * kPage; i < bytes.size(); ++i)
            bytes[i] = 0;
        return bytes;
    }) << QString() << QStringLiteral("damaged|malformed");
}

void TestSearchIndex::open_damagedOrMismatched_isRefusedWithReason()
{
    QFETCH(Damage, damage);
    QFETCH(QString, contentVersion);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(damage(m_database));
    file.close();

    const std::unique_ptr<SearchIndex> index =
        SearchIndex::open(path, contentVersion.isEmpty() ? version() : contentVersion);

    QVERIFY(!index->isValid());
    QVERIFY2(index->errorString().contains(QRegularExpression(reason)),
             qPrintable(index->errorString()));
}

Result<QString> TestSearchIndex::writtenDatabase(const QList<SearchEntry> &entries,
                                                 const QString &contentVersion,
                                                 const QString &name) const
{
    const Result<QByteArray> database = SearchIndex::buildDatabase(entries, contentVersion);
    if (!database)
        return Result<QString>::failure(database.error());
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, *database))
        return Result<QString>::failure(QStringLiteral("cannot write %1").arg(path));
    return Result<QString>::success(path);
}

// The generator's database is built its own way (one FTS5 segment, its words counted beside
// the inserts and stored in order, no VACUUM); what the corrections and the ranking read from
// it must be what the app's own build holds.
void TestSearchIndex::open_builtIn_holdsAFreshIndexsWordsAndStems()
{
    std::unique_ptr<SearchIndex> opened = SearchIndex::open(builtInIndex(), version());
    QVERIFY2(opened->isValid(), qPrintable(opened->errorString()));
    const SearchIndex built(m_entries);
    QVERIFY2(built.isValid(), qPrintable(built.errorString()));

    QList<std::pair<QString, int>> openedWords = opened->words();
    QList<std::pair<QString, int>> builtWords = built.words();
    std::sort(openedWords.begin(), openedWords.end());
    std::sort(builtWords.begin(), builtWords.end());
    QVERIFY(!builtWords.isEmpty());
    QCOMPARE(openedWords, builtWords);
    QCOMPARE(opened->stems(), built.stems());
    QCOMPARE(opened->size(), built.size());
}

void TestSearchIndex::buildDatabase_isKeyedByContentVersion()
{
    const Result<QString> path =
        writtenDatabase(m_entries, QStringLiteral("version-a"), QStringLiteral("keyed.sqlite"));
    QVERIFY2(path, qPrintable(path.error()));

    const std::unique_ptr<SearchIndex> same = SearchIndex::open(*path, QStringLiteral("version-a"));
    const std::unique_ptr<SearchIndex> other =
        SearchIndex::open(*path, QStringLiteral("version-b"));

    QVERIFY2(same->isValid(), qPrintable(same->errorString()));
    QCOMPARE(same->size(), m_entries.size());
    QVERIFY(!other->isValid());
    QCOMPARE(other->errorString(),
             QStringLiteral("it was built for content version version-a, the content is "
                            "version-b"));
}

void TestSearchIndex::open_commonestWordStemmedTwice_isAcceptedInEveryRun_data()
{
    // In every section, every other word in a few: the one commonest stem.
    QTest::addColumn<QString>("commonest");
    QTest::newRow("response: porter stems its stem respons again") << QStringLiteral("response");
    QTest::newRow("processes: a stem porter keeps") << QStringLiteral("processes");
    QTest::newRow("data: a stem that stays") << QStringLiteral("data");
}

// A good index was once refused at random ("FTS5 finds 'respons' in 0 sections, its
// vocabulary says 40"): the start-up check queried the commonest stem, which the query's own
// stemming turned into another word; which stem was commonest among equals depended on the
// run's hash seed.
void TestSearchIndex::open_commonestWordStemmedTwice_isAcceptedInEveryRun()
{
    QFETCH(QString, commonest);
    QList<SearchEntry> entries;
    const QStringList others{QStringLiteral("keys"),    QStringLiteral("backups"),
                             QStringLiteral("vendors"), QStringLiteral("audits"),
                             QStringLiteral("logging"), QStringLiteral("retention")};
    for (int i = 0; i < 12; ++i)
        entries.append({QStringLiteral("d%1/q").arg(i), QStringLiteral("Q%1?").arg(i),
                        QStringLiteral("D%1").arg(i),
                        commonest + QLatin1Char(' ') + others.at(i % others.size())});
    const Result<QString> path =
        writtenDatabase(entries, QStringLiteral("v"), QStringLiteral("commonest.sqlite"));
    QVERIFY2(path, qPrintable(path.error()));
    const std::unique_ptr<SearchIndex> index = SearchIndex::open(*path, QStringLiteral("v"));
    QVERIFY2(index->isValid(), qPrintable(index->errorString()));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
