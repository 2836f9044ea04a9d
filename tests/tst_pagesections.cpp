// Cutting a generated page into its intro and sections without a browser: what the PDF
// export does for every document but the last, and what copying an answer reads.
#include "contentbundle.h"
#include "fixturecontent.h"
#include "pagesections.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray page(const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>T</title>\n</head>\n<body>\n"
           "<main class=\"document\">\n" +
           body + "\n</main>\n</body>\n</html>\n";
}

const QByteArray kIntro = "<h1>Security FAQ</h1>\n";
const QByteArray kFirst =
    PageSections::wrap(QStringLiteral("first"), "<h2>First?</h2>\n<p>1</p>\n");
// Answers that quote the tags in code: escaped by cmark-gfm, so they cut nothing.
const QByteArray kCode = PageSections::wrap(
    QStringLiteral("code"),
    "<h2>Code?</h2>\n<pre><code>&lt;section class=&quot;qa&quot; id=&quot;first&quot;&gt;\n"
    "&lt;/section&gt;\n</code></pre>\n");
const QByteArray kUnicode =
    PageSections::wrap(QStringLiteral("données-personnelles"), "<h2>Données?</h2>\n<p>3</p>\n");

} // namespace

class TestPageSections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void select_keepsIntroAndChosenSectionsInPageOrder_data();
    void select_keepsIntroAndChosenSectionsInPageOrder();
    void select_notAGeneratedPage_isNothing_data();
    void select_notAGeneratedPage_isNothing();
    void inner_givesSectionWithoutWrapper();
    void select_realPage_everySectionGivesTheWholeBody();
    void cutAround_showsLandedSectionFirst_data();
    void cutAround_showsLandedSectionFirst();
    void cutAround_nothingToLeaveForLater_isNothing_data();
    void cutAround_nothingToLeaveForLater_isNothing();
    void cutAround_realPage_partsMakeThePageAgain();
};

void TestPageSections::select_keepsIntroAndChosenSectionsInPageOrder_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none: the intro only") << QStringList() << kIntro;
    QTest::newRow("all") << QStringList{QStringLiteral("first"), QStringLiteral("code"),
                                        QStringLiteral("données-personnelles")}
                         << kIntro + kFirst + kCode + kUnicode;
    QTest::newRow("asked out of order")
        << QStringList{QStringLiteral("données-personnelles"), QStringLiteral("first")}
        << kIntro + kFirst + kUnicode;
    QTest::newRow("code quoting the tags") << QStringList{QStringLiteral("code")} << kIntro + kCode;
    QTest::newRow("unknown id ignored")
        << QStringList{QStringLiteral("nope"), QStringLiteral("firs")} << kIntro;
}

void TestPageSections::select_keepsIntroAndChosenSectionsInPageOrder()
{
    QFETCH(QStringList, ids);
    QFETCH(QByteArray, expected);
    QCOMPARE(PageSections::select(page(kIntro + kFirst + kCode + kUnicode), ids),
             std::optional<QByteArray>(expected));
}

void TestPageSections::select_notAGeneratedPage_isNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no main") << QByteArray("<html><body><p>hi</p></body></html>");
    QTest::newRow("section never closed")
        << page(kIntro + "<section class=\"qa\" id=\"x\">\n<p>cut short");
}

void TestPageSections::select_notAGeneratedPage_isNothing()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(PageSections::select(bytes, {QStringLiteral("x")}), std::nullopt);
}

void TestPageSections::inner_givesSectionWithoutWrapper()
{
    const QByteArray bytes = page(kIntro + kFirst + kCode);
    QCOMPARE(PageSections::inner(bytes, QStringLiteral("first")),
             std::optional<QByteArray>("<h2>First?</h2>\n<p>1</p>\n"));
    QCOMPARE(PageSections::inner(bytes, QStringLiteral("missing")), std::nullopt);
}

// The tests' compiled-in handbook as the generator wrote it: choosing every section gives back the
// page's whole body, so nothing between the sections is lost.
void TestPageSections::select_realPage_everySectionGivesTheWholeBody()
{
    const Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const DocumentEntry &faq = bundle->catalog().document(0);
    QCOMPARE(faq.id, FixtureContent::kHandbook);
    const QByteArray bytes = bundle->page(faq.id);
    QVERIFY(!bytes.isEmpty());
    QStringList ids;
    for (const SectionEntry &section : faq.sections)
        ids.append(section.id);
    QCOMPARE(ids.size(), FixtureContent::kHandbookSectionCount);

    const std::optional<QByteArray> body = PageSections::select(bytes, ids);

    QVERIFY(body);
    const qsizetype start = bytes.indexOf("<main class=\"document\">\n") + 24;
    QCOMPARE(body->trimmed(), bytes.mid(start, bytes.lastIndexOf("</main>") - start).trimmed());
    QCOMPARE(body->count("<section class=\"qa\""), FixtureContent::kHandbookSectionCount);
}

