#include "slugger.h"

#include <QTest>

class TestSlugger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseSlug_matchesGitHubAnchors_data();
    void baseSlug_matchesGitHubAnchors();
    void slug_repeatedHeading_getsNumberedSuffix();
    void slug_suffixAlreadyTaken_keepsCounting();
    void slug_separateSluggers_doNotShareIds();
    void baseSlug_doesNotRegister();
};

void TestSlugger::baseSlug_matchesGitHubAnchors_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("expected");

    QTest::newRow("question mark") << QStringLiteral("What type of data does Gitpod collect?")
                                   << QStringLiteral("what-type-of-data-does-gitpod-collect");
    QTest::newRow("digits kept") << QStringLiteral("Is Gitpod SOC 2 or ISO 27001 compliant?")
                                 << QStringLiteral("is-gitpod-soc-2-or-iso-27001-compliant");
    QTest::newRow("dot dropped")
        << QStringLiteral("How does Gitpod Dedicated differentiate from gitpod.io?")
        << QStringLiteral("how-does-gitpod-dedicated-differentiate-from-gitpodio");
    QTest::newRow("comma dropped")
        << QStringLiteral("I think I have found a vulnerability, where do I report it?")
        << QStringLiteral("i-think-i-have-found-a-vulnerability-where-do-i-report-it");
    QTest::newRow("typographic apostrophe")
        << QStringLiteral("Google’s cloud") << QStringLiteral("googles-cloud");
    QTest::newRow("accents kept") << QStringLiteral("Société Générale")
                                  << QStringLiteral("société-générale");
    QTest::newRow("leading emoji leaves dash")
        << QStringLiteral("🚀 Launch") << QStringLiteral("-launch");
    QTest::newRow("only emoji") << QStringLiteral("🚀") << QStringLiteral("section");
    QTest::newRow("only punctuation") << QStringLiteral("?!") << QStringLiteral("section");
    QTest::newRow("empty") << QString() << QStringLiteral("section");
    QTest::newRow("symbols leave double dash")
        << QStringLiteral("C++ & Rust") << QStringLiteral("c--rust");
    QTest::newRow("hyphen and underscore kept")
        << QStringLiteral("Two-factor auth_v2") << QStringLiteral("two-factor-auth_v2");
    QTest::newRow("surrounding whitespace trimmed")
        << QStringLiteral("  Padded  ") << QStringLiteral("padded");
    QTest::newRow("tab becomes dash") << QStringLiteral("a\tb") << QStringLiteral("a-b");
    // Plain ASCII takes a short way; one letter beyond it takes the Unicode one: both agree.
    QTest::newRow("every ASCII symbol")
        << QStringLiteral(" A!\"#$%&'()*+,-./09:;<=>?@Z[\\]^_`az{|}~\v")
        << QStringLiteral("a-09z_az");
    QTest::newRow("every ASCII symbol, then an accent")
        << QStringLiteral(" A!\"#$%&'()*+,-./09:;<=>?@Z[\\]^_`az{|}~\vé")
        << QStringLiteral("a-09z_az-é");
    QTest::newRow("hebrew") << QStringLiteral("מדיניות פרטיות") << QStringLiteral("מדיניות-פרטיות");
    QTest::newRow("arabic") << QStringLiteral("سياسة الخصوصية") << QStringLiteral("سياسة-الخصوصية");
    QTest::newRow("superscript dropped") << QStringLiteral("E = mc²") << QStringLiteral("e--mc");
    QTest::newRow("letter outside BMP kept")
        << QStringLiteral("𝐀 math") << QStringLiteral("𝐀-math");
}

void TestSlugger::baseSlug_matchesGitHubAnchors()
{
    QFETCH(QString, heading);
    QFETCH(QString, expected);

    QCOMPARE(Slugger::baseSlug(heading), expected);
}

void TestSlugger::slug_repeatedHeading_getsNumberedSuffix()
{
    Slugger slugger;

    QCOMPARE(slugger.slug(QStringLiteral("Intro")), QStringLiteral("intro"));
    QCOMPARE(slugger.slug(QStringLiteral("Intro")), QStringLiteral("intro-1"));
    QCOMPARE(slugger.slug(QStringLiteral("Intro")), QStringLiteral("intro-2"));
}

void TestSlugger::slug_suffixAlreadyTaken_keepsCounting()
{
    Slugger slugger;

    QCOMPARE(slugger.slug(QStringLiteral("Intro")), QStringLiteral("intro"));
    QCOMPARE(slugger.slug(QStringLiteral("Intro-1")), QStringLiteral("intro-1"));
    QCOMPARE(slugger.slug(QStringLiteral("Intro")), QStringLiteral("intro-2"));
    QCOMPARE(slugger.slug(QStringLiteral("Intro 2")), QStringLiteral("intro-2-1"));
}

void TestSlugger::slug_separateSluggers_doNotShareIds()
{
    Slugger first;
    Slugger second;

    QCOMPARE(first.slug(QStringLiteral("Intro")), QStringLiteral("intro"));
    QCOMPARE(second.slug(QStringLiteral("Intro")), QStringLiteral("intro"));
}

void TestSlugger::baseSlug_doesNotRegister()
{
    Slugger slugger;

    QCOMPARE(Slugger::baseSlug(QStringLiteral("Intro")), QStringLiteral("intro"));
    QCOMPARE(slugger.slug(QStringLiteral("Intro")), QStringLiteral("intro"));
}

QTEST_APPLESS_MAIN(TestSlugger)
#include "tst_slugger.moc"
