// Search over the tests' compiled-in content and over small fixtures that isolate one
// behaviour.
#include "bundletestsupport.h"
#include "compliancevocabulary.h"
#include "fixturecontent.h"
#include "searchcorpus.h"
#include "searchengine.h"

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

QStringList search(SearchEngine &engine, const QString &text,
                   QueryAnalyzer::Mode mode = QueryAnalyzer::Mode::AsYouType)
{
    return pathsOf(engine.search(text, mode).hits);
}

// A small vocabulary of the tests' own, so these tests say what the engine does with any
// vocabulary, not what the shipped one holds.
const ComplianceVocabulary &testVocabulary()
{
    static const ComplianceVocabulary vocabulary = [] {
        auto parsed = ComplianceVocabulary::parse(
            QStringLiteral("multi-factor authentication = mfa\nsoc 2 = soc2\n"
                           "data at rest = stored data\n"),
            QStringLiteral("breach ~ incident\n"),
            QStringLiteral("do\nyou\nthe\nhow\nis\nat\nplease\ndescribe\n"));
        Q_ASSERT(parsed);
        return std::move(*parsed);
    }();
    return vocabulary;
}

} // namespace

class TestSearchEngine final : public QObject
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
    void search_wordBeingTyped_findsItsCommonestCompletions_data();
    void search_wordBeingTyped_findsItsCommonestCompletions();
    void search_question_outranksAnswer();
    void search_results_areBestFirstAndScoredAboveZero();
    void search_snippet_marksMatchedWords();
    void search_limit_capsResults();
    void search_unspecificQueryOnLargeCorpus_stillFindsMatchingQuestion();
    void search_sentence_dropsFunctionWordsAndRanksByCoverage();
    void search_vocabulary_findsEquivalentsAndRelatedBelow_data();
    void search_vocabulary_findsEquivalentsAndRelatedBelow();
    void search_letterDigitForms_splitAndJoin_data();
    void search_letterDigitForms_splitAndJoin();
    void search_misspelling_isCorrectedAndSaysSo();
    void search_prefixBeingTyped_isNotCorrected();
    void search_wordBeingTyped_isCorrectedWhenNothingStartsWithIt_data();
    void search_wordBeingTyped_isCorrectedWhenNothingStartsWithIt();
    void search_correctsMisspellingsOnly_data();
    void search_correctsMisspellingsOnly();
    void search_hits_sayWhichWordsMatched();
    void search_wordOfATerm_isAllThatMatched();
    void search_questionOnLargeCorpus_leavesOutWordsMostSectionsHold();
    void search_questionOnLargeCorpus_ranksSectionsHoldingRareWords();
    void search_equalScores_keepContentOrder();
    void search_onlyFunctionWords_stillFindsThem();
    void load_missingFile_saysWhich();
    void load_stopped_givesNothingAndSaysStopped();
    void fromJson_notAnArray_fails();

private:
    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<SearchEngine> m_faq;
};

void TestSearchEngine::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    const auto entries = SearchCorpus::load(*m_bundle);
    QVERIFY2(entries, qPrintable(entries.error()));
    m_faq = std::make_unique<SearchEngine>(*entries);
    QVERIFY2(m_faq->isValid(), qPrintable(m_faq->errorString()));
}

void TestSearchEngine::build_realContent_indexesEverySection()
{
    QCOMPARE(m_faq->size(), m_bundle->catalog().sectionCount());
}

void TestSearchEngine::search_realContent_findsExpectedSectionFirst_data()
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
    // Prefixes the stemmer would change ("encry" to "encri", "kuberne" to "kubern"):
    row("prefix ending in y", "encry", kSecrets);
    row("prefix ending in a suffix", "vulnerabi", kVulnerability);
    row("prefix ending in e", "kuberne", kKubernetes);
    row("prefix with an accent, being typed", "donné", kUnicode);
    row("prefix in another script, being typed", "日本", kUnicode);
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

void TestSearchEngine::search_realContent_findsExpectedSectionFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, first);

    const QStringList paths = search(*m_faq, query);

    QVERIFY2(!paths.isEmpty(), qPrintable(m_faq->queryError()));
    QCOMPARE(paths.first(), first);
}

