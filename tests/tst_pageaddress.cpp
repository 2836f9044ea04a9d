// PageAddress maps the public addresses users see and pass (trustbook://DOC/SECTION) to the
// one origin the view loads every page from, and back; the scheme handler serves only what it
// calls a page.
#include "pageaddress.h"

#include <QTest>

class TestPageAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageUrl_isOneHostForEveryDocument();
    void sectionPath_readsBothForms_data();
    void sectionPath_readsBothForms();
    void toInternal_thenToPublic_givesTheShownAddress_data();
    void toInternal_thenToPublic_givesTheShownAddress();
    void toInternal_keepsWhatNamesNoPlace_data();
    void toInternal_keepsWhatNamesNoPlace();
    void documentOfPage_onlyExactPageAddresses_data();
    void documentOfPage_onlyExactPageAddresses();
};

void TestPageAddress::pageUrl_isOneHostForEveryDocument()
{
    const QUrl faq = PageAddress::pageUrl(QStringLiteral("security-faq"),
                                          QStringLiteral("is-gitpod-gdpr-compliant"));
    const QUrl notes = PageAddress::pageUrl(QStringLiteral("notes"));
    QCOMPARE(
        faq.toString(),
        QStringLiteral("trustbook://content.trustbook/?security-faq#is-gitpod-gdpr-compliant"));
    QCOMPARE(notes.toString(), QStringLiteral("trustbook://content.trustbook/?notes"));
    QCOMPARE(faq.host(), notes.host());
    QVERIFY(PageAddress::isInternal(faq));
    QVERIFY(!PageAddress::isInternal(QUrl(QStringLiteral("trustbook://notes/"))));
}

void TestPageAddress::sectionPath_readsBothForms_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");
    QTest::newRow("deep link") << "trustbook://faq/do-you-encrypt"
                               << "faq/do-you-encrypt";
    QTest::newRow("public, fragment") << "trustbook://faq/#do-you-encrypt"
                                      << "faq/do-you-encrypt";
    QTest::newRow("public document") << "trustbook://faq/"
                                     << "faq";
    QTest::newRow("public, no slash") << "trustbook://faq"
                                      << "faq";
    QTest::newRow("internal") << "trustbook://content.trustbook/?faq#do-you-encrypt"
                              << "faq/do-you-encrypt";
    QTest::newRow("internal document") << "trustbook://content.trustbook/?faq"
                                       << "faq";
    QTest::newRow("internal, document as path") << "trustbook://content.trustbook/faq/#a"
                                                << "";
    QTest::newRow("section twice") << "trustbook://faq/a#b"
                                   << "";
    QTest::newRow("too deep") << "trustbook://faq/a/b"
                              << "";
    QTest::newRow("unicode section") << "trustbook://faq/r\u00e9sidence-des-donn\u00e9es"
                                     << "faq/r\u00e9sidence-des-donn\u00e9es";
    QTest::newRow("file name, no section") << "trustbook://faq/manifest.json"
                                           << "";
    QTest::newRow("encoded slash, no section") << "trustbook://faq/%2fetc%2fpasswd"
                                               << "";
    QTest::newRow("internal, no document") << "trustbook://content.trustbook/"
                                           << "";
    QTest::newRow("query") << "trustbook://faq/?x=1"
                           << "";
    QTest::newRow("credentials") << "trustbook://me@faq/"
                                 << "";
    QTest::newRow("port") << "trustbook://faq:81/"
                          << "";
    QTest::newRow("web") << "https://faq/a"
                         << "";
}

void TestPageAddress::sectionPath_readsBothForms()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    QCOMPARE(PageAddress::sectionPath(QUrl(url)), path);
}

void TestPageAddress::toInternal_thenToPublic_givesTheShownAddress_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("internal");
    QTest::addColumn<QString>("shown");
    QTest::newRow("deep link") << "trustbook://faq/do-you-encrypt"
                               << "trustbook://content.trustbook/?faq#do-you-encrypt"
                               << "trustbook://faq/#do-you-encrypt";
    QTest::newRow("fragment") << "trustbook://faq/#do-you-encrypt"
                              << "trustbook://content.trustbook/?faq#do-you-encrypt"
                              << "trustbook://faq/#do-you-encrypt";
    QTest::newRow("document") << "trustbook://faq/"
                              << "trustbook://content.trustbook/?faq"
                              << "trustbook://faq/";
    QTest::newRow("internal stays") << "trustbook://content.trustbook/?faq#a"
                                    << "trustbook://content.trustbook/?faq#a"
                                    << "trustbook://faq/#a";
    QTest::newRow("web untouched") << "https://example.com/a#b"
                                   << "https://example.com/a#b"
                                   << "https://example.com/a#b";
}

