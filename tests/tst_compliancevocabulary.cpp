// ComplianceVocabulary: the shipped files parse and hold what the issue asks for, and a
// mistake in a file is reported with the file and line.
#include "compliancevocabulary.h"

#include <QTest>

class TestComplianceVocabulary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn_holdsReviewedGroupsAndStopwords();
    void parse_validFiles_keepsGroupsWithWeights();
    void parse_mistake_saysFileAndLine_data();
    void parse_mistake_saysFileAndLine();
};

void TestComplianceVocabulary::builtIn_holdsReviewedGroupsAndStopwords()
{
    const ComplianceVocabulary &vocabulary = ComplianceVocabulary::builtIn();

    QVERIFY(vocabulary.groups().size() >= 200);
    QVERIFY(vocabulary.stopwordCount() >= 100);
    QVERIFY(vocabulary.isStopword(QStringLiteral("the")));
    // Words that carry a questionnaire's meaning are never dropped.
    for (const char *word : {"not", "no", "third", "party", "personal", "data", "access"})
        QVERIFY2(!vocabulary.isStopword(QString::fromLatin1(word)), word);
}

void TestComplianceVocabulary::parse_validFiles_keepsGroupsWithWeights()
{
    const auto vocabulary = ComplianceVocabulary::parse(
        QStringLiteral("# acronyms\n\nsingle sign-on = sso\n  soc 2 = soc2 = soc 2 \n"),
        QStringLiteral("breach ~ incident\n"), QStringLiteral("the\n# comment\nplease\n"));

    QVERIFY2(vocabulary, qPrintable(vocabulary.error()));
    QCOMPARE(vocabulary->groups().size(), 3);
    QCOMPARE(vocabulary->groups().at(0).members,
             (QStringList{QStringLiteral("single sign-on"), QStringLiteral("sso")}));
    QCOMPARE(vocabulary->groups().at(1).members,
             (QStringList{QStringLiteral("soc 2"), QStringLiteral("soc2")}));
    QCOMPARE(vocabulary->groups().at(0).weight, ComplianceVocabulary::kEquivalent);
    QCOMPARE(vocabulary->groups().at(2).weight, ComplianceVocabulary::kRelated);
    QCOMPARE(vocabulary->groups().at(1).origin, QStringLiteral("equivalents.txt:4"));
    QVERIFY(vocabulary->isStopword(QStringLiteral("please")));
    QVERIFY(!vocabulary->isStopword(QStringLiteral("# comment")));
}

void TestComplianceVocabulary::parse_mistake_saysFileAndLine_data()
{
    QTest::addColumn<QString>("equivalents");
    QTest::addColumn<QString>("related");
    QTest::addColumn<QString>("stopwords");
    QTest::addColumn<QString>("message");

    QTest::newRow("one member") << QStringLiteral("a = b\nmfa\n") << QString() << QString()
                                << QStringLiteral("equivalents.txt:2: a group needs at least two");
    QTest::newRow("empty member") << QStringLiteral("a = = b\n") << QString() << QString()
                                  << QStringLiteral("equivalents.txt:1: an empty member");
    QTest::newRow("upper case") << QString() << QStringLiteral("\n\nBreach ~ incident") << QString()
                                << QStringLiteral("related.txt:3: \"Breach\" is not in lower case");
    QTest::newRow("wrong separator") << QString() << QStringLiteral("breach = incident")
                                     << QString() << QStringLiteral("related.txt:1: a group needs");
    QTest::newRow("two-word stopword") << QString() << QString() << QStringLiteral("of the")
                                       << QStringLiteral("stopwords.txt:1: a stopword is one");
}

void TestComplianceVocabulary::parse_mistake_saysFileAndLine()
{
    QFETCH(QString, equivalents);
    QFETCH(QString, related);
    QFETCH(QString, stopwords);
    QFETCH(QString, message);
    const auto parsed = ComplianceVocabulary::parse(equivalents, related, stopwords);

    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

QTEST_GUILESS_MAIN(TestComplianceVocabulary)
#include "tst_compliancevocabulary.moc"