void TestSearchEngine::search_hostileInput_neverFails_data()
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

void TestSearchEngine::search_hostileInput_neverFails()
{
    QFETCH(QString, query);

    (void)m_faq->search(query);

    QCOMPARE(m_faq->queryError(), QString());
}

void TestSearchEngine::search_emptyQuery_findsNothing()
{
    QCOMPARE(search(*m_faq, QString()), QStringList());
    QCOMPARE(search(*m_faq, QStringLiteral("  \"* ")), QStringList());
}

void TestSearchEngine::search_stemming_findsOtherFormsOfWord()
{
    SearchEngine index({entry(QStringLiteral("d/a"), QStringLiteral("Storage"),
                              QStringLiteral("Everything is encrypted."))});

    QCOMPARE(search(index, QStringLiteral("encryption ")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("encrypts ")), QStringList{QStringLiteral("d/a")});
}

void TestSearchEngine::search_diacritics_areIgnoredBothWays()
{
    SearchEngine index({entry(QStringLiteral("d/a"), QStringLiteral("Société Générale"), {}),
                        entry(QStringLiteral("d/b"), QStringLiteral("Plain naive"), {})});

    QCOMPARE(search(index, QStringLiteral("societe ")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("GÉNÉRALE ")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("naïve ")), QStringList{QStringLiteral("d/b")});
}

void TestSearchEngine::search_phrase_needsWordsInOrder()
{
    SearchEngine index({entry(QStringLiteral("d/a"), {}, QStringLiteral("data at rest")),
                        entry(QStringLiteral("d/b"), {}, QStringLiteral("rest at data"))});

    QCOMPARE(search(index, QStringLiteral("\"data at rest\"")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("data at rest ")).size(), 2);
}

void TestSearchEngine::search_lastWord_matchesAsPrefix()
{
    SearchEngine index({entry(QStringLiteral("d/a"), QStringLiteral("Kubernetes cluster"), {})});

    QCOMPARE(search(index, QStringLiteral("kub")), QStringList{QStringLiteral("d/a")});
    QCOMPARE(search(index, QStringLiteral("kub ")), QStringList());
    QCOMPARE(search(index, QStringLiteral("kubernetes cl")), QStringList{QStringLiteral("d/a")});
}

void TestSearchEngine::search_wordBeingTyped_findsItsCommonestCompletions_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("found");

    QTest::newRow("the commonest of many completions")
        << QStringLiteral("zeta") << QStringLiteral("d/common-1");
    QTest::newRow("a completion of its own") << QStringLiteral("zetab") << QStringLiteral("d/bc");
    // A whole word still being typed, whose stem does not start with it ("keys" is "kei"):
    QTest::newRow("a whole word, stemmed apart")
        << QStringLiteral("keys") << QStringLiteral("d/keys");
    QTest::newRow("a whole word, y stemmed to i")
        << QStringLiteral("key") << QStringLiteral("d/keys");
    QTest::newRow("no completion, the other words still count")
        << QStringLiteral("kubernetes zetaqq") << QStringLiteral("d/kubernetes");
}

// A word being typed stands for the stems it may become, at most SearchIndex::kPrefixStems of
// them, the commonest first.
void TestSearchEngine::search_wordBeingTyped_findsItsCommonestCompletions()
{
    QFETCH(QString, query);
    QFETCH(QString, found);
    QList<SearchEntry> entries;
    for (int i = 0; i < 2 * SearchIndex::kPrefixStems; ++i) {
        const QString letters = QString(QChar(u'a' + i / 26)) + QChar(u'a' + i % 26);
        entries.append(entry(QStringLiteral("d/") + letters, QStringLiteral("zeta") + letters, {}));
    }
    for (int i = 1; i <= 3; ++i)
        entries.append(
            entry(QStringLiteral("d/common-%1").arg(i), QStringLiteral("Zetamax"), QString()));
    entries.append(entry(QStringLiteral("d/kubernetes"), QStringLiteral("Kubernetes"), {}));
    entries.append(entry(QStringLiteral("d/keys"), QStringLiteral("Rotation"),
                         QStringLiteral("Keys are rotated every quarter.")));
    SearchEngine engine(entries);

    const QStringList paths = search(engine, query);

    QVERIFY2(paths.contains(found), qPrintable(paths.join(QLatin1Char(' '))));
}

