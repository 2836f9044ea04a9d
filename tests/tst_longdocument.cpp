// The reading window on a document of 1,000 sections, where the page lays out only the sections
// near the screen (content-visibility in resources/web/style.css): landing on a far section,
// reading on from it, finding and marking words in sections never shown. The content is made
// by the real generator with the shipped page and style, so the page is what the app shows.
#include "contentcatalog.h"
#include "findbar.h"
#include "generatedbundle.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "searchservice.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTreeView>
#include <QWebEngineHistory>
#include <QtTest>

namespace {

constexpr int kSections = 1000;
constexpr int kFar = 900;    // far below the first screen
constexpr int kMiddle = 500; // where the reader lands before reading on
// A word written once, in the far section only.
const QString kRareWord = QStringLiteral("quillwort");
// The height a section not yet laid out stands in at (contain-intrinsic-size, 16rem at 16px).
constexpr int kEstimate = 256;

QString sectionId(int i)
{
    return QStringLiteral("question-%1").arg(i);
}

QString sectionTitle(int i)
{
    return QStringLiteral("Question %1?").arg(i);
}

// Sections of one to six paragraphs, so that no two neighbours are as tall as each other or as
// the estimate: laying one out moves everything after it.
QByteArray longDocument()
{
    QByteArray markdown = "---\ntitle: Everything on data retention\n---\n";
    for (int i = 0; i < kSections; ++i) {
        markdown += QStringLiteral("\n## %1\n\n").arg(sectionTitle(i)).toUtf8();
        const int paragraphs = 1 + (i * 7) % 6;
        for (int p = 0; p < paragraphs; ++p)
            markdown += QStringLiteral("Record %1 is kept for as long as the contract runs and "
                                       "is deleted within thirty days after it ends, backups "
                                       "included, unless a law requires it to be kept longer. "
                                       "Keys are rotated every ninety days.%2\n\n")
                            .arg(i)
                            .arg(i == kFar && p == 0 ? QLatin1String(" The ") + kRareWord +
                                                           QLatin1String(" clause applies.")
                                                     : QString())
                            .toUtf8();
    }
    return markdown;
}

// A short document that links to the far section in public form, as content does.
QByteArray shortDocument()
{
    return QStringLiteral("---\ntitle: Overview\n---\n\n## Where is record %1?\n\n"
                          "See [record %1](trustbook://long/%2).\n")
        .arg(kFar)
        .arg(sectionId(kFar))
        .toUtf8();
}

// What the page printed to its console ("js"): Qt prints it as a warning or an error.
QStringList g_pageConsole;
QtMessageHandler g_previousHandler = nullptr;

void recordPageConsole(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "js") == 0)
        g_pageConsole.append(message);
    g_previousHandler(type, context, message);
}

} // namespace

class TestLongDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void landingOnAFarSection_putsItsHeadingAtTheTopAndKeepsIt_data();
    void landingOnAFarSection_putsItsHeadingAtTheTopAndKeepsIt();
    void readingOn_scrollsWithoutJumpingBackAndTheTreeFollows();
    void findInPage_reachesAFarSection();
    void searchResult_marksTheWordsInAFarSection();

private:
    HelpView *view() const { return m_window->helpView(); }
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    QString currentTitle() const { return tree()->currentIndex().data().toString(); }
    SectionRef longSection(int i) const
    {
        return m_bundle->catalog().find(QLatin1String("long/") + sectionId(i));
    }
    QVariant evaluate(const QString &script) const
    {
        return WebTest::evaluate(view()->page(), script);
    }
    // Where the top of section `i` is, in CSS pixels from the top of the view.
    double headingTop(int i) const
    {
        return evaluate(QStringLiteral("document.getElementById(%1).getBoundingClientRect().top")
                            .arg(WebTest::jsString(sectionId(i))))
            .toDouble();
    }
    // Whether section `i` has been laid out: one not laid out stands in at the estimate for
    // its content, inside its padding and border.
    bool laidOut(int i) const
    {
        return evaluate(QStringLiteral("(function () { const s = document.getElementById(%1);"
                                       " const c = getComputedStyle(s);"
                                       " const standIn = %2 + parseFloat(c.paddingTop) +"
                                       " parseFloat(c.paddingBottom) +"
                                       " parseFloat(c.borderTopWidth) +"
                                       " parseFloat(c.borderBottomWidth);"
                                       " return s.getBoundingClientRect().height !== standIn; })()")
                            .arg(WebTest::jsString(sectionId(i)))
                            .arg(kEstimate))
            .toBool();
    }
    void startWindow(SectionRef start);
    void clickInTree(int i);

    QTemporaryDir m_dir;
    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<HelpProfile> m_profile;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<MainWindow> m_window;
};

