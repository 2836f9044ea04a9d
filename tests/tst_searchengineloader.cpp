// The engine over a bundle: the prebuilt index when it is sound and made for this content,
// silently; otherwise one line on stderr naming what was wrong, and an index built from the
// search text that still answers.
#include "bundletestsupport.h"
#include "contentbundle.h"
#include "fixturecontent.h"
#include "searchengine.h"
#include "searchengineloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

using Breakage = std::function<bool(const QString &indexPath)>;

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestSearchEngineLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void load_builtIn_usesPrebuiltIndexSilently_data();
    void load_builtIn_usesPrebuiltIndexSilently();
    void load_unusableIndex_saysWhyAndBuildsOne_data();
    void load_unusableIndex_saysWhyAndBuildsOne();
    void load_unusableIndexAndNoSearchText_fails();
};

void TestSearchEngineLoader::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestSearchEngineLoader::load_builtIn_usesPrebuiltIndexSilently_data()
{
    QTest::addColumn<SearchIndex::Use>("use");
    QTest::newRow("typing") << SearchIndex::Use::Typing;
    QTest::newRow("questions") << SearchIndex::Use::Questions;
}

void TestSearchEngineLoader::load_builtIn_usesPrebuiltIndexSilently()
{
    QFETCH(SearchIndex::Use, use);
    const Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));

    const auto engine = SearchEngineLoader::load(*bundle, use);

    QVERIFY2(engine, qPrintable(engine.error().reason));
    QCOMPARE((*engine)->size(), FixtureContent::kSectionCount);
    const SearchResults results = (*engine)->search(
        QStringLiteral("Is the service GDPR compliant?"), QueryAnalyzer::Mode::Question);
    QVERIFY(!results.hits.isEmpty());
    QCOMPARE(results.hits.first().path, FixtureContent::kGdpr);
}

void TestSearchEngineLoader::load_unusableIndex_saysWhyAndBuildsOne_data()
{
    QTest::addColumn<Breakage>("breakage");
    QTest::addColumn<QString>("reason"); // a regular expression, inside the line's brackets

    QTest::newRow("missing") << Breakage([](const QString &path) { return QFile::remove(path); })
                             << QStringLiteral("No such file");
    QTest::newRow("not a database")
        << Breakage([](const QString &path) { return overwrite(path, QByteArray(8192, 'x')); })
        << QStringLiteral("not a database");
    QTest::newRow("damaged") << Breakage([](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        file.close();
        return overwrite(path, bytes.left(bytes.size() / 2));
    }) << QStringLiteral("damaged|malformed");
    QTest::newRow("other content") << Breakage([](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QByteArray bytes = file.readAll();
        file.close();
        // The 64 hex digits of the content version, as stored in the index's key.
        const qsizetype at = bytes.indexOf("content_version");
        if (at < 0)
            return false;
        const qsizetype digits = at + qsizetype(sizeof("content_version")) - 1;
        bytes[digits] = bytes.at(digits) == '0' ? '1' : '0';
        return overwrite(path, bytes);
    }) << QStringLiteral("built for content version");
}

void TestSearchEngineLoader::load_unusableIndex_saysWhyAndBuildsOne()
{
    QFETCH(Breakage, breakage);
    QFETCH(QString, reason);
    const QTemporaryDir dir;
    const Result<ContentBundle> bundle = BundleTest::builtInCopy(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    QVERIFY(breakage(bundle->searchIndexPath()));
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(
                          QStringLiteral("^%1: the prebuilt search index cannot be used \\(.*(%2)"
                                         ".*\\); building one from the search text instead$")
                              .arg(QRegularExpression::escape(bundle->searchIndexPath()), reason)));

    const auto engine = SearchEngineLoader::load(*bundle, SearchIndex::Use::Typing);

    QVERIFY2(engine, qPrintable(engine.error().reason));
    QCOMPARE((*engine)->size(), FixtureContent::kSectionCount);
    const SearchResults results = (*engine)->search(QStringLiteral("gdpr"));
    QVERIFY(!results.hits.isEmpty());
    QCOMPARE(results.hits.first().path, FixtureContent::kGdpr);
}

void TestSearchEngineLoader::load_unusableIndexAndNoSearchText_fails()
{
    const QTemporaryDir dir;
    const Result<ContentBundle> bundle = BundleTest::builtInCopy(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const QString missing = BundleTest::withoutSearch(*bundle);
    QVERIFY(!missing.isEmpty());

    const auto engine = SearchEngineLoader::load(*bundle, SearchIndex::Use::Questions);

    QVERIFY(!engine);
    QCOMPARE(engine.error().stage, SearchEngineLoader::Error::Stage::Text);
    QVERIFY2(engine.error().reason.startsWith(missing + QLatin1String(": ")),
             qPrintable(engine.error().reason));
}

QTEST_GUILESS_MAIN(TestSearchEngineLoader)
#include "tst_searchengineloader.moc"
