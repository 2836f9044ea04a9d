// QueryAnalyzer: what a typed query or a pasted question becomes before ranking.
#include "compliancevocabulary.h"
#include "fts5api.h"
#include "queryanalyzer.h"

#include <QSqlDatabase>
#include <QTest>

#include <memory>

namespace {

QStringList formsOf(const QueryPlan::Concept &concept)
{
    QStringList forms;
    for (const QueryPlan::Form &form : concept.forms)
        forms.append(form.words.join(QLatin1Char(' ')) +
                     (form.prefix ? QStringLiteral("*") : QString()));
    return forms;
}

QStringList typedOf(const QueryPlan &plan)
{
    QStringList typed;
    for (const QueryPlan::Concept &concept : plan.concepts)
        typed.append(concept.typed);
    return typed;
}

} // namespace

class TestQueryAnalyzer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void analyze_concepts_data();
    void analyze_concepts();
    void analyze_vocabularyTerm_becomesOneConceptWithItsForms();
    void analyze_letterDigitWord_getsSplitAndJoinedForms_data();
    void analyze_letterDigitWord_getsSplitAndJoinedForms();
    void analyze_lastWordWhileTyping_isPrefix();
    void analyze_longQuestion_isCapped();
    void matchExpression_quotesEveryForm();
    void withoutControlReference_data();
    void withoutControlReference();

private:
    std::unique_ptr<Fts5Api> m_tokenizer;
    std::optional<ComplianceVocabulary> m_vocabulary;
    std::unique_ptr<QueryAnalyzer> m_analyzer;
};

void TestQueryAnalyzer::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    m_tokenizer = std::make_unique<Fts5Api>(db);
    QVERIFY2(m_tokenizer->isValid(), qPrintable(m_tokenizer->errorString()));
    auto parsed = ComplianceVocabulary::parse(
        QStringLiteral("multi-factor authentication = mfa = 2fa\ndata at rest = stored data\n"),
        QStringLiteral("breach ~ incident\n"),
        QStringLiteral("do\nyou\nthe\nhow\nis\nat\nplease\ndescribe\nyour\nand\n"));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    m_vocabulary = *std::move(parsed);
    m_analyzer = std::make_unique<QueryAnalyzer>(*m_vocabulary, *m_tokenizer);
}

void TestQueryAnalyzer::cleanupTestCase()
{
    m_analyzer.reset();
    m_tokenizer.reset();
    QSqlDatabase::database(QStringLiteral("t")).close();
    QSqlDatabase::removeDatabase(QStringLiteral("t"));
}

void TestQueryAnalyzer::analyze_concepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("concepts");
    QTest::addColumn<bool>("functionWordsOnly"); // searched for lack of anything else

    QTest::newRow("function words dropped")
        << QStringLiteral("Please describe how you encrypt backups.")
        << QStringList{QStringLiteral("encrypt"), QStringLiteral("backups")} << false;
    QTest::newRow("repeated stem once") << QStringLiteral("encrypt encrypted encryption")
                                        << QStringList{QStringLiteral("encrypt")} << false;
    QTest::newRow("only function words kept")
        << QStringLiteral("how is the")
        << QStringList{QStringLiteral("how"), QStringLiteral("is"), QStringLiteral("the")} << true;
    QTest::newRow("quoted phrase whole")
        << QStringLiteral("\"the data\" logs")
        << QStringList{QStringLiteral("the data"), QStringLiteral("logs")} << false;
    QTest::newRow("unpaired quote is noise")
        << QStringLiteral("logs \"audit")
        << QStringList{QStringLiteral("logs"), QStringLiteral("audit")} << false;
    QTest::newRow("operators are words")
        << QStringLiteral("NOT logs OR (audit*)")
        << QStringList{QStringLiteral("NOT"), QStringLiteral("logs"), QStringLiteral("OR"),
                       QStringLiteral("audit")}
        << false;
    QTest::newRow("letters then number")
        << QStringLiteral("SOC 2 report")
        << QStringList{QStringLiteral("SOC 2"), QStringLiteral("report")} << false;
    QTest::newRow("nothing") << QStringLiteral("?! …") << QStringList() << false;
}

void TestQueryAnalyzer::analyze_concepts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, concepts);
    QFETCH(bool, functionWordsOnly);

    const QueryPlan plan = m_analyzer->analyze(text, QueryAnalyzer::Mode::Question);

    QCOMPARE(typedOf(plan), concepts);
    QCOMPARE(plan.functionWordsOnly, functionWordsOnly);
}

void TestQueryAnalyzer::analyze_vocabularyTerm_becomesOneConceptWithItsForms()
{
    const QueryPlan plan = m_analyzer->analyze(
        QStringLiteral("Is MFA on, and is data at rest safe?"), QueryAnalyzer::Mode::Question);

    QCOMPARE(typedOf(plan), (QStringList{QStringLiteral("MFA"), QStringLiteral("on"),
                                         QStringLiteral("data at rest"), QStringLiteral("safe")}));
    QCOMPARE(formsOf(plan.concepts.at(0)),
             (QStringList{QStringLiteral("mfa"), QStringLiteral("multi factor authentication"),
                          QStringLiteral("2fa"), QStringLiteral("2 fa")}));
    // The words of a multi-word term also count apart, for less.
    const QueryPlan::Concept &rest = plan.concepts.at(2);
    QCOMPARE(formsOf(rest),
             (QStringList{QStringLiteral("data at rest"), QStringLiteral("stored data"),
                          QStringLiteral("data"), QStringLiteral("rest")}));
    QCOMPARE(rest.forms.at(2).weight, QueryPlan::kLooseWeight);
}