void TestSearchEngine::search_question_outranksAnswer()
{
    SearchEngine index(
        {entry(QStringLiteral("d/answer"), QStringLiteral("Other"), QStringLiteral("Audit logs")),
         entry(QStringLiteral("d/question"), QStringLiteral("Audit"), QStringLiteral("Logs"))});

    QCOMPARE(search(index, QStringLiteral("audit")).value(0), QStringLiteral("d/question"));
}

void TestSearchEngine::search_results_areBestFirstAndScoredAboveZero()
{
    const QList<SearchHit> hits =
        m_faq->search(QStringLiteral("lanternfish"), QueryAnalyzer::Mode::AsYouType).hits;

    QVERIFY(hits.size() > 1);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        QVERIFY(hits.at(i).score > 0);
        if (i > 0)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
    }
}

void TestSearchEngine::search_snippet_marksMatchedWords()
{
    const QList<SearchHit> hits =
        m_faq->search(QStringLiteral("encryption"), QueryAnalyzer::Mode::AsYouType).hits;

    QVERIFY(!hits.isEmpty());
    const SearchHit &hit = hits.first();
    QVERIFY2(hit.htmlSnippet().contains(QLatin1String("<b>encrypted</b>")),
             qPrintable(hit.htmlSnippet()));
    QVERIFY2(hit.plainSnippet().contains(QLatin1String("encrypted at rest")),
             qPrintable(hit.plainSnippet()));
    QCOMPARE(hit.title, QStringLiteral("Are my data and secrets protected?"));
    QCOMPARE(hit.document, FixtureContent::kHandbookTitle);
}

void TestSearchEngine::search_limit_capsResults()
{
    QCOMPARE(
        m_faq->search(QStringLiteral("lanternfish"), QueryAnalyzer::Mode::AsYouType, 3).hits.size(),
        3);
}

// 1,500 sections mention "gamma" in the answer; only one asks about it. A one-letter query
// ranks a bounded set, but must not lose that question.
void TestSearchEngine::search_unspecificQueryOnLargeCorpus_stillFindsMatchingQuestion()
{
    QList<SearchEntry> entries;
    for (int i = 0; i < 1500; ++i)
        entries.append(entry(QStringLiteral("d/%1").arg(i), QStringLiteral("Entry %1").arg(i),
                             QStringLiteral("gamma delta")));
    entries[1400].title = QStringLiteral("Gamma rays");
    SearchEngine index(entries);

    QCOMPARE(search(index, QStringLiteral("g")).value(0), QStringLiteral("d/1400"));
    QCOMPARE(search(index, QStringLiteral("d")).size(), SearchEngine::kDefaultLimit);
}

void TestSearchEngine::search_sentence_dropsFunctionWordsAndRanksByCoverage()
{
    SearchEngine engine(
        {entry(QStringLiteral("d/keys"), QStringLiteral("Key management"),
               QStringLiteral("Keys rotate yearly.")),
         entry(QStringLiteral("d/rest"), QStringLiteral("Storage"),
               QStringLiteral("Data is encrypted at rest.")),
         entry(QStringLiteral("d/data"), QStringLiteral("Data"), QStringLiteral("We keep data."))},
        nullptr, testVocabulary());

    // Every word in one section beats one word in another; "do you" and "the" ask nothing.
    QCOMPARE(search(engine, QStringLiteral("Do you encrypt the data at rest?"),
                    QueryAnalyzer::Mode::Question)
                 .value(0),
             QStringLiteral("d/rest"));
    const QList<SearchHit> hits =
        engine.search(QStringLiteral("How is data encrypted?"), QueryAnalyzer::Mode::Question).hits;
    QCOMPARE(hits.size(), 2);
    QVERIFY(hits.at(0).coverage > hits.at(1).coverage);
    QVERIFY(hits.at(0).score > hits.at(1).score);
}

