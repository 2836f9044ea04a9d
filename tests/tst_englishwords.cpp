// EnglishWords: the language's own words, which a spelling correction leaves alone.
#include "englishwords.h"

#include <QTest>

class TestEnglishWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn_holdsTheListsLowerCaseWords_data();
    void builtIn_holdsTheListsLowerCaseWords();
    void list_keepsOnlyLowerCaseWords_inAnyOrder();
};

void TestEnglishWords::builtIn_holdsTheListsLowerCaseWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("held");

    QTest::newRow("an everyday word") << QStringLiteral("stuff") << true;
    QTest::newRow("a verb") << QStringLiteral("tell") << true;
    QTest::newRow("an inflection") << QStringLiteral("encrypted") << true;
    QTest::newRow("a misspelling") << QStringLiteral("encrption") << false;
    QTest::newRow("a transposition") << QStringLiteral("teh") << false;
    QTest::newRow("upper case is not looked up") << QStringLiteral("Stuff") << false;
    QTest::newRow("a possessive") << QStringLiteral("aardvark's") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("not ASCII") << QStringLiteral("d\u00e9j\u00e0") << false;
    QTest::newRow("longer than any word") << QString(80, QLatin1Char('a')) << false;
}

void TestEnglishWords::builtIn_holdsTheListsLowerCaseWords()
{
    QFETCH(QString, word);
    QFETCH(bool, held);

    QCOMPARE(EnglishWords::builtIn().contains(word), held);
    QVERIFY2(EnglishWords::builtIn().size() > 50000, "the compiled-in list is missing or cut");
}

void TestEnglishWords::list_keepsOnlyLowerCaseWords_inAnyOrder()
{
    const EnglishWords words(QByteArrayLiteral("zebra\nAachen\nabbey's\napple\n\nmango"));

    QCOMPARE(words.size(), 3);
    QVERIFY(words.contains(u"apple"));
    QVERIFY(words.contains(u"mango"));
    QVERIFY(words.contains(u"zebra"));
    QVERIFY(!words.contains(u"aachen"));
    QVERIFY(!words.contains(u"abbey"));
}

QTEST_GUILESS_MAIN(TestEnglishWords)
#include "tst_englishwords.moc"