void TestPageSections::cutAround_showsLandedSectionFirst_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qsizetype>("shownBytes");
    QTest::addColumn<qsizetype>("pieceBytes");
    QTest::addColumn<QByteArray>("shown"); // the body between the intro and </main>
    QTest::addColumn<QByteArrayList>("before");
    QTest::addColumn<QByteArrayList>("after");
    const qsizetype one = 1; // a section a piece
    QTest::newRow("no section named: the first")
        << QString() << qsizetype(1) << one << kFirst << QByteArrayList()
        << QByteArrayList{kCode, kUnicode};
    QTest::newRow("the middle one") << QStringLiteral("code") << qsizetype(1) << one << kCode
                                    << QByteArrayList{kFirst} << QByteArrayList{kUnicode};
    QTest::newRow("the last one, escaped id, the nearest piece first")
        << QStringLiteral("données-personnelles") << qsizetype(1) << one << kUnicode
        << QByteArrayList{kCode, kFirst} << QByteArrayList();
    QTest::newRow("enough bytes for two shown")
        << QStringLiteral("first") << kFirst.size() + 1 << one << kFirst + kCode << QByteArrayList()
        << QByteArrayList{kUnicode};
    QTest::newRow("bytes beyond the end")
        << QStringLiteral("code") << qsizetype(1 << 20) << one << kCode + kUnicode
        << QByteArrayList{kFirst} << QByteArrayList();
    QTest::newRow("a piece of two sections")
        << QStringLiteral("données-personnelles") << qsizetype(1) << kCode.size() + 1 << kUnicode
        << QByteArrayList{kFirst + kCode} << QByteArrayList();
    QTest::newRow("one piece for all after")
        << QString() << qsizetype(1) << qsizetype(1 << 20) << kFirst << QByteArrayList()
        << QByteArrayList{kCode + kUnicode};
}

// What a reader who lands on a section of a long document sees first: the intro (title and
// all), the section and those after it within `shownBytes`; the rest is whole sections in
// pieces, the nearest first.
void TestPageSections::cutAround_showsLandedSectionFirst()
{
    QFETCH(QString, id);
    QFETCH(qsizetype, shownBytes);
    QFETCH(qsizetype, pieceBytes);
    QFETCH(QByteArray, shown);
    QFETCH(QByteArrayList, before);
    QFETCH(QByteArrayList, after);

    const std::optional<PageSections::Cut> cut = PageSections::cutAround(
        page(kIntro + kFirst + kCode + kUnicode), id, shownBytes, pieceBytes);

    QVERIFY(cut);
    QCOMPARE(cut->shown, page(kIntro + shown));
    QCOMPARE(cut->before, before);
    QCOMPARE(cut->after, after);
}

void TestPageSections::cutAround_nothingToLeaveForLater_isNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("id");
    const QByteArray three = page(kIntro + kFirst + kCode + kUnicode);
    QTest::newRow("all of it fits") << three << QString();
    QTest::newRow("unknown id") << three << QStringLiteral("nope");
    QTest::newRow("an id quoted in code")
        << page(kIntro + kCode + kUnicode) << QStringLiteral("first");
    QTest::newRow("intro only") << page(kIntro) << QString();
    QTest::newRow("no main") << QByteArray("<html><body><p>hi</p></body></html>") << QString();
    QTest::newRow("section never closed")
        << page(kIntro + kFirst + "<section class=\"qa\" id=\"x\">\n<p>cut short")
        << QStringLiteral("first");
}

void TestPageSections::cutAround_nothingToLeaveForLater_isNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, id);
    QVERIFY(!PageSections::cutAround(bytes, id, 1 << 20, 1));
}

// The handbook as the generator wrote it, cut around each of its sections: the landed section
// is shown whole, and the parts put together in page order are the page again.
void TestPageSections::cutAround_realPage_partsMakeThePageAgain()
{
    const Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    const DocumentEntry &handbook = bundle->catalog().document(0);
    const QByteArray bytes = bundle->page(handbook.id);
    const QByteArray head = bytes.left(bytes.indexOf("<section class=\"qa\""));
    const QByteArray tail = bytes.mid(bytes.lastIndexOf("</section>\n") + 11);
    for (const qsizetype pieceBytes : {qsizetype(1), qsizetype(3000)}) {
        for (const SectionEntry &section : handbook.sections) {
            const std::optional<PageSections::Cut> cut =
                PageSections::cutAround(bytes, section.id, 1, pieceBytes);
            QVERIFY2(cut, qPrintable(section.id));
            QVERIFY(cut->shown.startsWith(head));
            QVERIFY(cut->shown.endsWith(tail));
            const QByteArray middle =
                cut->shown.mid(head.size(), cut->shown.size() - head.size() - tail.size());
            QByteArray before;
            for (const QByteArray &piece : cut->before)
                before.prepend(piece);
            QCOMPARE(head + before + middle + cut->after.join() + tail, bytes);
            QCOMPARE(PageSections::inner(cut->shown, section.id),
                     PageSections::inner(bytes, section.id));
            QCOMPARE(middle.count("<section class=\"qa\""), 1);
        }
    }
}

QTEST_GUILESS_MAIN(TestPageSections)
#include "tst_pagesections.moc"