void TestSearchEngine::search_vocabulary_findsEquivalentsAndRelatedBelow_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("acronym finds expansion")
        << QStringLiteral("mfa ") << QStringList{QStringLiteral("d/mfa")};
    QTest::newRow("expansion finds acronym")
        << QStringLiteral("multi-factor authentication ") << QStringList{QStringLiteral("d/mfa")};
    QTest::newRow("word itself above related word")
        << QStringLiteral("breach ")
        << QStringList{QStringLiteral("d/breach"), QStringLiteral("d/incident")};
}

void TestSearchEngine::search_vocabulary_findsEquivalentsAndRelatedBelow()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    SearchEngine engine({entry(QStringLiteral("d/incident"), QStringLiteral("Incidents"),
                               QStringLiteral("We handle every incident.")),
                         entry(QStringLiteral("d/mfa"), QStringLiteral("Sign-in"),
                               QStringLiteral("Staff use MFA.")),
                         entry(QStringLiteral("d/breach"), QStringLiteral("Breaches"),
                               QStringLiteral("A breach is reported."))},
                        nullptr, testVocabulary());

    QCOMPARE(search(engine, query), expected);
}

void TestSearchEngine::search_letterDigitForms_splitAndJoin_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("joined finds split") << QStringLiteral("iso27001 ") << QStringLiteral("d/iso");
    QTest::newRow("split finds joined") << QStringLiteral("aes 256 ") << QStringLiteral("d/aes");
    QTest::newRow("hyphen finds joined") << QStringLiteral("aes-256 ") << QStringLiteral("d/aes");
    QTest::newRow("version finds split") << QStringLiteral("tls1.2 ") << QStringLiteral("d/tls");
}

void TestSearchEngine::search_letterDigitForms_splitAndJoin()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    SearchEngine engine({entry(QStringLiteral("d/iso"), QStringLiteral("Certificates"),
                               QStringLiteral("We hold ISO 27001.")),
                         entry(QStringLiteral("d/aes"), QStringLiteral("Ciphers"),
                               QStringLiteral("Disks use AES256.")),
                         entry(QStringLiteral("d/tls"), QStringLiteral("Transport"),
                               QStringLiteral("Only TLS 1.2 and later."))},
                        nullptr, testVocabulary());

    QCOMPARE(search(engine, query), QStringList{expected});
}

void TestSearchEngine::search_misspelling_isCorrectedAndSaysSo()
{
    SearchEngine engine(
        {entry(QStringLiteral("d/a"), QStringLiteral("Vulnerabilities"),
               QStringLiteral("Report them to us.")),
         entry(QStringLiteral("d/b"), QStringLiteral("Other"), QStringLiteral("Nothing."))},
        nullptr, testVocabulary());

    const SearchResults results = engine.search(QStringLiteral("vulnerabilties report "));

    QCOMPARE(pathsOf(results.hits), QStringList{QStringLiteral("d/a")});
    QCOMPARE(results.correctedText, QStringLiteral("vulnerabilities report"));
    QVERIFY(engine.search(QStringLiteral("report ")).correctedText.isEmpty());
}

void TestSearchEngine::search_correctsMisspellingsOnly_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("correction"); // empty: searched as typed
    QTest::addColumn<QString>("first");

    // "stuff" is one edit from the content's "staff", but it is an English word: the question
    // stays one about encryption.
    QTest::newRow("real word the content lacks") << QStringLiteral("do you encrypt my stuff ")
                                                 << QString() << QStringLiteral("d/encryption");
    // The word being typed matches more as a prefix ("rest" in "restrict") than the misspelt
    // word before it matches anything: the correction still stands.
    QTest::newRow("misspelling before a word being typed")
        << QStringLiteral("encrption at rest") << QStringLiteral("encryption at rest")
        << QStringLiteral("d/encryption");
}

void TestSearchEngine::search_correctsMisspellingsOnly()
{
    QFETCH(QString, query);
    QFETCH(QString, correction);
    QFETCH(QString, first);
    SearchEngine engine(
        {entry(QStringLiteral("d/staff"), QStringLiteral("Who on the staff can see it?"),
               QStringLiteral("Only support staff, when asked.")),
         entry(QStringLiteral("d/restrict"), QStringLiteral("Can I restrict access?"),
               QStringLiteral("Restrict it to your team.")),
         entry(QStringLiteral("d/encryption"), QStringLiteral("Is it encrypted?"),
               QStringLiteral("Encryption covers everything you store at rest."))},
        nullptr, testVocabulary());

    const SearchResults results = engine.search(query);

    QCOMPARE(results.correctedText, correction);
    QCOMPARE(pathsOf(results.hits).value(0), first);
}

