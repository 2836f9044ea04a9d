#include "manifestreader.h"
#include "manifesttestsupport.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QByteArray manifestWith(const QByteArray &document)
{
    return "{\"format\":2,\"contentVersion\":\"v\",\"documents\":[" + document + "]}";
}

} // namespace

class TestManifestReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_validJson_readsWhatTheJsonTreeReads_data();
    void read_validJson_readsWhatTheJsonTreeReads();
    void read_largeManifest_readsEverySection();
    void read_invalidJson_isRefusedAtTheByte_data();
    void read_invalidJson_isRefusedAtTheByte();
};

void TestManifestReader::read_validJson_readsWhatTheJsonTreeReads_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("as the generator writes it")
        << manifestWith("{\"description\":\"\",\"id\":\"faq\",\"order\":1,\"section\":\"s\","
                        "\"sections\":[{\"id\":\"q\",\"line\":5,\"owner\":\"Legal\",\"reviewBy\":"
                        "\"2027-03-31\",\"reviewed\":\"2026-09-30\",\"title\":\"Q?\"}],"
                        "\"sha256\":\"ab\",\"source\":\"faq.md\",\"title\":\"FAQ\",\"url\":\"u\"}");
    QTest::newRow("escapes") << manifestWith(
        "{\"id\":\"a\\\"b\\\\c\\/d\",\"title\":\"line\\nnext\\ttab\\r\\b\\f\","
        "\"description\":\"caf\\u00e9 \\u00C9t\\u00e9 \\ud83d\\ude00\"}");
    QTest::newRow("UTF-8 as written")
        << manifestWith("{\"title\":\"Privacy – «Überblick» Ελληνικά 中文 "
                        "😀\",\"sections\":[{\"title\":\"ş ğ ı\"}]}");
    QTest::newRow("white space everywhere")
        << QByteArray(" \r\n\t{ \"format\" : 2 , \"documents\" : [ { \"id\" : \"x\" , \"sections\" "
                      ": [ ] } , { } ] } \n");
    QTest::newRow("members it does not know, of every type") << manifestWith(
        "{\"extra\":{\"a\":[1,-2.5e+3,0.25,true,false,null,\"s\",{\"deep\":[[]]}]},\"id\":\"x\","
        "\"sections\":[{\"note\":[{}],\"id\":\"y\",\"line\":7}]}");
    QTest::newRow("values of other types read as empty or 0") << manifestWith(
        "{\"id\":5,\"title\":[\"t\"],\"url\":null,\"sections\":[{\"id\":true,\"line\":\"9\"},"
        "\"not an object\",{\"line\":2.5},{\"line\":1e2},{\"line\":-3},{\"line\":3e10}]}");
    QTest::newRow("whole numbers beyond an int")
        << manifestWith("{\"id\":\"x\",\"order\":4294967296,\"sections\":[{\"line\":-2147483649},"
                        "{\"line\":123456789012345678901234567890}]}");
    QTest::newRow("sections not a list") << manifestWith("{\"id\":\"x\",\"sections\":{}}");
    QTest::newRow("documents not a list")
        << QByteArray("{\"format\":2,\"documents\":\"none\",\"contentVersion\":7}");
    QTest::newRow("order present but not a number")
        << manifestWith("{\"id\":\"a\",\"order\":null},{\"id\":\"b\",\"order\":\"3\"},"
                        "{\"id\":\"c\",\"order\":-0},{\"id\":\"d\"}");
    QTest::newRow("a key written with escapes")
        << manifestWith("{\"\\u0069d\":\"escaped key\",\"t\\u0069tle\":\"T\"}");
    QTest::newRow("the last of a repeated member wins")
        << manifestWith("{\"id\":\"first\",\"id\":\"second\",\"sections\":[{\"id\":\"a\"}],"
                        "\"sections\":[{\"id\":\"b\"},{\"id\":\"c\"}]}");
    QTest::newRow("dates that are no dates")
        << manifestWith("{\"sections\":[{\"reviewed\":\"2026-02-30\",\"reviewBy\":\"soon\"}]}");
}

void TestManifestReader::read_validJson_readsWhatTheJsonTreeReads()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError); // the row itself is valid JSON

    const Result<Manifest> read = ManifestReader::read(json);

    QVERIFY2(read, qPrintable(read.error()));
    ManifestTest::compareManifests(*read, ManifestTest::manifestOfTree(json));
}

