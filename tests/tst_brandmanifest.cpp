#include "brandmanifest.h"
#include "scratchfiles.h"

#include <QTemporaryDir>
#include <QTest>

// brand.json as a writer gets it wrong: every mistake at once, each on the line of its key.
class TestBrandManifest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parse_everyKey_givesTheBrand();
    void parse_noKeys_keepsTrustbooksValues();
    void parse_startNamingADocument_isKept();
    void parse_shortColour_isSpelledOut();
    void parse_mistake_reportsTheLineOfTheKey_data();
    void parse_mistake_reportsTheLineOfTheKey();
    void parse_badJson_reportsTheLineOfTheSyntaxError();
    void parse_severalMistakes_reportsEachInLineOrder();
    void read_missingFile_namesItAndTheReason();

private:
    QStringList errors(const QByteArray &json) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QByteArray kIcon = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"/>";

} // namespace

void TestBrandManifest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(ScratchFiles::put(m_dir->filePath(QStringLiteral("logo.svg")), kIcon));
    QVERIFY(ScratchFiles::put(m_dir->filePath(QStringLiteral("logo.png")), "PNG"));
}

QStringList TestBrandManifest::errors(const QByteArray &json) const
{
    const auto parsed = BrandManifest::parse(json, QStringLiteral("brand.json"), m_dir->path());
    QStringList lines;
    for (const ContentError &error : parsed.error())
        lines.append(error.toString());
    return lines;
}

void TestBrandManifest::parse_everyKey_givesTheBrand()
{
    const QByteArray json = R"({
  "name": "Acme Trust Center",
  "id": "com.example.AcmeTrustCenter",
  "binary": "acme-trust",
  "icon": "logo.svg",
  "accent": "#C2410C",
  "start": "retention/how-long-are-backups-kept",
  "about": "Answers from Acme's security team.",
  "support": "trust@acme.example",
  "home": "https://trust.acme.example"
})";
    const auto parsed = BrandManifest::parse(json, QStringLiteral("brand.json"), m_dir->path());
    QVERIFY2(parsed, qPrintable(parsed.error().value(0).toString()));
    const Brand &brand = parsed->brand;
    QCOMPARE(brand.name, QStringLiteral("Acme Trust Center"));
    QCOMPARE(brand.id, QStringLiteral("com.example.AcmeTrustCenter"));
    QCOMPARE(brand.binary, QStringLiteral("acme-trust"));
    QCOMPARE(brand.accent, QStringLiteral("#c2410c"));
    QCOMPARE(brand.start, QStringLiteral("retention/how-long-are-backups-kept"));
    QCOMPARE(brand.about, QStringLiteral("Answers from Acme's security team."));
    QCOMPARE(brand.support, QStringLiteral("trust@acme.example"));
    QCOMPARE(brand.home, QStringLiteral("https://trust.acme.example"));
    QVERIFY(brand.hasIcon);
    QVERIFY(brand.fromManifest);
    QCOMPARE(brand.publisher(), QStringLiteral("Acme Trust Center"));
    QCOMPARE(parsed->iconPath, m_dir->filePath(QStringLiteral("logo.svg")));
    QCOMPARE(parsed->startLine, 7);
}

void TestBrandManifest::parse_noKeys_keepsTrustbooksValues()
{
    const auto parsed = BrandManifest::parse("{}", QStringLiteral("brand.json"), m_dir->path());
    QVERIFY(parsed);
    const Brand trustbook;
    QCOMPARE(parsed->brand.name, trustbook.name);
    QCOMPARE(parsed->brand.id, QStringLiteral("org.trustbook.Trustbook"));
    QCOMPARE(parsed->brand.binary, QStringLiteral("trustbook"));
    QVERIFY(!parsed->brand.hasIcon);
    QVERIFY(trustbook.publisher().isEmpty());
}

// A brand may open at the top of a document, as trustbook://DOC does; the generator checks that
// the document is there. It was refused as "not DOC/SECTION".
void TestBrandManifest::parse_startNamingADocument_isKept()
{
    const auto parsed = BrandManifest::parse(R"({"start": "retention"})",
                                             QStringLiteral("brand.json"), m_dir->path());
    QVERIFY2(parsed, qPrintable(parsed.error().value(0).toString()));
    QCOMPARE(parsed->brand.start, QStringLiteral("retention"));
}

