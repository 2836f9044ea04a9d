// The window's search: the index builds and queries run on another thread, and only the
// newest query is answered.
#include "bundletestsupport.h"
#include "fixturecontent.h"
#include "searchservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kTimeoutMs = 10000;
} // namespace

class TestSearchService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void construct_buildsNothingUntilAsked();
    void prepare_buildsIndexInBackgroundOnce();
    void search_beforeIndexIsBuilt_isAnsweredOnceBuilt();
    void search_newerQuery_supersedesOlderOnes();
    void search_runsOffGuiThread();
    void construct_missingIndexAndSearchText_reportsError();
    void destroy_whileBuilding_isClean();

private:
    std::optional<ContentBundle> m_bundle;
};

void TestSearchService::initTestCase()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
}

void TestSearchService::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestSearchService::construct_buildsNothingUntilAsked()
{
    SearchService service(*m_bundle);
    QSignalSpy ready(&service, &SearchService::ready);

    QVERIFY(!ready.wait(300)); // the window's first page comes first

    QVERIFY(!service.isReady());
}

void TestSearchService::prepare_buildsIndexInBackgroundOnce()
{
    SearchService service(*m_bundle);
    QSignalSpy ready(&service, &SearchService::ready);

    service.prepare();
    service.prepare();
    QVERIFY(ready.wait(kTimeoutMs));
    QVERIFY(!ready.wait(300));

    QCOMPARE(ready.size(), 1);

    QCOMPARE(ready.first().at(0).toInt(), m_bundle->catalog().sectionCount());
    QCOMPARE(ready.first().at(1).toString(), QString());
    QVERIFY(service.isReady());
}

void TestSearchService::search_beforeIndexIsBuilt_isAnsweredOnceBuilt()
{
    SearchService service(*m_bundle);
    QSignalSpy results(&service, &SearchService::resultsReady);

    service.search(QStringLiteral("gdpr"));

    QVERIFY(results.wait(kTimeoutMs));
    const auto hits = results.first().at(1).value<SearchResults>().hits;
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().path, FixtureContent::kGdpr);
}

void TestSearchService::search_newerQuery_supersedesOlderOnes()
{
    SearchService service(*m_bundle);
    QSignalSpy results(&service, &SearchService::resultsReady);

    for (const char *typed : {"g", "gd", "gdp", "gdpr"})
        service.search(QString::fromLatin1(typed));

    // Answers arrive in order, so nothing older can come after the newest.
    QVERIFY(results.wait(kTimeoutMs));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().at(0).toString(), QStringLiteral("gdpr"));
}

void TestSearchService::search_runsOffGuiThread()
{
    SearchService service(*m_bundle);
    QThread *searchThread = nullptr;
    connect(&service, &SearchService::ready, this,
            [&] { searchThread = service.findChild<QThread *>(); });
    QSignalSpy ready(&service, &SearchService::ready);
    service.prepare();
    QVERIFY(ready.wait(kTimeoutMs));

    QVERIFY(searchThread);
    QVERIFY(searchThread != QThread::currentThread());
    QVERIFY(searchThread->isRunning());
}

void TestSearchService::construct_missingIndexAndSearchText_reportsError()
{
    const QTemporaryDir dir;
    const Result<ContentBundle> bundle = BundleTest::builtInCopy(dir.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const QString missing = BundleTest::withoutSearch(*bundle);
    QVERIFY(!missing.isEmpty());
    SearchService service(*bundle);
    QSignalSpy ready(&service, &SearchService::ready);

    service.prepare();
    QVERIFY(ready.wait(kTimeoutMs));

    QVERIFY2(ready.first().at(1).toString().startsWith(missing + QLatin1String(": ")),
             qPrintable(ready.first().at(1).toString()));
    QVERIFY(!service.isReady());
    QSignalSpy results(&service, &SearchService::resultsReady);
    service.search(QStringLiteral("gdpr"));
    QVERIFY(results.wait(kTimeoutMs));
    QVERIFY(results.first().at(1).value<SearchResults>().hits.isEmpty());
}

void TestSearchService::destroy_whileBuilding_isClean()
{
    for (int i = 0; i < 5; ++i) {
        SearchService service(*m_bundle);
        service.search(QStringLiteral("gdpr"));
    }
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
