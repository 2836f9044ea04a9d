#include "manifest.h"
#include "manifesttestsupport.h"

#include <QTest>

namespace {

DocumentEntry securityFaq()
{
    return DocumentEntry{
        QStringLiteral("security-faq"),
        QStringLiteral("Security FAQ"),
        QStringLiteral("security"),
        QStringLiteral("Answers for reviewers"),
        QStringLiteral("https://example.org/faq"),
        2,
        QStringLiteral("security-faq.md"),
        QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        {{QStringLiteral("what-data"), QStringLiteral("What data?"), 12},
         {QStringLiteral("is-it-gdpr-compliant"), QStringLiteral("Is it GDPR compliant?"), 56,
          Review{QStringLiteral("Legal – «team»"), QDate(2026, 9, 30), QDate(2027, 3, 31)}}}};
}

DocumentEntry unorderedDocument()
{
    DocumentEntry entry;
    entry.id = QStringLiteral("privacy");
    entry.title = QStringLiteral("Privacy – «Überblick»");
    entry.sections = {{QStringLiteral("scope"), QStringLiteral("Scope"), 3}};
    return entry;
}

Manifest sampleManifest()
{
    return Manifest{
        QStringLiteral("702e2918f8763bb9a7bb539ce93a660b1e56a595a0a57db1d6e39dedac70ae82"),
        {securityFaq(), unorderedDocument()}};
}

} // namespace

class TestManifest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_ofToJson_roundTripsEveryField();
    void fromJson_ofToJson_keepsZeroOrderApartFromNoOrder();
    void toJson_sameManifest_givesSameBytes();
    void toJson_smallManifest_isSortedCompactJson();
    void fromJson_invalidJson_reportsOffset_data();
    void fromJson_invalidJson_reportsOffset();
    void fromJson_wrongFormat_isRejected_data();
    void fromJson_wrongFormat_isRejected();
};

void TestManifest::fromJson_ofToJson_roundTripsEveryField()
{
    const Manifest original = sampleManifest();

    const Result<Manifest> parsed = Manifest::fromJson(original.toJson());

    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->contentVersion, original.contentVersion);
    QCOMPARE(parsed->documents.size(), 2);
    ManifestTest::compareDocuments(parsed->documents.at(0), original.documents.at(0));
    ManifestTest::compareDocuments(parsed->documents.at(1), original.documents.at(1));
    QVERIFY(parsed.error().isEmpty());
}

void TestManifest::fromJson_ofToJson_keepsZeroOrderApartFromNoOrder()
{
    Manifest manifest = sampleManifest();
    manifest.documents[0].order = 0;

    const Result<Manifest> parsed = Manifest::fromJson(manifest.toJson());

    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->documents.at(0).order, std::optional<int>(0));
    QCOMPARE(parsed->documents.at(1).order, std::optional<int>());
}

void TestManifest::toJson_sameManifest_givesSameBytes()
{
    QCOMPARE(sampleManifest().toJson(), sampleManifest().toJson());
}

void TestManifest::toJson_smallManifest_isSortedCompactJson()
{
    DocumentEntry entry;
    entry.id = QStringLiteral("faq");
    entry.title = QStringLiteral("FAQ");
    entry.order = 1;
    entry.source = QStringLiteral("faq.md");
    entry.sections = {{QStringLiteral("q"), QStringLiteral("Q?"), 5}};
    const Manifest manifest{QStringLiteral("v1"), {entry}};

    // Compact and with sorted keys: the app parses it at every start-up.
    QCOMPARE(manifest.toJson(),
             QByteArray("{\"contentVersion\":\"v1\",\"documents\":[{\"description\":\"\","
                        "\"id\":\"faq\",\"order\":1,\"section\":\"\",\"sections\":[{\"id\":"
                        "\"q\",\"line\":5,\"title\":\"Q?\"}],\"sha256\":\"\",\"source\":"
                        "\"faq.md\",\"title\":\"FAQ\",\"url\":\"\"}],\"format\":2}"));
}

void TestManifest::fromJson_invalidJson_reportsOffset_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("offset");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("at offset 0:");
    QTest::newRow("double comma") << QByteArray("{\"format\": 1,, }")
                                  << QStringLiteral("at offset 13:");
    QTest::newRow("truncated") << QByteArray("{\"format\": 1, \"documents\": [")
                               << QStringLiteral("at offset 28:");
}

void TestManifest::fromJson_invalidJson_reportsOffset()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, offset);

    const Result<Manifest> parsed = Manifest::fromJson(json);

    QVERIFY(!parsed);
    const QString &error = parsed.error();
    QVERIFY2(error.startsWith(QStringLiteral("manifest is not valid JSON ")), qPrintable(error));
    QVERIFY2(error.contains(offset), qPrintable(error));
}

void TestManifest::fromJson_wrongFormat_isRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("newer format") << QByteArray("{\"format\": 3, \"documents\": []}")
                                  << QStringLiteral("manifest format 3 is not 2");
    // Format 1 named no source files, which the PDF title block now prints.
    QTest::newRow("older format") << QByteArray("{\"format\": 1, \"documents\": []}")
                                  << QStringLiteral("manifest format 1 is not 2");
    QTest::newRow("no format") << QByteArray("{\"documents\": []}")
                               << QStringLiteral("manifest format 0 is not 2");
    QTest::newRow("format as text")
        << QByteArray("{\"format\": \"2\"}") << QStringLiteral("manifest format 0 is not 2");
    QTest::newRow("array at top") << QByteArray("[]")
                                  << QStringLiteral("manifest format 0 is not 2");
}

void TestManifest::fromJson_wrongFormat_isRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    const Result<Manifest> parsed = Manifest::fromJson(json);

    QVERIFY(!parsed);
    QCOMPARE(parsed.error(), error);
}

QTEST_APPLESS_MAIN(TestManifest)
#include "tst_manifest.moc"