// The size the app reads at 10,000 sections, every field of every section set.
void TestManifestReader::read_largeManifest_readsEverySection()
{
    Manifest written;
    written.contentVersion = QStringLiteral("c0ffee");
    for (int d = 0; d < 100; ++d) {
        DocumentEntry document;
        document.id = QStringLiteral("doc-%1").arg(d);
        document.title = QStringLiteral("Document %1 – «Überblick»").arg(d);
        document.order = d % 7 ? std::optional<int>(d) : std::nullopt;
        document.source = document.id + QLatin1String(".md");
        for (int s = 0; s < 100; ++s)
            document.sections.append({QStringLiteral("section-%1-%2").arg(d).arg(s),
                                      QStringLiteral("Is \"%1\" answered?\n").arg(s), s * 8 + 3,
                                      Review{QStringLiteral("Team %1").arg(s % 3),
                                             QDate(2026, 1 + s % 12, 1 + s % 28), QDate()}});
        written.documents.append(document);
    }
    const QByteArray json = written.toJson();

    const Result<Manifest> read = ManifestReader::read(json);

    QVERIFY2(read, qPrintable(read.error()));
    ManifestTest::compareManifests(*read, written);
}

// JSON as RFC 8259 has it: QJsonDocument also takes a line break in a string, an unknown escape,
// "2." and nesting up to 1,024 deep. The generator writes none of them.
void TestManifestReader::read_invalidJson_isRefusedAtTheByte_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("unexpected end");
    QTest::newRow("only space") << QByteArray(" \n") << 2 << QStringLiteral("unexpected end");
    QTest::newRow("object not closed") << QByteArray("{") << 1 << QStringLiteral("unterminated");
    QTest::newRow("double comma") << QByteArray("{\"format\": 1,, }") << 13
                                  << QStringLiteral("member name");
    QTest::newRow("list not closed")
        << QByteArray("{\"format\": 1, \"documents\": [") << 28 << QStringLiteral("unexpected end");
    QTest::newRow("no colon") << QByteArray("{\"format\" 2}") << 10
                              << QStringLiteral("name separator");
    QTest::newRow("no comma in a list")
        << manifestWith("{} {}") << 49 << QStringLiteral("unterminated array");
    QTest::newRow("string not closed")
        << QByteArray("{\"contentVersion\": \"abc") << 23 << QStringLiteral("unterminated string");
    QTest::newRow("line break in a string")
        << QByteArray("{\"contentVersion\": \"a\nb\"}") << 21 << QStringLiteral("control");
    QTest::newRow("unknown escape")
        << QByteArray("{\"contentVersion\": \"a\\xb\"}") << 21 << QStringLiteral("escape");
    QTest::newRow("short \\u escape")
        << QByteArray("{\"contentVersion\": \"\\u12G4\"}") << 24 << QStringLiteral("escape");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"contentVersion\": \"ok \xC3\x28 no\"}") << 19 << QStringLiteral("UTF-8");
    QTest::newRow("a bare word") << QByteArray("{\"format\": two}") << 11
                                 << QStringLiteral("illegal value");
    QTest::newRow("a cut literal")
        << QByteArray("{\"format\": tru}") << 11 << QStringLiteral("illegal value");
    QTest::newRow("a number without digits")
        << QByteArray("{\"format\": -}") << 12 << QStringLiteral("number");
    QTest::newRow("a fraction without digits")
        << QByteArray("{\"format\": 2.}") << 13 << QStringLiteral("number");
    // As QJsonDocument refuses it: RFC 8259 lets a reader limit the numbers it takes.
    QTest::newRow("a number out of a double's range")
        << QByteArray("{\"format\": 1e400}") << 16 << QStringLiteral("illegal number");
    QTest::newRow("a leading zero")
        << QByteArray("{\"format\": 02}") << 12 << QStringLiteral("unterminated object");
    QTest::newRow("something after the end")
        << QByteArray("{\"format\": 2} {}") << 14 << QStringLiteral("garbage");
    QTest::newRow("nested past any manifest")
        << QByteArray(300, '[') + QByteArray(300, ']') << 256 << QStringLiteral("nested");
}

void TestManifestReader::read_invalidJson_isRefusedAtTheByte()
{
    QFETCH(QByteArray, json);
    QFETCH(int, offset);
    QFETCH(QString, reason);

    const Result<Manifest> read = ManifestReader::read(json);

    QVERIFY(!read);
    const QString expected =
        QStringLiteral("manifest is not valid JSON at offset %1: ").arg(offset);
    QVERIFY2(read.error().startsWith(expected), qPrintable(read.error()));
    QVERIFY2(read.error().contains(reason), qPrintable(read.error()));
}

QTEST_APPLESS_MAIN(TestManifestReader)
#include "tst_manifestreader.moc"
