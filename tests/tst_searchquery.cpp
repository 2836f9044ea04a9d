#include "searchquery.h"

#include <QTest>

class TestSearchQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchExpression_quotesEveryWord_data();
    void matchExpression_quotesEveryWord();
    void matchExpression_veryLongInput_isCappedAtMaxTerms();
    void words_listsWordsInTypedOrder();
};

void TestSearchQuery::matchExpression_quotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };
    row("empty", QString(), QString());
    row("only spaces", QStringLiteral("   \t "), QString());
    row("one word being typed", QStringLiteral("gdp"), QStringLiteral("\"gdp\"*"));
    row("finished word", QStringLiteral("gdpr "), QStringLiteral("\"gdpr\""));
    row("last word gets prefix", QStringLiteral("soc 2"), QStringLiteral("\"soc\" \"2\"*"));
    row("phrase", QStringLiteral("\"encryption at rest\""),
        QStringLiteral("\"encryption at rest\""));
    row("phrase then word", QStringLiteral("\"at rest\" encr"),
        QStringLiteral("\"at rest\" \"encr\"*"));
    row("unpaired quote is a separator", QStringLiteral("soc\"2 OR ("),
        QStringLiteral("\"soc\" \"2\" \"OR\""));
    row("unfinished phrase is words", QStringLiteral("\"at re"), QStringLiteral("\"at\" \"re\"*"));
    row("star is a separator", QStringLiteral("*gd*pr*"), QStringLiteral("\"gd pr\"*"));
    row("minus joins a phrase", QStringLiteral("end-to-end"), QStringLiteral("\"end to end\"*"));
    row("column filter colon", QStringLiteral("question:gdpr "),
        QStringLiteral("\"question gdpr\""));
    row("operators are words", QStringLiteral("a AND b OR NOT c "),
        QStringLiteral("\"a\" \"AND\" \"b\" \"OR\" \"NOT\" \"c\""));
    row("near", QStringLiteral("NEAR(a b, 3) "), QStringLiteral("\"NEAR a\" \"b\" \"3\""));
    row("parentheses and caret", QStringLiteral("(^gdpr) + "), QStringLiteral("\"gdpr\""));
    row("braces", QStringLiteral("{question answer}: x "),
        QStringLiteral("\"question\" \"answer\" \"x\""));
    row("sql fragment", QStringLiteral("'); DROP TABLE search; -- "),
        QStringLiteral("\"DROP\" \"TABLE\" \"search\""));
    row("only punctuation", QStringLiteral("\"\"*-:()^+{}"), QString());
    row("only emoji", QStringLiteral("🔐🚀"), QString());
    row("emoji between words", QStringLiteral("data🔐secure "), QStringLiteral("\"data secure\""));
    row("accents kept", QStringLiteral("Société "), QStringLiteral("\"Société\""));
    row("hebrew", QStringLiteral("מדיניות פרטיות"), QStringLiteral("\"מדיניות\" \"פרטיות\"*"));
    row("arabic with rtl mark", QStringLiteral("\u200fسياسة "), QStringLiteral("\"سياسة\""));
    row("letter outside BMP", QStringLiteral("𝐀b "), QStringLiteral("\"𝐀b\""));
    row("nul and controls", QStringLiteral("a\u0000b\u0001 "), QStringLiteral("\"a b\""));
    row("lone surrogate", QString(QChar(0xd800)) + QStringLiteral("x "), QStringLiteral("\"x\""));
}

void TestSearchQuery::matchExpression_quotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const SearchQuery query(text);

    QCOMPARE(query.matchExpression(), expected);
    QCOMPARE(query.isEmpty(), expected.isEmpty());
}

void TestSearchQuery::matchExpression_veryLongInput_isCappedAtMaxTerms()
{
    const QString text = QStringLiteral("word ").repeated(100000);

    const SearchQuery query(text);

    QCOMPARE(query.matchExpression().count(QLatin1Char(' ')), SearchQuery::kMaxTerms - 1);
}

void TestSearchQuery::words_listsWordsInTypedOrder()
{
    const SearchQuery query(QStringLiteral("\"at rest\" encr-ypt"));

    QCOMPARE(query.words(), (QStringList{QStringLiteral("at"), QStringLiteral("rest"),
                                         QStringLiteral("encr"), QStringLiteral("ypt")}));
}

QTEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
