// The pages as the scheme handler serves them to the real web view, on the tests' compiled-in
// content: each answer's review line, and the overdue mark decided on the day it is read.
#include "contentschemehandler.h"
#include "fixturecontent.h"
#include "helpprofile.h"
#include "helpview.h"
#include "webtestsupport.h"

#include <QtTest>

namespace {

// The review line of a section as the reader sees it: its text, whether it is marked overdue,
// and whether it takes room on screen.
QVariantMap reviewLine(QWebEnginePage *page, const QString &path)
{
    return WebTest::evaluate(
               page,
               QStringLiteral("(function () {"
                              "  var line = document.querySelector('#' + CSS.escape(%1) +"
                              "                                    ' p.review');"
                              "  if (!line) return {text: '', overdue: false, shown: false};"
                              "  var mark = line.querySelector('.review-overdue');"
                              "  return {text: line.innerText, overdue: !!mark &&"
                              "          line.classList.contains('overdue'),"
                              "          shown: line.getBoundingClientRect().height > 0,"
                              "          markColour: mark ? getComputedStyle(mark).color : '',"
                              "          colour: getComputedStyle(line).color};"
                              "})()")
                   .arg(WebTest::jsString(FixtureContent::sectionId(path))))
        .toMap();
}

} // namespace

class TestContentSchemeHandler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { WebTest::failOnUnexpectedWarnings(); }
    void page_showsReviewLine_overdueFromTheDayItIsRead_data();
    void page_showsReviewLine_overdueFromTheDayItIsRead();
    void page_withoutReview_hasNoLine();

private:
    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<HelpProfile> m_profile;
};

void TestContentSchemeHandler::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    Result<ContentBundle> bundle = WebTest::builtInBundle();
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    m_profile = std::make_unique<HelpProfile>(*m_bundle);
}

void TestContentSchemeHandler::page_showsReviewLine_overdueFromTheDayItIsRead_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("overdue");

    using namespace FixtureContent;
    QTest::newRow("document's review") << kFirst << QDate(2026, 12, 1) << kReviewLine << false;
    QTest::newRow("section's own") << kGdpr << QDate(2026, 12, 1) << kGdprReviewLine << false;
    QTest::newRow("on the review-by day") << kFirst << QDate(2099, 9, 30) << kReviewLine << false;
    QTest::newRow("the day after")
        << kFirst << QDate(2099, 10, 1)
        << kReviewLine + QStringLiteral(" review overdue (due 2099-09-30)") << true;
    QTest::newRow("section's own, overdue")
        << kGdpr << QDate(2100, 1, 1)
        << kGdprReviewLine + QStringLiteral(" review overdue (due 2099-09-30)") << true;
}

void TestContentSchemeHandler::page_showsReviewLine_overdueFromTheDayItIsRead()
{
    QFETCH(QString, path);
    QFETCH(QDate, today);
    QFETCH(QString, text);
    QFETCH(bool, overdue);
    m_profile->schemeHandler()->setClock([today] { return today; });
    HelpView view(m_profile.get(), m_bundle->catalog());
    view.resize(900, 700);
    view.show();
    view.showSection(m_bundle->catalog().find(path));
    QVERIFY(WebTest::waitForLoad(&view));

    const QVariantMap line = reviewLine(view.page(), path);

    QCOMPARE(line.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(line.value(QStringLiteral("overdue")).toBool(), overdue);
    QVERIFY(line.value(QStringLiteral("shown")).toBool());
    // Quiet: muted, not the text's colour; the mark stands apart from the line.
    QVERIFY(line.value(QStringLiteral("colour")).toString() != QStringLiteral("rgb(31, 35, 40)"));
    if (overdue)
        QVERIFY(line.value(QStringLiteral("markColour")) != line.value(QStringLiteral("colour")));
}

void TestContentSchemeHandler::page_withoutReview_hasNoLine()
{
    HelpView view(m_profile.get(), m_bundle->catalog());
    view.showSection(m_bundle->catalog().find(FixtureContent::kMfa));
    QVERIFY(WebTest::waitForLoad(&view));

    QCOMPARE(WebTest::evaluate(view.page(),
                               QStringLiteral("document.querySelectorAll('p.review').length"))
                 .toInt(),
             0);
}

TRUSTBOOK_WEB_TEST_MAIN(TestContentSchemeHandler)
#include "tst_contentschemehandler.moc"
