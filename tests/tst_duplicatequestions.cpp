#include "duplicatequestions.h"

#include <QTest>

using Match = DuplicateQuestions::Match;
Q_DECLARE_METATYPE(QList<Match>)

class TestDuplicateQuestions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void find_manyDistinctQuestions_findsTheOneRepeat();
};

void TestDuplicateQuestions::find_data()
{
    QTest::addColumn<QStringList>("questions");
    QTest::addColumn<QList<Match>>("matches");

    QTest::newRow("distinct") << QStringList{QStringLiteral("Do you encrypt backups?"),
                                             QStringLiteral("Who can read production logs?")}
                              << QList<Match>();
    QTest::newRow("case, punctuation and accents")
        << QStringList{QStringLiteral("Is data résidency in the EU?"),
                       QStringLiteral("is DATA residency in the eu")}
        << QList<Match>{{1, 0, true}};
    QTest::newRow("function words and a plural")
        << QStringList{QStringLiteral("Is customer data encrypted at rest?"),
                       QStringLiteral("Is the data of customers encrypted at rest?")}
        << QList<Match>{{1, 0, false}};
    QTest::newRow("word order")
        << QStringList{QStringLiteral("Are access reviews performed quarterly?"),
                       QStringLiteral("Quarterly, are access reviews performed?")}
        << QList<Match>{{1, 0, false}};
    // Four of five content words shared is 4/6 of all: not the same question.
    QTest::newRow("one word differs")
        << QStringList{QStringLiteral("Is customer data encrypted at rest?"),
                       QStringLiteral("Is customer data encrypted in transit?")}
        << QList<Match>();
    QTest::newRow("same topic, other question")
        << QStringList{QStringLiteral("Do you have a SOC 2 report?"),
                       QStringLiteral("Can I get a copy of your SOC 2 report under NDA?")}
        << QList<Match>();
    QTest::newRow("short questions must match whole")
        << QStringList{QStringLiteral("What is MFA?"), QStringLiteral("What is SSO?")}
        << QList<Match>();
    QTest::newRow("only function words are not near anything")
        << QStringList{QStringLiteral("How do you do it?"), QStringLiteral("How do you do this?")}
        << QList<Match>();
    QTest::newRow("each repeat once, against an earlier one")
        << QStringList{QStringLiteral("Do you log access?"), QStringLiteral("Other?"),
                       QStringLiteral("Do you log access?"), QStringLiteral("do YOU log access")}
        << QList<Match>{{2, 0, true}, {3, 0, true}};
}

void TestDuplicateQuestions::find()
{
    QFETCH(QStringList, questions);
    QFETCH(QList<Match>, matches);

    const QList<Match> found = DuplicateQuestions::find(questions);

    QCOMPARE(found.size(), matches.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).question, matches.at(i).question);
        QCOMPARE(found.at(i).earlier, matches.at(i).earlier);
        QCOMPARE(found.at(i).exact, matches.at(i).exact);
    }
}

// Thousands of questions sharing common words: only the one that repeats is reported.
void TestDuplicateQuestions::find_manyDistinctQuestions_findsTheOneRepeat()
{
    QStringList questions;
    for (int i = 0; i < 5000; ++i)
        questions.append(QStringLiteral("Is customer data in system %1 encrypted with key k%2?")
                             .arg(i)
                             .arg(i * 7));
    questions.append(QStringLiteral("Is the data of customers in system 1234 encrypted with key "
                                    "k8638?"));

    const QList<Match> found = DuplicateQuestions::find(questions);

    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().question, 5000);
    QCOMPARE(found.first().earlier, 1234);
    QVERIFY(!found.first().exact);
}

QTEST_GUILESS_MAIN(TestDuplicateQuestions)
#include "tst_duplicatequestions.moc"
