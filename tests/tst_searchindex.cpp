// Search over the tests' compiled-in content and over small fixtures that isolate one
// behaviour.
#include "bundletestsupport.h"
#include "fixturecontent.h"
#include "searchcorpus.h"
#include "searchindex.h"
#include "searchquery.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

SearchEntry entry(const QString &path, const QString &title, const QString &text)
{
    return {path, title, QStringLiteral("Fixture"), text};
}

QStringList pathsOf(const QList<SearchHit> &hits)
{
    QStringList paths;
    for (const SearchHit &hit : hits)
        paths.append(hit.path);
    return paths;
}

QStringList search(SearchIndex &index, const QString &text)
{
    return pathsOf(index.search(SearchQuery(text)));
}

} // namespace

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void build_realContent_indexesEverySection();
    void search_realContent_findsExpectedSectionFirst_data();
    void search_realContent_findsExpectedSectionFirst();
    void search_hostileInput_neverFails_data();
    void search_hostileInput_neverFails();
    void search_emptyQuery_findsNothing();
    void search_stemming_findsOtherFormsOfWord();
    void search_diacritics_areIgnoredBothWays();
    void search_phrase_needsWordsInOrder();
    void search_lastWord_matchesAsPrefix();
    void search_question_outranksAnswer();
    void search_results_areBestFirstAndScoredAboveZero();
    void search_snippet_marksMatchedWords();
    void search_limit_capsResults();
    void search_unspecificQueryOnLargeCorpus_stillFindsMatchingQuestion();
    void load_missingFile_saysWhich();
    void load_stopped_givesNothingAndNoError();
    void fromJson_notAnArray_fails();

private:
    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<SearchIndex> m_faq;
};

void TestSearchIndex::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    QString error;
    const auto entries = SearchCorpus::load(*m_bundle, &error);
    QVERIFY2(entries, qPrintable(error));
    m_faq = std::make_unique<SearchIndex>(*entries);
    QVERIFY2(m_faq->isValid(), qPrintable(m_faq->errorString()));
}

void TestSearchIndex::build_realContent_indexesEverySection()
{
    QCOMPARE(m_faq->size(), m_bundle->catalog().sectionCount());
}

void TestSearchIndex::search_realContent_findsExpectedSectionFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("first");

    using namespace FixtureContent;
    const auto row = [](const char *name, const char *query, const QString &first) {
        QTest::newRow(name) << QString::fromUtf8(query) << first;
    };
    row("word in question", "gdpr", kGdpr);
    row("upper case", "GDPR", kGdpr);
    row("prefix while typing", "gdp", kGdpr);
    row("words in answer", "encryption at rest", kSecrets);
    row("stemmed", "encrypting", kSecrets);
    row("phrase", "\"at rest\"", kSecrets);
    row("number as prefix", "soc 2", kSoc);
    row("hyphenated", "pci-dss", kHipaa);
    row("question beats answer", "kubernetes", kKubernetes);
    row("two words", "report vulnerability", kVulnerability);
    row("hostile around a word", "soc\"2 OR (", kSoc);
    row("operator as word", "gdpr AND", kGdpr);
    row("accents ignored", "residence donnees", kUnicode);
}

void TestSearchIndex::search_realContent_findsExpectedSectionFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, first);

    const QStringList paths = search(*m_faq, query);

    QVERIFY2(!paths.isEmpty(), qPrintable(m_faq->queryError()));
    QCOMPARE(paths.first(), first);
}

