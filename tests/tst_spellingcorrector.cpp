// SpellingCorrector: typos corrected from the content's own words, and nothing else touched.
#include "spellingcorrector.h"

#include <QTest>

class TestSpellingCorrector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correction_data();
    void correction();
};

void TestSpellingCorrector::correction_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("expected"); // empty: left alone

    QTest::newRow("missing letter") << QStringLiteral("encrption") << QStringLiteral("encrption")
                                    << QStringLiteral("encryption");
    QTest::newRow("swapped letters") << QStringLiteral("kubrenetes") << QStringLiteral("kubrenet")
                                     << QStringLiteral("kubernetes");
    QTest::newRow("short word one edit")
        << QStringLiteral("audt") << QStringLiteral("audt") << QStringLiteral("audit");
    QTest::newRow("short word two edits")
        << QStringLiteral("adt") << QStringLiteral("adt") << QString();
    QTest::newRow("known stem") << QStringLiteral("encrypting") << QStringLiteral("encrypt")
                                << QString();
    QTest::newRow("too far") << QStringLiteral("firewall") << QStringLiteral("firewal")
                             << QString();
    QTest::newRow("real word two edits from a short one")
        << QStringLiteral("comply") << QStringLiteral("compli") << QString();
    QTest::newRow("long word two edits")
        << QStringLiteral("kubrenetis") << QStringLiteral("kubrenetis")
        << QStringLiteral("kubernetes");
    QTest::newRow("two edits need the first letter")
        << QStringLiteral("hncryptoon") << QStringLiteral("hncryptoon") << QString();
    QTest::newRow("number") << QStringLiteral("27002") << QStringLiteral("27002") << QString();
    QTest::newRow("more sections win a tie")
        << QStringLiteral("logz") << QStringLiteral("logz") << QStringLiteral("logs");
}

void TestSpellingCorrector::correction()
{
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QFETCH(QString, expected);
    SpellingCorrector corrector;
    corrector.addSection({QStringLiteral("encryption"), QStringLiteral("kubernetes"),
                          QStringLiteral("logs"), QStringLiteral("audit"), QStringLiteral("27001"),
                          QStringLiteral("copy")});
    // "loge" three times in one section is still one section against two for "logs".
    corrector.addSection({QStringLiteral("logs"), QStringLiteral("loge"), QStringLiteral("loge"),
                          QStringLiteral("loge")});
    corrector.setKnownStems({QStringLiteral("encrypt"), QStringLiteral("kubernet"),
                             QStringLiteral("log"), QStringLiteral("audit"),
                             QStringLiteral("27001"), QStringLiteral("copi"),
                             QStringLiteral("loge")});

    QCOMPARE(corrector.correction(word, stem).value_or(QString()), expected);
}

QTEST_GUILESS_MAIN(TestSpellingCorrector)
#include "tst_spellingcorrector.moc"