void TestLongDocument::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY(m_dir.isValid());
    m_bundle = generatedBundle(m_dir.path(), {{QStringLiteral("long.md"), longDocument()},
                                              {QStringLiteral("overview.md"), shortDocument()}});
    QVERIFY(m_bundle);
    QVERIFY(longSection(kFar).isSection());
    m_profile = std::make_unique<HelpProfile>(*m_bundle);
    m_search = std::make_unique<SearchService>(*m_bundle);
}

void TestLongDocument::init()
{
    WebTest::failOnUnexpectedWarnings();
    g_pageConsole.clear();
    g_previousHandler = qInstallMessageHandler(recordPageConsole);
}

// A jump into a long document lays out many sections at once: the page reports nothing.
void TestLongDocument::cleanup()
{
    m_window.reset();
    qInstallMessageHandler(g_previousHandler);
    QVERIFY2(g_pageConsole.isEmpty(), qPrintable(g_pageConsole.join(QLatin1Char('\n'))));
}

// As main() starts the window: at a section, shown, its page loaded.
void TestLongDocument::startWindow(SectionRef start)
{
    m_window = std::make_unique<MainWindow>(*m_bundle, m_profile.get(), m_search.get(),
                                            WindowTest::exportProgram());
    m_window->resize(1100, 700);
    m_window->showSection(start);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(WebTest::waitForLoad(view()));
}

void TestLongDocument::clickInTree(int i)
{
    const QModelIndex row = WindowTest::indexOfTitle(tree(), sectionTitle(i));
    QVERIFY(row.isValid());
    tree()->scrollTo(row);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualRect(row).center());
}

void TestLongDocument::landingOnAFarSection_putsItsHeadingAtTheTopAndKeepsIt_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("tree") << "tree";
    QTest::newRow("link from another document") << "link";
    QTest::newRow("back") << "back";
    QTest::newRow("start-up") << "start-up";
}

void TestLongDocument::landingOnAFarSection_putsItsHeadingAtTheTopAndKeepsIt()
{
    QFETCH(QString, how);
    const SectionRef far = longSection(kFar);
    if (how == QLatin1String("start-up")) {
        startWindow(far);
    } else if (how == QLatin1String("link")) {
        startWindow(m_bundle->catalog().find(QStringLiteral("overview")));
        QVERIFY(WebTest::clickElement(
            view(), QStringLiteral("a[href='trustbook://long/%1']").arg(sectionId(kFar))));
    } else {
        startWindow(longSection(0));
        clickInTree(kFar);
        if (how == QLatin1String("back")) {
            QTRY_COMPARE(view()->url().fragment(), sectionId(kFar));
            clickInTree(3);
            QTRY_COMPARE(view()->url().fragment(), sectionId(3));
            // The reader presses Back as soon as the window offers it: within a second, before
            // Chromium has kept the far section's scroll offset for its entry.
            QTRY_COMPARE(view()->history()->count(), 3);
            QTRY_VERIFY(m_window->findChild<QAction *>(QStringLiteral("actionBack"))->isEnabled());
            QTest::keySequence(m_window.get(), QKeySequence::Back);
        }
    }
    QTRY_COMPARE(view()->url().fragment(), sectionId(kFar));
    // At the top, below the section's scroll margin (1rem).
    QTRY_VERIFY2(qAbs(headingTop(kFar) - 16) < 2, qPrintable(QString::number(headingTop(kFar))));
    // The sections around it are laid out as they come into view, the one above included,
    // whose real height replaces the estimate it had when the page scrolled here.
    QTRY_VERIFY(laidOut(kFar - 1) && laidOut(kFar) && laidOut(kFar + 1));
    QVERIFY(!laidOut(kFar / 2)); // far from the screen, not laid out at all
    QTRY_VERIFY2(qAbs(headingTop(kFar) - 16) < 2, qPrintable(QString::number(headingTop(kFar))));
    QCOMPARE(currentTitle(), sectionTitle(kFar));
    QCOMPARE(view()->url().fragment(), sectionId(kFar));
}