void TestSearchIndex::search_hostileInput_neverFails_data()
{
    QTest::addColumn<QString>("query");

    const QStringList hostile = {
        QStringLiteral("\""),
        QStringLiteral("\"\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("*"),
        QStringLiteral("gdpr*"),
        QStringLiteral("-gdpr"),
        QStringLiteral("gdpr -soc"),
        QStringLiteral("question:gdpr"),
        QStringLiteral("{question}: gdpr"),
        QStringLiteral("NEAR(gdpr soc, 2)"),
        QStringLiteral("NEAR"),
        QStringLiteral("AND"),
        QStringLiteral("OR OR OR"),
        QStringLiteral("NOT gdpr"),
        QStringLiteral("(((("),
        QStringLiteral("))"),
        QStringLiteral("^gdpr"),
        QStringLiteral("gdpr + soc"),
        QStringLiteral("'; DROP TABLE search; --"),
        QStringLiteral("\" OR 1=1 --"),
        QStringLiteral("rank MATCH 'x'"),
        QStringLiteral("🔐"),
        QStringLiteral("🔐 gdpr 🚀"),
        QStringLiteral("سياسة الخصوصية"),
        QStringLiteral("\u202egdpr\u202c"),
        QStringLiteral("\u0002gdpr\u0003"),
        QString(QChar(0xdc00)),
        QStringLiteral("gdpr ").repeated(5000),
        QStringLiteral("a").repeated(100000),
    };
    for (const QString &query : hostile)
        QTest::newRow(qPrintable(query.left(30))) << query;
}

void TestSearchIndex::search_hostileInput_neverFails()
{
    QFETCH(QString, query);

    m_faq->search(SearchQuery(query));

    QCOMPARE(m_faq->queryError(), QString());
}

void TestSearchIndex::search_emptyQuery_findsNothing()
{
    QCOMPARE(search(*m_faq, QString()), QStringList());
    QCOMPARE(search(*m_faq, QStringLiteral("  \"* ")), QStringList());
}

void TestSearchIndex::search_stemming_findsOtherFormsOfWord()
{
    SearchIndex index({entry(QStringLiteral("d/a"), QStringLiteral("Storage"),
                             QStringLiteral("Everything is encrypted."))});

    QCOMPARE(search(index, QStringLiteral("encryption ")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("encrypts ")), QStringList{QStringLiteral("d/a")});
}

void TestSearchIndex::search_diacritics_areIgnoredBothWays()
{
    SearchIndex index({entry(QStringLiteral("d/a"), QStringLiteral("Société Générale"), {}),
                       entry(QStringLiteral("d/b"), QStringLiteral("Plain naive"), {})});

    QCOMPARE(search(index, QStringLiteral("societe ")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("GÉNÉRALE ")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("naïve ")), QStringList{QStringLiteral("d/b")});
}

void TestSearchIndex::search_phrase_needsWordsInOrder()
{
    SearchIndex index({entry(QStringLiteral("d/a"), {}, QStringLiteral("data at rest")),
                       entry(QStringLiteral("d/b"), {}, QStringLiteral("rest at data"))});

    QCOMPARE(search(index, QStringLiteral("\"data at rest\"")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("data at rest ")).size(), 2);
}

void TestSearchIndex::search_lastWord_matchesAsPrefix()
{
    SearchIndex index({entry(QStringLiteral("d/a"), QStringLiteral("Kubernetes cluster"), {})});

    QCOMPARE(search(index, QStringLiteral("kub")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("kub ")), QStringList());
    QCOMPARE(search(index, QStringLiteral("kubernetes cl")), QStringList{QStringLiteral("d/a")});
}

void TestSearchIndex::search_question_outranksAnswer()
{
    SearchIndex index(
        {entry(QStringLiteral("d/answer"), QStringLiteral("Other"), QStringLiteral("Audit logs")),
         entry(QStringLiteral("d/question"), QStringLiteral("Audit"), QStringLiteral("Logs"))});

    QCOMPARE(search(index, QStringLiteral("audit")).value(0), QStringLiteral("d/question"));
}

void TestSearchIndex::search_results_areBestFirstAndScoredAboveZero()
{
    const QList<SearchHit> hits = m_faq->search(SearchQuery(QStringLiteral("lanternfish")));

    QVERIFY(hits.size() > 1);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QVERIFY(hits.at(i).score > 0);
        if (i > 0)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
    }
}

void TestSearchIndex::search_snippet_marksMatchedWords()
{
    const QList<SearchHit> hits = m_faq->search(SearchQuery(QStringLiteral("encryption")));

    QVERIFY(!hits.isEmpty());
    const SearchHit &hit = hits.first();
    QVERIFY2(hit.htmlSnippet().contains(QLatin1String("<b>encrypted</b>")),
             qPrintable(hit.htmlSnippet()));
    QVERIFY2(hit.plainSnippet().contains(QLatin1String("encrypted at rest")),
             qPrintable(hit.plainSnippet()));
    QCOMPARE(hit.title, QStringLiteral("Are my data and secrets protected?"));
    QCOMPARE(hit.document, FixtureContent::kHandbookTitle);
}

void TestSearchIndex::search_limit_capsResults()
{
    QCOMPARE(m_faq->search(SearchQuery(QStringLiteral("lanternfish")), 3).size(), 3);
}

// 1,500 sections mention "gamma" in the answer; only one asks about it. A one-letter query
// ranks a bounded set, but must not lose that question.
void TestSearchIndex::search_unspecificQueryOnLargeCorpus_stillFindsMatchingQuestion()
{
    QList<SearchEntry> entries;
    for (int i = 0; i < 1500; ++i)
        entries.append(entry(QStringLiteral("d/%1").arg(i), QStringLiteral("Entry %1").arg(i),
                             QStringLiteral("gamma delta")));
    entries[1400].title = QStringLiteral("Gamma rays");
    SearchIndex index(entries);

    QCOMPARE(search(index, QStringLiteral("g")).value(0), QStringLiteral("d/1400"));
    QCOMPARE(search(index, QStringLiteral("d")).size(), SearchIndex::kDefaultLimit);
}

void TestSearchIndex::load_missingFile_saysWhich()
{
    const QTemporaryDir dir;
    const Result<ContentBundle> bundle = BundleTest::builtInCopy(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const QString missing = bundle->searchTextPath(bundle->catalog().document(0).id);
    QVERIFY(QFile::remove(missing));
    QString error;

    const auto entries = SearchCorpus::load(*bundle, &error);

    QVERIFY(!entries);
    QVERIFY2(error.startsWith(missing + QLatin1String(": ")), qPrintable(error));
}

// A window closed while its index is being built must not wait for the rest of the text.
void TestSearchIndex::load_stopped_givesNothingAndNoError()
{
    QString error;
    const std::atomic_bool stop{true};
    const auto entries = SearchCorpus::load(*m_bundle, &error, &stop);

    QVERIFY(!entries);
    QCOMPARE(error, QString());
}

void TestSearchIndex::fromJson_notAnArray_fails()
{
    QString error;

    QVERIFY(!SearchCorpus::fromJson("{}", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SearchCorpus::fromJson("[{\"path\": 1}]", &error));
    QCOMPARE(error, QStringLiteral("section 0 lacks path, title, document or text"));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
