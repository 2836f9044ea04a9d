// `trustbook --preview DIR` without a window: the folder rendered into a bundle in memory as
// the build renders it, again after every save (in place or by rename), and a broken file
// reported as file:line with the last good bundle kept. Nothing is written anywhere.
#include "previewtestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestPreviewSource final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void start_rendersFolderIntoUnreleasedBundle();
    void save_reloadsWithNewText_data();
    void save_reloadsWithNewText();
    void newDocument_joinsTheBundle();
    void brokenFile_failsWithFileAndLine_keepsLastGoodBundle();
    void fixedFile_reloadsAndClearsProblems();
    void preview_writesNothing();

private:
    struct Preview
    {
        QTemporaryDir dir;
        std::unique_ptr<PreviewSource> source;
        QString path(const QString &name) const { return dir.filePath(name); }
    };
    static std::unique_ptr<Preview> started(const QByteArray &faq);
    static QString pageText(const PreviewSource &source, const QString &documentId);
};

std::unique_ptr<TestPreviewSource::Preview> TestPreviewSource::started(const QByteArray &faq)
{
    auto preview = std::make_unique<Preview>();
    if (!PreviewTest::writeInPlace(preview->path(QStringLiteral("demo-faq.md")), faq))
        return nullptr;
    preview->source = std::make_unique<PreviewSource>(preview->dir.path(), PreviewTest::renderer());
    QSignalSpy reloaded(preview->source.get(), &PreviewSource::reloaded);
    preview->source->start();
    if (!reloaded.wait(20000))
        return nullptr;
    return preview;
}

QString TestPreviewSource::pageText(const PreviewSource &source, const QString &documentId)
{
    return source.bundle() ? QString::fromUtf8(source.bundle()->page(documentId)) : QString();
}

void TestPreviewSource::start_rendersFolderIntoUnreleasedBundle()
{
    const auto preview = started(PreviewTest::document(
        QStringLiteral("Demo FAQ"),
        {{QStringLiteral("Is data encrypted at rest?"), QStringLiteral("Yes, with AES-256.")}}));
    QVERIFY(preview);
    const ContentCatalog &catalog = preview->source->bundle()->catalog();
    QCOMPARE(catalog.documentCount(), 1);
    QCOMPARE(catalog.document(0).title, QStringLiteral("Demo FAQ"));
    QVERIFY(catalog.find(QStringLiteral("demo-faq/is-data-encrypted-at-rest")).isSection());
    QCOMPARE(catalog.contentVersion(), QStringLiteral("unreleased"));
    QVERIFY(
        pageText(*preview->source, QStringLiteral("demo-faq")).contains(QStringLiteral("AES-256")));
    // The build's own lockdown is in the page.
    QVERIFY(pageText(*preview->source, QStringLiteral("demo-faq"))
                .contains(QStringLiteral("Content-Security-Policy")));
    QVERIFY(preview->source->errors().isEmpty());
}

void TestPreviewSource::save_reloadsWithNewText_data()
{
    QTest::addColumn<bool>("byRename");
    QTest::newRow("written in place") << false;
    QTest::newRow("replaced by rename, as editors save") << true;
}

void TestPreviewSource::save_reloadsWithNewText()
{
    QFETCH(bool, byRename);
    const auto preview = started(PreviewTest::document(
        QStringLiteral("Demo FAQ"), {{QStringLiteral("Q?"), QStringLiteral("First answer.")}}));
    QVERIFY(preview);
    const QString file = preview->path(QStringLiteral("demo-faq.md"));
    QSignalSpy reloaded(preview->source.get(), &PreviewSource::reloaded);

    // Twice: the second save shows the watch survived the first (a rename ends it).
    for (const QString &answer : {QStringLiteral("Second answer."), QStringLiteral("Third.")}) {
        const QByteArray text =
            PreviewTest::document(QStringLiteral("Demo FAQ"), {{QStringLiteral("Q?"), answer}});
        QVERIFY(byRename ? PreviewTest::replaceByRename(file, text)
                         : PreviewTest::writeInPlace(file, text));
        QTRY_VERIFY_WITH_TIMEOUT(
            pageText(*preview->source, QStringLiteral("demo-faq")).contains(answer), 20000);
    }
    QVERIFY(reloaded.size() >= 2);
}

