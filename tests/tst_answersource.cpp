#include "answersource.h"
#include "fixturecontent.h"

#include <QTest>

class TestAnswerSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answer_givesQuestionAndAnswerAlone();
    void documentAnswers_giveEverySectionsAnswer();
    void answerOnly_data();
    void answerOnly();

private:
    std::optional<ContentBundle> m_bundle;
};

void TestAnswerSource::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = std::move(bundle).value();
}

void TestAnswerSource::answer_givesQuestionAndAnswerAlone()
{
    const AnswerSource source(*m_bundle);
    const std::optional<AnswerSource::Answer> answer =
        source.answer(m_bundle->catalog().find(FixtureContent::kFirst));
    QVERIFY(answer);
    QCOMPARE(answer->question, FixtureContent::kFirstTitle);
    QCOMPARE(answer->plainText,
             FixtureContent::kFirstTitle + QStringLiteral("\n\n") + answer->answer);
    QVERIFY2(answer->answer.startsWith(QStringLiteral("To give you an account, Lanternfish keeps")),
             qPrintable(answer->answer));
    QVERIFY2(answer->answer.endsWith(QStringLiteral("deleted after ninety days.")),
             qPrintable(answer->answer));
    QVERIFY(!answer->answer.contains(FixtureContent::kFirstTitle));
}

void TestAnswerSource::documentAnswers_giveEverySectionsAnswer()
{
    const AnswerSource source(*m_bundle);
    const QHash<QString, QString> answers = source.documentAnswers(FixtureContent::kHandbook);
    QCOMPARE(answers.size(), FixtureContent::kHandbookSectionCount);
    for (const QString &path : {FixtureContent::kFirst, FixtureContent::kGdpr}) {
        const std::optional<AnswerSource::Answer> answer =
            source.answer(m_bundle->catalog().find(path));
        QVERIFY(answer);
        QCOMPARE(answers.value(path), answer->answer);
    }
    QVERIFY(source.documentAnswers(QStringLiteral("no-such-document")).isEmpty());
}

void TestAnswerSource::answerOnly_data()
{
    QTest::addColumn<QString>("sectionText");
    QTest::addColumn<QString>("answer");

    QTest::newRow("heading and two paragraphs")
        << QStringLiteral("Q?\n\nOne.\n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("a heading alone") << QStringLiteral("Q?") << QString();
    QTest::newRow("a line break inside the answer")
        << QStringLiteral("Q?\n\nOne\nline.") << QStringLiteral("One\nline.");
}

void TestAnswerSource::answerOnly()
{
    QFETCH(QString, sectionText);
    QFETCH(QString, answer);
    QCOMPARE(AnswerSource::answerOnly(sectionText), answer);
}

QTEST_GUILESS_MAIN(TestAnswerSource)
#include "tst_answersource.moc"
