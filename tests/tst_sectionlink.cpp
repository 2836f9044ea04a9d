#include "sectionlink.h"

#include <QTest>

namespace {

ContentCatalog catalog()
{
    Manifest manifest;
    DocumentEntry faq;
    faq.id = QStringLiteral("faq");
    faq.title = QStringLiteral("FAQ");
    faq.url = QStringLiteral("https://example.com/security/faq?lang=en");
    faq.sections = {{QStringLiteral("do-you-encrypt"), QStringLiteral("Do you encrypt?"), 3}};
    DocumentEntry notes;
    notes.id = QStringLiteral("notes");
    notes.title = QStringLiteral("Notes");
    notes.sections = {{QStringLiteral("first"), QStringLiteral("First?"), 3}};
    manifest.documents = {faq, notes};
    return ContentCatalog(manifest);
}

} // namespace

class TestSectionLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void links_data();
    void links();
};

void TestSectionLink::links_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("deepLink");
    QTest::addColumn<QString>("webLink");

    QTest::newRow("section of a document with a url")
        << QStringLiteral("faq/do-you-encrypt") << QStringLiteral("trustbook://faq/do-you-encrypt")
        << QStringLiteral("https://example.com/security/faq?lang=en#do-you-encrypt");
    QTest::newRow("the document itself")
        << QStringLiteral("faq") << QStringLiteral("trustbook://faq")
        << QStringLiteral("https://example.com/security/faq?lang=en");
    QTest::newRow("a document without a url")
        << QStringLiteral("notes/first") << QStringLiteral("trustbook://notes/first") << QString();
}

void TestSectionLink::links()
{
    QFETCH(QString, place);
    QFETCH(QString, deepLink);
    QFETCH(QString, webLink);

    const ContentCatalog content = catalog();
    const SectionRef ref = content.find(place);
    QVERIFY(ref.isValid());
    QCOMPARE(SectionLink::deepLink(content, ref), deepLink);
    QCOMPARE(SectionLink::webLink(content, ref).toString(), webLink);
}

QTEST_GUILESS_MAIN(TestSectionLink)
#include "tst_sectionlink.moc"