void TestPreviewSource::newDocument_joinsTheBundle()
{
    const auto preview = started(PreviewTest::document(
        QStringLiteral("Demo FAQ"), {{QStringLiteral("Q?"), QStringLiteral("A.")}}));
    QVERIFY(preview);
    QVERIFY(PreviewTest::writeInPlace(
        preview->path(QStringLiteral("second.md")),
        PreviewTest::document(QStringLiteral("Second"),
                              {{QStringLiteral("Other?"), QStringLiteral("B.")}})));
    QTRY_COMPARE_WITH_TIMEOUT(preview->source->bundle()->catalog().documentCount(), 2, 20000);
}

void TestPreviewSource::brokenFile_failsWithFileAndLine_keepsLastGoodBundle()
{
    const auto preview = started(PreviewTest::document(
        QStringLiteral("Demo FAQ"), {{QStringLiteral("Q?"), QStringLiteral("Good answer.")}}));
    QVERIFY(preview);
    const std::shared_ptr<const ContentBundle> good = preview->source->bundle();
    QSignalSpy failed(preview->source.get(), &PreviewSource::failed);
    const QString file = preview->path(QStringLiteral("demo-faq.md"));

    QVERIFY(PreviewTest::replaceByRename(file, PreviewTest::brokenDocument()));

    QVERIFY(failed.wait(20000));
    const QStringList errors = failed.first().first().toStringList();
    QCOMPARE(errors, preview->source->errors());
    QVERIFY2(errors.value(0).startsWith(file + QLatin1String(":3: ")),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(preview->source->bundle(), good);
    QVERIFY(pageText(*preview->source, QStringLiteral("demo-faq"))
                .contains(QStringLiteral("Good answer.")));
}

void TestPreviewSource::fixedFile_reloadsAndClearsProblems()
{
    const auto preview = started(PreviewTest::brokenDocument().replace("2026-02-30", "2026-02-28"));
    QVERIFY(preview);
    QSignalSpy failed(preview->source.get(), &PreviewSource::failed);
    QSignalSpy reloaded(preview->source.get(), &PreviewSource::reloaded);
    const QString file = preview->path(QStringLiteral("demo-faq.md"));
    QVERIFY(PreviewTest::writeInPlace(file, PreviewTest::brokenDocument()));
    QVERIFY(failed.wait(20000));
    QVERIFY(!preview->source->errors().isEmpty());

    QVERIFY(PreviewTest::writeInPlace(
        file, PreviewTest::brokenDocument().replace("2026-02-30", "2026-03-01")));

    QVERIFY(reloaded.wait(20000));
    QVERIFY(preview->source->errors().isEmpty());
    const ContentCatalog &catalog = preview->source->bundle()->catalog();
    QCOMPARE(catalog.section(catalog.find(QStringLiteral("demo-faq/a-question"))).review.reviewed,
             QDate(2026, 3, 1));
}

void TestPreviewSource::preview_writesNothing()
{
    const QByteArray text = PreviewTest::document(QStringLiteral("Demo FAQ"),
                                                  {{QStringLiteral("Q?"), QStringLiteral("A.")}});
    const auto preview = started(text);
    QVERIFY(preview);
    QSignalSpy reloaded(preview->source.get(), &PreviewSource::reloaded);
    QVERIFY(PreviewTest::writeInPlace(preview->path(QStringLiteral("demo-faq.md")),
                                      text + "\nMore.\n"));
    QVERIFY(reloaded.wait(20000));
    // The folder holds what the test wrote, and nothing else (no output, no hidden files).
    QCOMPARE(GeneratorTest::readTree(preview->dir.path()).keys(),
             QStringList{QStringLiteral("demo-faq.md")});
    QCOMPARE(preview->source->bundle()->searchIndexPath(), QString());
}

QTEST_GUILESS_MAIN(TestPreviewSource)
#include "tst_previewsource.moc"