void TestQueryAnalyzer::analyze_letterDigitWord_getsSplitAndJoinedForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("forms");

    QTest::newRow("joined") << QStringLiteral("soc2")
                            << QStringList{QStringLiteral("soc2"), QStringLiteral("soc 2")};
    QTest::newRow("apart") << QStringLiteral("iso 27001")
                           << QStringList{QStringLiteral("iso 27001"), QStringLiteral("iso27001")};
    QTest::newRow("hyphen") << QStringLiteral("AES-256")
                            << QStringList{QStringLiteral("aes 256"), QStringLiteral("aes256")};
    QTest::newRow("version") << QStringLiteral("tls1.2")
                             << QStringList{QStringLiteral("tls1 2"), QStringLiteral("tls 1 2")};
}

void TestQueryAnalyzer::analyze_letterDigitWord_getsSplitAndJoinedForms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, forms);

    const QueryPlan plan = m_analyzer->analyze(text, QueryAnalyzer::Mode::Question);

    QCOMPARE(plan.concepts.size(), 1);
    QCOMPARE(formsOf(plan.concepts.first()), forms);
}

void TestQueryAnalyzer::analyze_lastWordWhileTyping_isPrefix()
{
    QCOMPARE(formsOf(m_analyzer->analyze(QStringLiteral("audit lo"), QueryAnalyzer::Mode::AsYouType)
                         .concepts.last()),
             QStringList{QStringLiteral("lo*")});
    // A stopword being typed may be the start of a word ("the" of "theft").
    QCOMPARE(
        typedOf(m_analyzer->analyze(QStringLiteral("audit the"), QueryAnalyzer::Mode::AsYouType)),
        (QStringList{QStringLiteral("audit"), QStringLiteral("the")}));
    QCOMPARE(
        formsOf(m_analyzer->analyze(QStringLiteral("audit lo "), QueryAnalyzer::Mode::AsYouType)
                    .concepts.last()),
        QStringList{QStringLiteral("lo")});
    QCOMPARE(formsOf(m_analyzer->analyze(QStringLiteral("audit lo"), QueryAnalyzer::Mode::Question)
                         .concepts.last()),
             QStringList{QStringLiteral("lo")});
}

void TestQueryAnalyzer::analyze_longQuestion_isCapped()
{
    QStringList words;
    for (int i = 0; i < 200; ++i)
        words.append(QStringLiteral("word%1x").arg(i));

    const QueryPlan plan =
        m_analyzer->analyze(words.join(QLatin1Char(' ')), QueryAnalyzer::Mode::Question);

    QCOMPARE(plan.concepts.size(), QueryPlan::kMaxConcepts);
}

void TestQueryAnalyzer::matchExpression_quotesEveryForm()
{
    const QueryPlan plan =
        m_analyzer->analyze(QStringLiteral("soc2 lo"), QueryAnalyzer::Mode::AsYouType);

    QCOMPARE(plan.matchExpression(), QStringLiteral("\"soc2\" OR \"soc 2\" OR \"lo\"*"));
    QCOMPARE(plan.phrases().size(), 3);
    QCOMPARE(plan.phrases().at(2).concept, 1);
}

void TestQueryAnalyzer::withoutControlReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("iso annex control") << QStringLiteral("ISO 27001 A.5.34 - Identify the PII.")
                                       << QStringLiteral("Identify the PII.");
    QTest::newRow("iso with title")
        << QStringLiteral("ISO/IEC 27001:2022 Annex A 8.24 (Use of cryptography): describe it")
        << QStringLiteral("(Use of cryptography): describe it");
    QTest::newRow("pci requirement") << QStringLiteral("PCI DSS Req. 11.4: Is testing done?")
                                     << QStringLiteral("Is testing done?");
    QTest::newRow("soc 2 criterion")
        << QStringLiteral("SOC 2 CC6.1 Are logins logged?") << QStringLiteral("Are logins logged?");
    QTest::newRow("ccm id") << QStringLiteral("DSP-17.1 Is data classified?")
                            << QStringLiteral("Is data classified?");
    QTest::newRow("framework is the question") << QStringLiteral("Are you ISO 27001 certified?")
                                               << QStringLiteral("Are you ISO 27001 certified?");
    QTest::newRow("framework first, no number")
        << QStringLiteral("SOC 2 report available?") << QStringLiteral("SOC 2 report available?");
    QTest::newRow("version is not a control")
        << QStringLiteral("TLS 1.2 enforced?") << QStringLiteral("TLS 1.2 enforced?");
    QTest::newRow("only a reference")
        << QStringLiteral("PCI DSS 11.4") << QStringLiteral("PCI DSS 11.4");
}

void TestQueryAnalyzer::withoutControlReference()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    QCOMPARE(QueryAnalyzer::withoutControlReference(text), expected);
}

QTEST_GUILESS_MAIN(TestQueryAnalyzer)
#include "tst_queryanalyzer.moc"
