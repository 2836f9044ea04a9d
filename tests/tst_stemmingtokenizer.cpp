// StemmingTokenizer: the index's FTS5 tokenizer stems the sections' text and reads a query's
// terms as written (folded only), so that a query written in stems finds what it names.
#include "fts5api.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

class TestStemmingTokenizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void match_queryTermsAreReadAsWritten_data();
    void match_queryTermsAreReadAsWritten();
    void tokens_stemTextAndFoldQueries_data();
    void tokens_stemTextAndFoldQueries();

private:
    QSqlDatabase m_db;
    std::unique_ptr<Fts5Api> m_fts5;
};

// A connection of its own per test, with the tokenizer registered on it.
void TestStemmingTokenizer::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tokenizer"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    m_fts5 = std::make_unique<Fts5Api>(m_db);
    QVERIFY2(m_fts5->isValid(), qPrintable(m_fts5->errorString()));
}

void TestStemmingTokenizer::cleanup()
{
    m_fts5.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tokenizer"));
}

void TestStemmingTokenizer::match_queryTermsAreReadAsWritten_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("match");
    QTest::addColumn<bool>("found");

    // Porter is no fixed point: stemming the stem again gives another word no section holds.
    QTest::newRow("a stem porter would change again")
        << QStringLiteral("Accidental deletion") << QStringLiteral("\"accident\"") << true;
    QTest::newRow("a word being typed, ending in y")
        << QStringLiteral("Encryption at rest") << QStringLiteral("\"encry\"*") << true;
    QTest::newRow("accents folded in the query")
        << QStringLiteral("Résumé of controls") << QStringLiteral("\"résum\"") << true;
    QTest::newRow("two stems next to each other")
        << QStringLiteral("Keys are rotated yearly") << QStringLiteral("\"kei ar rotat\"") << true;
    QTest::newRow("a query term is not stemmed")
        << QStringLiteral("Encrypted backups") << QStringLiteral("\"encrypted\"") << false;
}

void TestStemmingTokenizer::match_queryTermsAreReadAsWritten()
{
    QFETCH(QString, section);
    QFETCH(QString, match);
    QFETCH(bool, found);

    QSqlQuery query(m_db);
    QVERIFY2(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = '%1')")
                            .arg(QLatin1String(Fts5Api::kTokenizerSpec))),
             qPrintable(query.lastError().text()));
    query.prepare(QStringLiteral("INSERT INTO t(text) VALUES (?)"));
    query.addBindValue(section);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    query.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
    query.addBindValue(match);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).toInt() == 1, found);
}

void TestStemmingTokenizer::tokens_stemTextAndFoldQueries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("stems");
    QTest::addColumn<QStringList>("folded");

    QTest::newRow("inflections") << QStringLiteral("Encrypted keys")
                                 << QStringList{QStringLiteral("encrypt"), QStringLiteral("kei")}
                                 << QStringList{QStringLiteral("encrypted"),
                                                QStringLiteral("keys")};
    QTest::newRow("accents") << QStringLiteral("Données") << QStringList{QStringLiteral("donne")}
                             << QStringList{QStringLiteral("donnees")};
}

void TestStemmingTokenizer::tokens_stemTextAndFoldQueries()
{
    QFETCH(QString, text);
    QFETCH(QStringList, stems);
    QFETCH(QStringList, folded);

    QStringList stemmed;
    for (const Fts5Api::Token &token : m_fts5->tokens(text))
        stemmed.append(token.stem);
    QStringList asQuery;
    for (const Fts5Api::Token &token : m_fts5->foldedTokens(text))
        asQuery.append(token.stem);
    QCOMPARE(stemmed, stems);
    QCOMPARE(asQuery, folded);
}

QTEST_GUILESS_MAIN(TestStemmingTokenizer)
#include "tst_stemmingtokenizer.moc"
