#include "contentbundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Manifest twoDocuments()
{
    DocumentEntry faq;
    faq.id = QStringLiteral("faq");
    faq.title = QStringLiteral("FAQ");
    faq.sections.append({QStringLiteral("why"), QStringLiteral("Why?"), 3});
    DocumentEntry privacy;
    privacy.id = QStringLiteral("privacy");
    privacy.title = QStringLiteral("Privacy");
    return Manifest{QStringLiteral("v1"), {faq, privacy}};
}

// A bundle as the generator lays it out, every file in place.
bool writeBundle(const QString &root)
{
    bool ok = writeFile(root + QLatin1String("/manifest.json"), twoDocuments().toJson());
    for (const QString &id : {QStringLiteral("faq"), QStringLiteral("privacy")}) {
        ok = ok && writeFile(root + QLatin1String("/pages/") + id + QLatin1String(".html"),
                             "<html>" + id.toUtf8() + "</html>");
        ok = ok && writeFile(root + QLatin1String("/search/") + id + QLatin1String(".json"), "[]");
    }
    return ok;
}

} // namespace

class TestContentBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void open_completeBundle_readsCatalog();
    void page_ofDocument_isGeneratedPage_data();
    void page_ofDocument_isGeneratedPage();
    void paths_followGeneratorLayout_data();
    void paths_followGeneratorLayout();
    void open_damagedBundle_namesFileAndReason_data();
    void open_damagedBundle_namesFileAndReason();
    void open_compiledInBundle_findsEveryFileOrNamesTheMissingOne_data();
    void open_compiledInBundle_findsEveryFileOrNamesTheMissingOne();
};

void TestContentBundle::open_completeBundle_readsCatalog()
{
    const QTemporaryDir dir;
    QVERIFY(writeBundle(dir.path()));

    const Result<ContentBundle> bundle = ContentBundle::open(dir.path());

    QVERIFY2(bundle, qPrintable(bundle.error()));
    QCOMPARE(bundle->root(), dir.path());
    QCOMPARE(bundle->catalog().documentCount(), 2);
    QCOMPARE(bundle->catalog().contentVersion(), QStringLiteral("v1"));
    QVERIFY(bundle->catalog().find(QStringLiteral("faq/why")).isSection());
}

void TestContentBundle::page_ofDocument_isGeneratedPage_data()
{
    QTest::addColumn<QString>("documentId");
    QTest::addColumn<QByteArray>("page");

    QTest::newRow("first document") << QStringLiteral("faq") << QByteArray("<html>faq</html>");
    QTest::newRow("second document")
        << QStringLiteral("privacy") << QByteArray("<html>privacy</html>");
    QTest::newRow("not in the catalog") << QStringLiteral("other") << QByteArray();
    QTest::newRow("climbing out") << QStringLiteral("../pages/faq") << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestContentBundle::page_ofDocument_isGeneratedPage()
{
    QFETCH(QString, documentId);
    QFETCH(QByteArray, page);
    const QTemporaryDir dir;
    QVERIFY(writeBundle(dir.path()));
    // A file beside the bundle's pages that no catalog entry names.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("pages/other.html")), "<html>other</html>"));
    const Result<ContentBundle> bundle = ContentBundle::open(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));

    QCOMPARE(bundle->page(documentId), page);
}

void TestContentBundle::paths_followGeneratorLayout_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("expected");

    QTest::newRow("manifest") << ContentBundle::relativeManifestPath()
                              << QStringLiteral("manifest.json");
    QTest::newRow("page") << ContentBundle::relativePagePath(QStringLiteral("faq"))
                          << QStringLiteral("pages/faq.html");
    QTest::newRow("search text") << ContentBundle::relativeSearchTextPath(QStringLiteral("faq"))
                                 << QStringLiteral("search/faq.json");
}

void TestContentBundle::paths_followGeneratorLayout()
{
    QFETCH(QString, relative);
    QFETCH(QString, expected);
    const QTemporaryDir dir;
    QVERIFY(writeBundle(dir.path()));
    const Result<ContentBundle> bundle = ContentBundle::open(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));

    QCOMPARE(relative, expected);
    const QStringList readerPaths{bundle->manifestPath(), bundle->pagePath(QStringLiteral("faq")),
                                  bundle->searchTextPath(QStringLiteral("faq"))};
    QVERIFY2(readerPaths.contains(dir.filePath(relative)), qPrintable(readerPaths.join(u' ')));
    QVERIFY(QFileInfo(dir.filePath(relative)).isFile());
}

void TestContentBundle::open_damagedBundle_namesFileAndReason_data()
{
    QTest::addColumn<QString>("damaged");  // relative path, removed or overwritten
    QTest::addColumn<QByteArray>("bytes"); // empty: removed
    QTest::addColumn<QString>("reason");

    QTest::newRow("no manifest") << QStringLiteral("manifest.json") << QByteArray()
                                 << QStringLiteral("No such file");
    QTest::newRow("manifest not JSON")
        << QStringLiteral("manifest.json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("manifest of another format")
        << QStringLiteral("manifest.json") << QByteArray("{\"format\": 999}")
        << QStringLiteral("manifest format 999");
    QTest::newRow("page missing") << QStringLiteral("pages/privacy.html") << QByteArray()
                                  << QStringLiteral("missing, though");
    QTest::newRow("search text missing")
        << QStringLiteral("search/faq.json") << QByteArray() << QStringLiteral("missing, though");
}

void TestContentBundle::open_damagedBundle_namesFileAndReason()
{
    QFETCH(QString, damaged);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QTemporaryDir dir;
    QVERIFY(writeBundle(dir.path()));
    const QString path = dir.filePath(damaged);
    QVERIFY(bytes.isEmpty() ? QFile::remove(path) : writeFile(path, bytes));

    const Result<ContentBundle> bundle = ContentBundle::open(dir.path());

    QVERIFY(!bundle);
    const QString &error = bundle.error();

    QVERIFY2(error.startsWith(path + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestContentBundle::open_compiledInBundle_findsEveryFileOrNamesTheMissingOne_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("missing"); // empty: the bundle is complete

    QTest::newRow("complete (the tests' content)") << ContentBundle::builtInRoot() << QString();
    QTest::newRow("a search text missing")
        << QStringLiteral(":/incomplete-bundle")
        << QStringLiteral(":/incomplete-bundle/search/privacy.json");
}

// Compiled-in files are looked up in their folders' listings (ContentBundle::checked), not one
// by one: the listing must still find each file, and miss the one that is not there.
void TestContentBundle::open_compiledInBundle_findsEveryFileOrNamesTheMissingOne()
{
    QFETCH(QString, root);
    QFETCH(QString, missing);

    const Result<ContentBundle> bundle = ContentBundle::open(root);

    if (missing.isEmpty()) {
        QVERIFY2(bundle, qPrintable(bundle.error()));
        QVERIFY(bundle->catalog().documentCount() > 0);
        return;
    }
    QVERIFY(!bundle);
    QVERIFY2(bundle.error().startsWith(missing + QLatin1String(": missing, though")),
             qPrintable(bundle.error()));
}

QTEST_APPLESS_MAIN(TestContentBundle)
#include "tst_contentbundle.moc"