void TestBrandManifest::parse_shortColour_isSpelledOut()
{
    const auto parsed =
        BrandManifest::parse(R"({"accent": "#F80"})", QStringLiteral("brand.json"), m_dir->path());
    QVERIFY(parsed);
    QCOMPARE(parsed->brand.accent, QStringLiteral("#ff8800"));
}

void TestBrandManifest::parse_mistake_reportsTheLineOfTheKey_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown key") << QByteArray(R"("colour": "red")")
                                 << QStringLiteral("unknown key 'colour' (a brand has about, "
                                                   "accent, binary, home, icon, id, name, start, "
                                                   "support)");
    QTest::newRow("not a string") << QByteArray(R"("name": 7)")
                                  << QStringLiteral("'name' must be a string");
    QTest::newRow("empty") << QByteArray(R"("name": " ")")
                           << QStringLiteral("'name' is empty; leave the key out to keep the "
                                             "default");
    QTest::newRow("name of two lines")
        << QByteArray(R"("name": "Acme\nTrust")")
        << QStringLiteral("'name' must be one line of at most 60 characters");
    QTest::newRow("bad colour") << QByteArray(R"("accent": "orange")")
                                << QStringLiteral("'accent' must be a colour as #rgb or #rrggbb, "
                                                  "got 'orange'");
    QTest::newRow("id of two parts")
        << QByteArray(R"("id": "example.Acme")")
        << QStringLiteral("'id' must be a reverse-DNS name such as com.example.TrustCenter (at "
                          "least three parts of letters, digits and '_'), got 'example.Acme'");
    QTest::newRow("id with a hyphen")
        << QByteArray(R"("id": "com.example.acme-trust")")
        << QStringLiteral("'id' must be a reverse-DNS name such as com.example.TrustCenter (at "
                          "least three parts of letters, digits and '_'), got "
                          "'com.example.acme-trust'");
    QTest::newRow("binary with capitals and a space")
        << QByteArray(R"("binary": "Acme Trust")")
        << QStringLiteral("'binary' must be a Debian package name: lower-case letters, digits, "
                          "'+', '-' and '.', starting with a letter or digit, 2 to 63 "
                          "characters, got 'Acme Trust'");
    QTest::newRow("binary with a slash")
        << QByteArray(R"("binary": "../acme")")
        << QStringLiteral("'binary' must be a Debian package name: lower-case letters, digits, "
                          "'+', '-' and '.', starting with a letter or digit, 2 to 63 "
                          "characters, got '../acme'");
    QTest::newRow("missing icon") << QByteArray(R"("icon": "none.svg")")
                                  << QStringLiteral("'icon' names %DIR%/none.svg, which does not "
                                                    "exist");
    QTest::newRow("icon not an SVG") << QByteArray(R"("icon": "logo.png")")
                                     << QStringLiteral("'icon' must name an .svg file beside "
                                                       "brand.json, got 'logo.png'");
    QTest::newRow("icon in another folder")
        << QByteArray(R"("icon": "../logo.svg")")
        << QStringLiteral("'icon' must name an .svg file beside brand.json, got '../logo.svg'");
    QTest::newRow("start neither DOC/SECTION nor DOC")
        << QByteArray(R"("start": "Retention Policy")")
        << QStringLiteral("'start' must be DOC/SECTION as `trustbook --list` prints it, or a "
                          "document's DOC, got 'Retention Policy'");
    QTest::newRow("support neither mail nor web")
        << QByteArray(R"("support": "call us")")
        << QStringLiteral("'support' must be an e-mail address or an http(s) address, got 'call "
                          "us'");
    QTest::newRow("home not on the web") << QByteArray(R"("home": "ftp://acme.example")")
                                         << QStringLiteral("'home' must be an http(s) address, "
                                                           "got 'ftp://acme.example'");
}

// The mistake is on line 3, after a good key, so the line is the key's and not the file's.
void TestBrandManifest::parse_mistake_reportsTheLineOfTheKey()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, error);
    const QByteArray json = "{\n  \"about\": \"Fine.\",\n  " + entry + "\n}\n";
    error.replace(QLatin1String("%DIR%"), m_dir->path());
    QCOMPARE(errors(json), QStringList(QStringLiteral("brand.json:3: ") + error));
}

void TestBrandManifest::parse_badJson_reportsTheLineOfTheSyntaxError()
{
    // A comma forgotten at the end of line 3.
    QCOMPARE(errors("{\n  \"name\": \"Acme\",\n  \"id\": \"com.example.Acme\"\n  \"binary\": "
                    "\"acme\"\n}\n"),
             QStringList(QStringLiteral("brand.json:4: not valid JSON: unterminated object")));
    QCOMPARE(errors("[\"Acme\"]"),
             QStringList(QStringLiteral("brand.json:1: must be a JSON object of brand keys, "
                                        "{\"name\": ...}")));
}

void TestBrandManifest::parse_severalMistakes_reportsEachInLineOrder()
{
    const QByteArray json = R"({
  "name": "Acme",
  "binary": "Acme",
  "about": "Fine.",
  "accent": "red",
  "name": "Acme again"
})";
    const QStringList lines = errors(json);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("brand.json:3: 'binary' must be")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("brand.json:5: 'accent' must be")),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), QStringLiteral("brand.json:6: 'name' is given twice"));
}

void TestBrandManifest::read_missingFile_namesItAndTheReason()
{
    const auto parsed = BrandManifest::read(m_dir->path());
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().size(), 1);
    QVERIFY2(parsed.error().constFirst().toString().startsWith(
                 m_dir->filePath(QStringLiteral("brand.json")) + QLatin1String(": cannot read: ")),
             qPrintable(parsed.error().constFirst().toString()));
}

QTEST_GUILESS_MAIN(TestBrandManifest)
#include "tst_brandmanifest.moc"