void TestSearchEngine::search_prefixBeingTyped_isNotCorrected()
{
    SearchEngine engine({entry(QStringLiteral("d/a"), QStringLiteral("Vulnerabilities"), {})},
                        nullptr, testVocabulary());

    const SearchResults results = engine.search(QStringLiteral("vulnera"));

    QCOMPARE(pathsOf(results.hits), QStringList{QStringLiteral("d/a")});
    QVERIFY(results.correctedText.isEmpty());
}

void TestSearchEngine::search_wordBeingTyped_isCorrectedWhenNothingStartsWithIt_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("correctedText");
    QTest::addColumn<QString>("first");

    QTest::newRow("a typo no word starts with")
        << QStringLiteral("encrption") << QStringLiteral("encryption") << QStringLiteral("d/a");
    QTest::newRow("the start of a word")
        << QStringLiteral("encr") << QString() << QStringLiteral("d/a");
    QTest::newRow("past the stem of a word")
        << QStringLiteral("vulnera") << QString() << QStringLiteral("d/b");
}

// Until now a misspelt word was corrected only once a space followed it: while typed it was
// a prefix, and "encrption" found nothing.
void TestSearchEngine::search_wordBeingTyped_isCorrectedWhenNothingStartsWithIt()
{
    QFETCH(QString, typed);
    QFETCH(QString, correctedText);
    QFETCH(QString, first);
    SearchEngine engine({entry(QStringLiteral("d/a"), QStringLiteral("Encryption at rest"), {}),
                         entry(QStringLiteral("d/b"), QStringLiteral("Vulnerabilities"), {})},
                        nullptr, testVocabulary());

    const SearchResults results = engine.search(typed);

    QCOMPARE(results.correctedText, correctedText);
    QCOMPARE(pathsOf(results.hits).value(0), first);
}

void TestSearchEngine::search_hits_sayWhichWordsMatched()
{
    SearchEngine engine({entry(QStringLiteral("d/a"), QStringLiteral("Audit"),
                               QStringLiteral("Logs are kept, MFA is on.")),
                         entry(QStringLiteral("d/b"), QStringLiteral("Backups"), {})},
                        nullptr, testVocabulary());

    const QList<SearchHit> hits =
        engine
            .search(QStringLiteral("audit multi-factor authentication backups"),
                    QueryAnalyzer::Mode::Question)
            .hits;

    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.first().matchedWords,
             (QStringList{QStringLiteral("audit"), QStringLiteral("multi-factor authentication")}));
    QVERIFY(hits.first().coverage > 0 && hits.first().coverage < 1);
}

// A section saying only "data" holds a word of "data at rest", not the term.
void TestSearchEngine::search_wordOfATerm_isAllThatMatched()
{
    SearchEngine engine(
        {entry(QStringLiteral("d/a"), QStringLiteral("Rest"),
               QStringLiteral("Stored data is encrypted.")),
         entry(QStringLiteral("d/b"), QStringLiteral("Data"), QStringLiteral("Kept."))},
        nullptr, testVocabulary());

    const QList<SearchHit> hits =
        engine.search(QStringLiteral("data at rest"), QueryAnalyzer::Mode::Question).hits;

    QCOMPARE(pathsOf(hits), (QStringList{QStringLiteral("d/a"), QStringLiteral("d/b")}));
    QCOMPARE(hits.at(0).matchedWords, QStringList{QStringLiteral("data at rest")});
    QCOMPARE(hits.at(1).matchedWords, QStringList{QStringLiteral("data")});
}