void TestPageAddress::toInternal_thenToPublic_givesTheShownAddress()
{
    QFETCH(QString, given);
    QFETCH(QString, internal);
    QFETCH(QString, shown);
    const QUrl loaded = PageAddress::toInternal(QUrl(given));
    QCOMPARE(loaded.toString(), internal);
    QCOMPARE(PageAddress::toPublic(loaded).toString(), shown);
}

void TestPageAddress::toInternal_keepsWhatNamesNoPlace_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("internal");
    QTest::newRow("other file") << "trustbook://faq/pages/faq.html"
                                << "trustbook://content.trustbook/faq/pages/faq.html";
    QTest::newRow("file name") << "trustbook://faq/manifest.json"
                               << "trustbook://content.trustbook/faq/manifest.json";
    QTest::newRow("encoded dots") << "trustbook://faq/%2e%2e/%2e%2e/etc/passwd"
                                  // QUrl decodes the dots; still no page
                                  << "trustbook://content.trustbook/faq/../../etc/passwd";
    QTest::newRow("query") << "trustbook://faq/?x=1"
                           << "trustbook://content.trustbook/faq/?x=1";
    QTest::newRow("port") << "trustbook://faq:81/"
                          << "trustbook://content.trustbook:81/faq/";
}

void TestPageAddress::toInternal_keepsWhatNamesNoPlace()
{
    QFETCH(QString, given);
    QFETCH(QString, internal);
    const QUrl loaded = PageAddress::toInternal(QUrl(given));
    QCOMPARE(loaded.toString(QUrl::FullyEncoded), internal);
    QCOMPARE(PageAddress::documentOfPage(loaded), QString());
}

void TestPageAddress::documentOfPage_onlyExactPageAddresses_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("document");
    QTest::newRow("page") << "trustbook://content.trustbook/?faq"
                          << "faq";
    QTest::newRow("page, fragment") << "trustbook://content.trustbook/?faq#a"
                                    << "faq";
    QTest::newRow("public form") << "trustbook://faq/"
                                 << "";
    QTest::newRow("document as path") << "trustbook://content.trustbook/faq/"
                                      << "";
    QTest::newRow("document as path and query") << "trustbook://content.trustbook/faq/?faq"
                                                << "";
    QTest::newRow("no path") << "trustbook://content.trustbook?faq"
                             << "";
    QTest::newRow("root") << "trustbook://content.trustbook/"
                          << "";
    QTest::newRow("encoded slash in query") << "trustbook://content.trustbook/?faq%2f..%2fx"
                                            << "";
    QTest::newRow("two queries") << "trustbook://content.trustbook/?faq&x=1"
                                 << "";
    QTest::newRow("deeper") << "trustbook://content.trustbook/faq/manifest.json"
                            << "";
    QTest::newRow("encoded slash") << "trustbook://content.trustbook/%2fetc%2fpasswd/"
                                   << "";
    QTest::newRow("encoded dots") << "trustbook://content.trustbook/%2e%2e/"
                                  << "";
    QTest::newRow("not an id") << "trustbook://content.trustbook/Faq_1/"
                               << "";
    QTest::newRow("credentials") << "trustbook://me@content.trustbook/?faq"
                                 << "";
    QTest::newRow("port") << "trustbook://content.trustbook:81/?faq"
                          << "";
    QTest::newRow("other scheme") << "https://content.trustbook/?faq"
                                  << "";
}

void TestPageAddress::documentOfPage_onlyExactPageAddresses()
{
    QFETCH(QString, url);
    QFETCH(QString, document);
    QCOMPARE(PageAddress::documentOfPage(QUrl(url)), document);
}

QTEST_APPLESS_MAIN(TestPageAddress)
#include "tst_pageaddress.moc"