// Sections below come into view and are laid out while the reader pages down: the page grows
// at every step, and none of that may take the reader back to the section they landed on.
void TestLongDocument::readingOn_scrollsWithoutJumpingBackAndTheTreeFollows()
{
    startWindow(longSection(kMiddle));
    QTRY_VERIFY(qAbs(headingTop(kMiddle) - 16) < 2);
    QTRY_VERIFY(laidOut(kMiddle + 1));
    // Scroll events the page has handled, counted after the reading position's own handler.
    evaluate(QStringLiteral("window.testScrolls = 0; window.addEventListener('scroll', "
                            "function () { ++window.testScrolls; })"));
    const double page = evaluate(QStringLiteral("window.innerHeight")).toDouble();
    view()->setFocus();
    for (int step = 0; step < 6; ++step) {
        const double before = evaluate(QStringLiteral("window.scrollY")).toDouble();
        const int scrolls = evaluate(QStringLiteral("window.testScrolls")).toInt();
        QTest::keyClick(view()->focusProxy(), Qt::Key_PageDown);
        QTRY_VERIFY(evaluate(QStringLiteral("window.testScrolls")).toInt() > scrolls);
        const double after = evaluate(QStringLiteral("window.scrollY")).toDouble();
        QVERIFY2(
            after > before + page / 2,
            qPrintable(QStringLiteral("step %1: from %2 to %3").arg(step).arg(before).arg(after)));
    }
    // The tree shows the section whose heading last passed the top of the page.
    const QString atTop =
        evaluate(QStringLiteral("Array.from(document.querySelectorAll('section.qa'))."
                                "filter(function (s) { return s.getBoundingClientRect()"
                                ".top <= 32; }).pop().id"))
            .toString();
    QVERIFY(atTop != sectionId(kMiddle));
    const int shown = atTop.section(QLatin1Char('-'), 1).toInt();
    QTRY_COMPARE(currentTitle(), sectionTitle(shown));
    QCOMPARE(view()->url().fragment(), atTop);
}

// Chromium's find in page reveals sections that were never laid out.
void TestLongDocument::findInPage_reachesAFarSection()
{
    startWindow(longSection(0));
    QVERIFY(!laidOut(kFar));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    QTRY_VERIFY(m_window->findBar()->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), kRareWord);
    QTRY_COMPARE(m_window->findBar()->status(), QStringLiteral("1 of 1"));
    // The match is on screen, in its laid-out section.
    QTRY_VERIFY(laidOut(kFar));
    QTRY_VERIFY(evaluate(QStringLiteral("(function () { const s = document.getElementById(%1)"
                                        ".getBoundingClientRect();"
                                        " return s.top < window.innerHeight && s.bottom > 0; })()")
                             .arg(WebTest::jsString(sectionId(kFar))))
                    .toBool());
}

// A search result's words are marked in its section, however far down the page it is.
void TestLongDocument::searchResult_marksTheWordsInAFarSection()
{
    startWindow(longSection(0));
    QLineEdit *field = m_window->searchPanel()->field();
    field->setFocus();
    QTest::keyClicks(field, kRareWord);
    QTRY_VERIFY(m_window->searchPanel()->resultsView()->isVisible() &&
                m_window->searchPanel()->resultsView()->model()->rowCount() > 0);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(view()->url().fragment(), sectionId(kFar));
    const QString marks = QStringLiteral(
        "Array.from(document.querySelectorAll('mark.trustbook-hit')).map(function (m) {"
        " const r = m.getBoundingClientRect();"
        " return m.closest('section').id + ':' + m.textContent + ':' +"
        " (r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight); }).join(',')");
    QTRY_COMPARE(evaluate(marks).toString(),
                 sectionId(kFar) + QLatin1Char(':') + kRareWord + QLatin1String(":true"));
}

TRUSTBOOK_WEB_TEST_MAIN(TestLongDocument)
#include "tst_longdocument.moc"