void TestSearchEngine::search_questionOnLargeCorpus_leavesOutWordsMostSectionsHold()
{
    QList<SearchEntry> entries;
    for (int i = 0; i < SearchIndex::kUbiquityMinSections; ++i)
        entries.append(entry(QStringLiteral("d/%1").arg(i), QStringLiteral("Entry %1").arg(i),
                             QStringLiteral("Acme keeps records.")));
    entries[150].text = QStringLiteral("Acme rotates keys yearly.");
    SearchEngine engine(entries, nullptr, testVocabulary());

    const SearchResults question =
        engine.search(QStringLiteral("Does Acme rotate keys?"), QueryAnalyzer::Mode::Question);
    QCOMPARE(pathsOf(question.hits), QStringList{QStringLiteral("d/150")});
    QCOMPARE(question.hits.first().matchedWords,
             (QStringList{QStringLiteral("rotate"), QStringLiteral("keys")}));
    // Typed into the search box, every word still counts.
    QCOMPARE(engine.search(QStringLiteral("acme ")).hits.size(), SearchEngine::kDefaultLimit);
}

// On a large corpus only sections holding one of the question's rarer words are ranked; what
// they matched is still every word of the question they hold.
void TestSearchEngine::search_questionOnLargeCorpus_ranksSectionsHoldingRareWords()
{
    QList<SearchEntry> entries;
    for (int i = 0; i < 3 * SearchIndex::kCandidateBudget; ++i)
        entries.append(entry(QStringLiteral("d/%1").arg(i), QStringLiteral("Entry %1").arg(i),
                             i % 2 == 0 ? QStringLiteral("Acme keeps records.")
                                        : QStringLiteral("Acme has offices.")));
    entries[150].text = QStringLiteral("Acme rotates keys yearly.");
    entries[151].text = QStringLiteral("Acme keeps records of keys.");
    SearchEngine engine(entries, nullptr, testVocabulary());

    const QList<SearchHit> hits =
        engine.search(QStringLiteral("Are keys and records kept?"), QueryAnalyzer::Mode::Question)
            .hits;

    QCOMPARE(pathsOf(hits), (QStringList{QStringLiteral("d/151"), QStringLiteral("d/150")}));
    QCOMPARE(hits.first().matchedWords,
             (QStringList{QStringLiteral("keys"), QStringLiteral("records")}));
}

void TestSearchEngine::search_equalScores_keepContentOrder()
{
    QList<SearchEntry> entries;
    for (int i = 0; i < 5; ++i)
        entries.append(
            entry(QStringLiteral("d/%1").arg(i), QStringLiteral("Same"), QStringLiteral("Same")));
    SearchEngine engine(entries, nullptr, testVocabulary());

    QCOMPARE(search(engine, QStringLiteral("same ")),
             (QStringList{QStringLiteral("d/0"), QStringLiteral("d/1"), QStringLiteral("d/2"),
                          QStringLiteral("d/3"), QStringLiteral("d/4")}));
}

void TestSearchEngine::search_onlyFunctionWords_stillFindsThem()
{
    SearchEngine engine({entry(QStringLiteral("d/a"), QStringLiteral("How it works"), {})}, nullptr,
                        testVocabulary());

    QCOMPARE(search(engine, QStringLiteral("how "), QueryAnalyzer::Mode::Question),
             QStringList{QStringLiteral("d/a")});
}

void TestSearchEngine::load_missingFile_saysWhich()
{
    const QTemporaryDir dir;
    const Result<ContentBundle> bundle = BundleTest::builtInCopy(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const QString missing = bundle->searchTextPath(bundle->catalog().document(0).id);
    QVERIFY(QFile::remove(missing));

    const auto entries = SearchCorpus::load(*bundle);

    QVERIFY(!entries);
    QVERIFY2(entries.error().startsWith(missing + QLatin1String(": ")),
             qPrintable(entries.error()));
}

// A window closed while its index is being built must not wait for the rest of the text.
void TestSearchEngine::load_stopped_givesNothingAndSaysStopped()
{
    const std::atomic_bool stop{true};
    const auto entries = SearchCorpus::load(*m_bundle, &stop);

    QVERIFY(!entries);
    QCOMPARE(entries.error(), SearchCorpus::kStopped);
}

void TestSearchEngine::fromJson_notAnArray_fails()
{
    const auto object = SearchCorpus::fromJson("{}");
    QVERIFY(!object);
    QVERIFY(!object.error().isEmpty());
    const auto incomplete = SearchCorpus::fromJson("[{\"path\": 1}]");
    QVERIFY(!incomplete);
    QCOMPARE(incomplete.error(), QStringLiteral("section 0 lacks path, title, document or text"));
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
