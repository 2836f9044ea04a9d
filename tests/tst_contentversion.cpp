#include "contentversion.h"

#include <QCryptographicHash>
#include <QTest>

namespace {

// What `sha256sum` prints for one file.
QByteArray listingLine(const QByteArray &hash, const QByteArray &name)
{
    return hash + "  " + name + '\n';
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const QString kHashOfAbc =
    QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
const QString kHashOfEmpty =
    QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QString kHashOfHello =
    QStringLiteral("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");

} // namespace

class TestContentVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentHash_isSha256Hex_data();
    void documentHash_isSha256Hex();
    void combinedHash_matchesSha256sumListing();
    void combinedHash_matchesShellPipeline();
    void combinedHash_sortsNamesByUtf8Bytes();
    void combinedHash_changesWithAnyFile();
};

void TestContentVersion::documentHash_isSha256Hex_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("hash");

    QTest::newRow("abc") << QByteArray("abc") << kHashOfAbc;
    QTest::newRow("empty") << QByteArray() << kHashOfEmpty;
    QTest::newRow("hello line") << QByteArray("hello\n") << kHashOfHello;
}

void TestContentVersion::documentHash_isSha256Hex()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, hash);

    QCOMPARE(ContentVersion::documentHash(bytes), hash);
}

void TestContentVersion::combinedHash_matchesSha256sumListing()
{
    const QMap<QString, QString> hashes{{QStringLiteral("zeta.md"), kHashOfAbc},
                                        {QStringLiteral("alpha.md"), kHashOfEmpty},
                                        {QStringLiteral("Beta.md"), kHashOfHello}};
    // Byte order, as `LC_ALL=C sort` has it: upper case before lower case.
    const QByteArray listing = listingLine(kHashOfHello.toLatin1(), "Beta.md") +
                               listingLine(kHashOfEmpty.toLatin1(), "alpha.md") +
                               listingLine(kHashOfAbc.toLatin1(), "zeta.md");

    QCOMPARE(ContentVersion::combinedHash(hashes), sha256Hex(listing));
}

void TestContentVersion::combinedHash_matchesShellPipeline()
{
    // printf abc > b.md; : > a.md; echo hello > C.md; LC_ALL=C sha256sum *.md | sha256sum
    const QMap<QString, QString> hashes{{QStringLiteral("b.md"), kHashOfAbc},
                                        {QStringLiteral("a.md"), kHashOfEmpty},
                                        {QStringLiteral("C.md"), kHashOfHello}};

    QCOMPARE(ContentVersion::combinedHash(hashes),
             QStringLiteral("8a41bdac69e70dbc7c671859ac325acb4220b0451d9bbaedbfa7d8451f720945"));
}

void TestContentVersion::combinedHash_sortsNamesByUtf8Bytes()
{
    // U+FF21 is EF BC A1 in UTF-8 and U+1F600 is F0 9F 98 80: byte order puts U+FF21 first,
    // while UTF-16 order (D83D DE00 < FF21) would put the emoji first.
    const QString fullwidth = QStringLiteral("\uFF21.md");
    const QString emoji = QStringLiteral("\U0001F600.md");
    const QMap<QString, QString> hashes{{emoji, kHashOfAbc}, {fullwidth, kHashOfEmpty}};
    const QByteArray listing = listingLine(kHashOfEmpty.toLatin1(), fullwidth.toUtf8()) +
                               listingLine(kHashOfAbc.toLatin1(), emoji.toUtf8());

    QCOMPARE(ContentVersion::combinedHash(hashes), sha256Hex(listing));
}

void TestContentVersion::combinedHash_changesWithAnyFile()
{
    const QMap<QString, QString> before{{QStringLiteral("a.md"), kHashOfAbc},
                                        {QStringLiteral("b.md"), kHashOfEmpty}};
    QMap<QString, QString> edited = before;
    edited.insert(QStringLiteral("b.md"), kHashOfHello);
    QMap<QString, QString> renamed{{QStringLiteral("a.md"), kHashOfAbc},
                                   {QStringLiteral("c.md"), kHashOfEmpty}};

    QVERIFY(ContentVersion::combinedHash(before) != ContentVersion::combinedHash(edited));
    QVERIFY(ContentVersion::combinedHash(before) != ContentVersion::combinedHash(renamed));
}

QTEST_APPLESS_MAIN(TestContentVersion)
#include "tst_contentversion.moc"
