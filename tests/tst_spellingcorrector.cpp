// SpellingCorrector: typos corrected from the content's own words, and nothing else touched.
#include "spellingcorrector.h"

#include <QTest>

class TestSpellingCorrector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correction_data();
    void correction();
    void correction_readsTheWordsOnlyWhenAWordNeedsOne();
    void correction_knownWordTheContentUses_hasTheContentsCount();
    void correction_wordOfTheLanguage_isNoTypo();

private:
    // The content's words with how many sections use each, and its stems.
    static SpellingCorrector corrector(const QList<std::pair<QString, int>> &words,
                                       const QStringList &stems, int *reads = nullptr);
};

SpellingCorrector TestSpellingCorrector::corrector(const QList<std::pair<QString, int>> &words,
                                                   const QStringList &stems, int *reads)
{
    SpellingCorrector corrector;
    corrector.setKnownStems([stems](const QString &stem) { return stems.contains(stem); });
    corrector.setWordSource([words, reads] {
        if (reads)
            ++*reads;
        return words;
    });
    return corrector;
}

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
    // "logs" in two sections, "loge" in one.
    SpellingCorrector corrector = TestSpellingCorrector::corrector(
        {{QStringLiteral("encryption"), 1},
         {QStringLiteral("kubernetes"), 1},
         {QStringLiteral("logs"), 2},
         {QStringLiteral("audit"), 1},
         {QStringLiteral("27001"), 1},
         {QStringLiteral("copy"), 1},
         {QStringLiteral("loge"), 1}},
        {QStringLiteral("encrypt"), QStringLiteral("kubernet"), QStringLiteral("log"),
         QStringLiteral("audit"), QStringLiteral("27001"), QStringLiteral("copi"),
         QStringLiteral("loge")});

    QCOMPARE(corrector.correction(word, stem).value_or(QString()), expected);
}

// Real content has tens of thousands of words: a search that needs no correction must not
// pay for reading them.
void TestSpellingCorrector::correction_readsTheWordsOnlyWhenAWordNeedsOne()
{
    int reads = 0;
    SpellingCorrector corrector = TestSpellingCorrector::corrector(
        {{QStringLiteral("encryption"), 3}, {QStringLiteral("audit"), 1}},
        {QStringLiteral("encrypt"), QStringLiteral("audit")}, &reads);

    QVERIFY(!corrector.correction(QStringLiteral("encrypting"), QStringLiteral("encrypt")));
    QVERIFY(!corrector.correction(QStringLiteral("iso"), QStringLiteral("iso")));
    QCOMPARE(reads, 0);
    QCOMPARE(corrector.correction(QStringLiteral("encrption"), QStringLiteral("encrption")),
             QStringLiteral("encryption"));
    QCOMPARE(corrector.correction(QStringLiteral("audt"), QStringLiteral("audt")),
             QStringLiteral("audit"));
    QCOMPARE(reads, 1);
}

// The vocabulary's words are added before the content's are read; a word in both counts as
// often as the content uses it, so it still wins the ties a content word wins.
void TestSpellingCorrector::correction_knownWordTheContentUses_hasTheContentsCount()
{
    SpellingCorrector corrector =
        TestSpellingCorrector::corrector({{QStringLiteral("logs"), 2}, {QStringLiteral("loge"), 1}},
                                         {QStringLiteral("log"), QStringLiteral("loge")});
    corrector.addKnownWord(QStringLiteral("logs"));

    QCOMPARE(corrector.correction(QStringLiteral("logz"), QStringLiteral("logz")),
             QStringLiteral("logs"));
}

// "stuff" is one edit from the content's "staff", but it is a word: not a typo.
void TestSpellingCorrector::correction_wordOfTheLanguage_isNoTypo()
{
    SpellingCorrector corrector = TestSpellingCorrector::corrector(
        {{QStringLiteral("staff"), 4}, {QStringLiteral("encryption"), 2}},
        {QStringLiteral("staff"), QStringLiteral("encrypt")});
    corrector.setLanguageWords([](const QString &word) { return word == QLatin1String("stuff"); });

    QVERIFY(!corrector.correction(QStringLiteral("stuff"), QStringLiteral("stuff")));
    QCOMPARE(corrector.correction(QStringLiteral("stafff"), QStringLiteral("stafff")),
             QStringLiteral("staff"));
}

QTEST_GUILESS_MAIN(TestSpellingCorrector)
#include "tst_spellingcorrector.moc"
