#include "contentcatalog.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SectionRef)

namespace {

DocumentEntry document(const QString &id, const QStringList &sectionIds)
{
    DocumentEntry entry;
    entry.id = id;
    entry.title = id.toUpper();
    for (const QString &sectionId : sectionIds)
        entry.sections.append({sectionId, sectionId.toUpper(), 1});
    return entry;
}

// Two documents, three and two sections; "intro" in both to show ids are per document.
ContentCatalog twoDocumentCatalog()
{
    return ContentCatalog(Manifest{
        QStringLiteral("v1"),
        {document(QStringLiteral("security-faq"),
                  {QStringLiteral("intro"), QStringLiteral("is-gitpod-gdpr-compliant"),
                   QStringLiteral("is-gitpod-soc-2-or-iso-27001-compliant")}),
         document(QStringLiteral("privacy"), {QStringLiteral("intro"), QStringLiteral("scope")})}});
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestContentCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_path_givesPlace_data();
    void find_path_givesPlace();
    void sectionPath_ofFoundPlace_givesPathBack();
    void sectionPath_documentTop_isDocumentId();
    void allSections_listsEverySectionInTreeOrder();
    void counts_matchManifest();
    void section_ofRef_isManifestEntry();
    void adjacentSection_stepsInTreeOrder_data();
    void adjacentSection_stepsInTreeOrder();
    void load_missingFile_namesPath();
    void load_invalidManifest_namesPathAndProblem();
    void load_validFile_readsManifest();
};

void TestContentCatalog::find_path_givesPlace_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SectionRef>("place");

    QTest::newRow("first section") << QStringLiteral("security-faq/intro") << SectionRef{0, 0};
    QTest::newRow("last section of first document")
        << QStringLiteral("security-faq/is-gitpod-soc-2-or-iso-27001-compliant")
        << SectionRef{0, 2};
    QTest::newRow("same section id, second document")
        << QStringLiteral("privacy/intro") << SectionRef{1, 0};
    QTest::newRow("document") << QStringLiteral("security-faq") << SectionRef{0, -1};
    QTest::newRow("second document") << QStringLiteral("privacy") << SectionRef{1, -1};
    QTest::newRow("unknown document") << QStringLiteral("nope") << SectionRef{};
    QTest::newRow("unknown document with section") << QStringLiteral("nope/x") << SectionRef{};
    QTest::newRow("unknown section") << QStringLiteral("security-faq/nope") << SectionRef{};
    QTest::newRow("section of other document") << QStringLiteral("privacy/scope-1") << SectionRef{};
    QTest::newRow("empty") << QString() << SectionRef{};
    QTest::newRow("slash only") << QStringLiteral("/") << SectionRef{};
    QTest::newRow("wrong case") << QStringLiteral("Security-FAQ/intro") << SectionRef{};
    QTest::newRow("document and a slash") << QStringLiteral("security-faq/") << SectionRef{};
    QTest::newRow("one part too many") << QStringLiteral("security-faq/intro/more") << SectionRef{};
}

void TestContentCatalog::find_path_givesPlace()
{
    QFETCH(QString, path);
    QFETCH(SectionRef, place);

    const SectionRef found = twoDocumentCatalog().find(path);

    QCOMPARE(found.document, place.document);
    QCOMPARE(found.section, place.section);
    QCOMPARE(found.isValid(), place.document >= 0);
}

void TestContentCatalog::sectionPath_ofFoundPlace_givesPathBack()
{
    const ContentCatalog catalog = twoDocumentCatalog();

    for (const SectionRef ref : catalog.allSections()) {
        const QString path = catalog.sectionPath(ref);
        QVERIFY2(catalog.find(path) == ref, qPrintable(path));
    }
    QCOMPARE(catalog.sectionPath({1, 1}), QStringLiteral("privacy/scope"));
}

void TestContentCatalog::sectionPath_documentTop_isDocumentId()
{
    const ContentCatalog catalog = twoDocumentCatalog();

    QCOMPARE(catalog.sectionPath({1, -1}), QStringLiteral("privacy"));
    QVERIFY(catalog.find(catalog.sectionPath({0, -1})) == (SectionRef{0, -1}));
}

void TestContentCatalog::allSections_listsEverySectionInTreeOrder()
{
    const QList<SectionRef> expected{{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}};

    QVERIFY(twoDocumentCatalog().allSections() == expected);
}

void TestContentCatalog::counts_matchManifest()
{
    const ContentCatalog catalog = twoDocumentCatalog();

    QCOMPARE(catalog.documentCount(), 2);
    QCOMPARE(catalog.sectionCount(), 5);
    QCOMPARE(catalog.contentVersion(), QStringLiteral("v1"));
    QCOMPARE(catalog.documentIndex(QStringLiteral("privacy")), 1);
    QCOMPARE(catalog.documentIndex(QStringLiteral("nope")), -1);
}

void TestContentCatalog::section_ofRef_isManifestEntry()
{
    const ContentCatalog catalog = twoDocumentCatalog();

    QCOMPARE(catalog.section({0, 1}).title, QStringLiteral("IS-GITPOD-GDPR-COMPLIANT"));
    QCOMPARE(catalog.document(1).title, QStringLiteral("PRIVACY"));
}

void TestContentCatalog::adjacentSection_stepsInTreeOrder_data()
{
    QTest::addColumn<SectionRef>("from");
    QTest::addColumn<int>("step");
    QTest::addColumn<SectionRef>("expected");
    QTest::newRow("next in document") << SectionRef{0, 0} << 1 << SectionRef{0, 1};
    QTest::newRow("previous in document") << SectionRef{0, 2} << -1 << SectionRef{0, 1};
    QTest::newRow("next crosses document") << SectionRef{0, 2} << 1 << SectionRef{1, 0};
    QTest::newRow("previous crosses document") << SectionRef{1, 0} << -1 << SectionRef{0, 2};
    QTest::newRow("next from document top") << SectionRef{1, -1} << 1 << SectionRef{1, 0};
    QTest::newRow("previous from document top") << SectionRef{1, -1} << -1 << SectionRef{0, 2};
    QTest::newRow("past the end") << SectionRef{1, 1} << 1 << SectionRef{};
    QTest::newRow("before the start") << SectionRef{0, 0} << -1 << SectionRef{};
    QTest::newRow("before the first document top") << SectionRef{0, -1} << -1 << SectionRef{};
    QTest::newRow("two steps") << SectionRef{0, 1} << 2 << SectionRef{1, 0};
    QTest::newRow("invalid start") << SectionRef{} << 1 << SectionRef{};
}

void TestContentCatalog::adjacentSection_stepsInTreeOrder()
{
    QFETCH(SectionRef, from);
    QFETCH(int, step);
    QFETCH(SectionRef, expected);
    const SectionRef actual = twoDocumentCatalog().adjacentSection(from, step);
    QCOMPARE(actual.document, expected.document);
    QCOMPARE(actual.section, expected.section);
}

void TestContentCatalog::load_missingFile_namesPath()
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/manifest.json"));

    const Result<ContentCatalog> catalog = ContentCatalog::load(path);

    QVERIFY(!catalog);
    const QString &error = catalog.error();
    QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 2, qPrintable(error));
}

void TestContentCatalog::load_invalidManifest_namesPathAndProblem()
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    QVERIFY(writeFile(path, "{\"format\": 7}"));

    const Result<ContentCatalog> catalog = ContentCatalog::load(path);

    QVERIFY(!catalog);
    QCOMPARE(catalog.error(), QString(path + QLatin1String(": manifest format 7 is not 2")));
}

void TestContentCatalog::load_validFile_readsManifest()
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("manifest.json"));
    QVERIFY(writeFile(path, twoDocumentCatalog().manifest().toJson()));

    const Result<ContentCatalog> catalog = ContentCatalog::load(path);

    QVERIFY2(catalog, qPrintable(catalog.error()));
    QCOMPARE(catalog->sectionCount(), 5);
    QVERIFY(catalog->find(QStringLiteral("privacy/scope")) == (SectionRef{1, 1}));
}

QTEST_APPLESS_MAIN(TestContentCatalog)
#include "tst_contentcatalog.moc"
