// The window as a screen reader reads it: the accessible tree and the events Qt sends, with
// accessibility turned on in-process as the AT-SPI bridge turns it on when Orca starts. The
// process is prepared as main() prepares it, so nothing here sets what the app must set.
#include "aboutdialog.h"
#include "accessibilitytestsupport.h"
#include "engineenvironment.h"
#include "findbar.h"
#include "fixturecontent.h"
#include "helppage.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace FixtureContent;
using AccessibilityTest::EventLog;

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void page_exposesHeadingsAndNamedLinks_data();
    void page_exposesHeadingsAndNamedLinks();
    void treeFollowingThePage_claimsNoFocus();
    void typingInSearch_resultsClaimNoFocus();
    void keys_focusEventsNameOnlyWhatHasFocus_data();
    void keys_focusEventsNameOnlyWhatHasFocus();
    void findBarButtons_haveIconsWithoutIconTheme();
    void visibleButtons_allHaveNames();
    void findCount_isAnnouncedOnTheField();
    void noResults_isAnnouncedOnTheField();
    void resultChosenWithArrows_isAnnouncedOnTheField();
    void refusedLink_isAnnouncedAsAlert();
    void expandingAndCollapsingDocument_isAnnounced_data();
    void expandingAndCollapsingDocument_isAnnounced();
    void findBarTabOrder_followsLayout();
    void f6_movesBetweenSearchTreeAndPage();
    void shiftF10_opensContextMenuOfTree();
    void about_valuesAreLabelledByTheirCaptions();

private:
    MainWindow *window() const { return m_fixture.window(); }
    QTreeView *tree() const
    {
        return window()->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    QLineEdit *findField() const { return window()->findBar()->findChild<QLineEdit *>(); }
    // The page's accessible tree, as Qt WebEngine exposes it below the view.
    QAccessibleInterface *page() const
    {
        return QAccessible::queryAccessibleInterface(window()->helpView());
    }
    // Whether `event` is about the widget that has keyboard focus (or the view around it).
    static bool isAboutFocus(const AccessibilityTest::Event &event);
    // What a screen reader walking the window takes for the focus: each object in the
    // FOCUSED state with nothing FOCUSED inside it (a focused view around its focused row is
    // the way to the row, not a second focus).
    QList<QAccessibleInterface *> focusClaims() const;
    // Whether `iface` is the widget that has keyboard focus (or the view around it), or is
    // inside it.
    static bool isInsideFocus(QAccessibleInterface *iface);
    // Whether `iface` is part of the page's content, below the view showing it.
    bool isInPage(QAccessibleInterface *iface) const;
    bool pageHasFocus() const
    {
        return window()->helpView()->hasFocus() ||
               QApplication::focusWidget() == window()->helpView()->focusProxy();
    }
    static QString describe(const QList<QAccessibleInterface *> &claims);

    WindowTest::Fixture m_fixture;
    std::unique_ptr<EventLog> m_log;
};

void TestAccessibility::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY2(AccessibilityTest::activate(), "this platform has no accessibility");
    QVERIFY(m_fixture.load());
}

void TestAccessibility::init()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY(m_fixture.open());
    QApplication::setActiveWindow(window());
    m_log = std::make_unique<EventLog>();
}

void TestAccessibility::cleanup()
{
    m_log.reset();
    m_fixture.close();
}

bool TestAccessibility::isAboutFocus(const AccessibilityTest::Event &event)
{
    QWidget *focus = QApplication::focusWidget();
    auto *widget = qobject_cast<QWidget *>(event.object.data());
    return focus && widget && (widget == focus || widget->focusProxy() == focus);
}

QList<QAccessibleInterface *> TestAccessibility::focusClaims() const
{
    const QList<QAccessibleInterface *> focused =
        AccessibilityTest::findAll(QAccessible::queryAccessibleInterface(window()),
                                   [](QAccessibleInterface *i) { return i->state().focused; });
    QList<QAccessibleInterface *> innermost;
    for (QAccessibleInterface *claim : focused) {
        const bool around = std::any_of(focused.begin(), focused.end(), [claim](auto *other) {
            for (QAccessibleInterface *at = other->parent(); at; at = at->parent()) {
                if (at->object() ? at->object() == claim->object() : at == claim)
                    return true;
            }
            return false;
        });
        if (!around)
            innermost.append(claim);
    }
    return innermost;
}

bool TestAccessibility::isInPage(QAccessibleInterface *iface) const
{
    for (QAccessibleInterface *at = iface->parent(); at; at = at->parent()) {
        if (at->object() == window()->helpView())
            return true;
    }
    return false;
}

bool TestAccessibility::isInsideFocus(QAccessibleInterface *iface)
{
    QWidget *focus = QApplication::focusWidget();
    for (QAccessibleInterface *at = iface; focus && at; at = at->parent()) {
        auto *widget = qobject_cast<QWidget *>(at->object());
        if (widget && (widget == focus || widget->focusProxy() == focus))
            return true;
    }
    return false;
}

QString TestAccessibility::describe(const QList<QAccessibleInterface *> &claims)
{
    QStringList said;
    for (QAccessibleInterface *iface : claims) {
        said.append(QStringLiteral("%1 \"%2\" (%3)")
                        .arg(QString::number(iface->role(), 16), iface->text(QAccessible::Name),
                             iface->object()
                                 ? QString::fromLatin1(iface->object()->metaObject()->className())
                                 : QStringLiteral("no object")));
    }
    return QStringLiteral("%1 claim focus: %2")
        .arg(QString::number(claims.size()), said.join(QStringLiteral(", ")));
}

void TestAccessibility::page_exposesHeadingsAndNamedLinks_data()
{
    QTest::addColumn<QString>("open"); // a section to go to first, empty to stay
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("heading");
    QTest::newRow("loaded") << QString() << kHandbookTitle << kGdprTitle;
    // Another document swapped into the page (DocumentSwap), no load: exposed all the same.
    QTest::newRow("swapped in") << kMfa << QStringLiteral("Glossary") << QStringLiteral("MFA?");
}

void TestAccessibility::page_exposesHeadingsAndNamedLinks()
{
    QFETCH(QString, open);
    QFETCH(QString, document);
    QFETCH(QString, heading);
    QWebEnginePage *webPage = window()->helpView()->page();
    if (!open.isEmpty()) {
        QSignalSpy loads(webPage, &QWebEnginePage::loadStarted);
        window()->showSection(
            window()->helpView()->placeFor(QUrl(QStringLiteral("trustbook://") + open)));
        QTRY_COMPARE(webPage->title(), document);
        QCOMPARE(loads.size(), 0);
        QVERIFY(WebTest::waitForWholeBody(webPage));
    }
    const QStringList headings =
        WebTest::evaluate(webPage,
                          QStringLiteral("Array.from(document.querySelectorAll("
                                         "'h1,h2,h3,h4,h5,h6'), h => h.textContent.trim())"))
            .toStringList();
    const QStringList links =
        WebTest::evaluate(webPage, QStringLiteral("Array.from(document.querySelectorAll('a[href]'),"
                                                  " a => a.textContent.trim())"))
            .toStringList();
    QVERIFY(headings.contains(document));
    QVERIFY(headings.contains(heading));
    QVERIFY(!links.isEmpty());

    QTRY_COMPARE(AccessibilityTest::namesOf(page(), QAccessible::Heading), headings);
    QCOMPARE(AccessibilityTest::namesOf(page(), QAccessible::Link), links);
    const QList<QAccessibleInterface *> documents = AccessibilityTest::findAll(
        page(), [](QAccessibleInterface *i) { return i->role() == QAccessible::WebDocument; });
    QCOMPARE(documents.size(), 1);
    QTRY_COMPARE(documents.first()->text(QAccessible::Name), document);
}

void TestAccessibility::treeFollowingThePage_claimsNoFocus()
{
    window()->findBar()->activate();
    QTRY_VERIFY(findField()->hasFocus());
    const QModelIndex before = tree()->currentIndex();
    m_log->clear();

    QTest::keyClick(findField(), Qt::Key_PageDown, Qt::ControlModifier);

    QTRY_VERIFY(tree()->currentIndex() != before);
    QVERIFY(findField()->hasFocus());
    for (const AccessibilityTest::Event &event : m_log->ofType(QAccessible::Focus))
        QVERIFY2(event.object != tree(), qPrintable(event.name));
}

void TestAccessibility::typingInSearch_resultsClaimNoFocus()
{
    QLineEdit *field = window()->searchPanel()->field();
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    m_log->clear();

    QTest::keyClicks(field, QStringLiteral("data"));

    ResultListView *results = window()->searchPanel()->resultsView();
    QTRY_VERIFY(results->isVisible());
    QTRY_VERIFY(results->chosen().isValid());
    QTest::keyClick(field, Qt::Key_Down);
    QTRY_COMPARE(results->chosen().row(), 1);
    QVERIFY(field->hasFocus());
    for (const AccessibilityTest::Event &event : m_log->ofType(QAccessible::Focus))
        QVERIFY2(event.object == field, qPrintable(event.name));
    // Nor does any row say it is focused while the keyboard is in the field: the chosen one is
    // selected.
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(results);
    QVERIFY(list);
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface *row = list->child(i);
        QVERIFY2(!row->state().focused, qPrintable(row->text(QAccessible::Name)));
    }
    QVERIFY(list->child(1) && list->child(1)->state().selected);

    // The keyboard moved into the list lands on the chosen row, which then is the focused one.
    results->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(results->hasFocus());
    QCOMPARE(results->currentIndex().row(), 1);
    QVERIFY(list->child(1)->state().focused);

    // And back in the field, the row it left is chosen still, but no longer focused.
    field->setFocus(Qt::BacktabFocusReason);
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(results->chosen().row(), 1);
    QVERIFY(!list->child(1)->state().focused);
    QVERIFY(list->child(1)->state().selected);
}

void TestAccessibility::keys_focusEventsNameOnlyWhatHasFocus_data()
{
    QTest::addColumn<QString>("start"); // where focus is first: search, tree, find
    QTest::addColumn<QKeyCombination>("keys");
    QTest::newRow("Tab from search") << "search" << QKeyCombination(Qt::Key_Tab);
    QTest::newRow("Shift+Tab from tree")
        << "tree" << QKeyCombination(Qt::ShiftModifier, Qt::Key_Backtab);
    QTest::newRow("F6 from tree") << "tree" << QKeyCombination(Qt::Key_F6);
    QTest::newRow("Ctrl+K from tree") << "tree" << QKeyCombination(Qt::ControlModifier, Qt::Key_K);
    QTest::newRow("Ctrl+F from tree") << "tree" << QKeyCombination(Qt::ControlModifier, Qt::Key_F);
    QTest::newRow("Esc from find") << "find" << QKeyCombination(Qt::Key_Escape);
}

void TestAccessibility::keys_focusEventsNameOnlyWhatHasFocus()
{
    QFETCH(QString, start);
    QFETCH(QKeyCombination, keys);
    QWidget *first = start == QLatin1String("search") ? window()->searchPanel()->field()
                                                      : static_cast<QWidget *>(tree());
    if (start == QLatin1String("find")) {
        window()->findBar()->activate();
        first = findField();
    }
    first->setFocus();
    QTRY_VERIFY(first->hasFocus());
    m_log->clear();

    QTest::keyClick(first, keys.key(), keys.keyboardModifiers());

    QTRY_VERIFY(!first->hasFocus());
    QTRY_VERIFY(!m_log->ofType(QAccessible::Focus).isEmpty());
    for (const AccessibilityTest::Event &event : m_log->ofType(QAccessible::Focus))
        QVERIFY2(isAboutFocus(event),
                 qPrintable(QStringLiteral("%1 (%2) claimed focus")
                                .arg(event.name, event.object
                                                     ? QString::fromLatin1(
                                                           event.object->metaObject()->className())
                                                     : QString())));
    // What a screen reader walking the window then finds: one object with the focus, where
    // the keyboard is.
    const auto outsidePage = [this] {
        QList<QAccessibleInterface *> claims = focusClaims();
        if (!pageHasFocus())
            claims.removeIf([this](QAccessibleInterface *claim) { return isInPage(claim); });
        return claims;
    };
    QTRY_VERIFY2(outsidePage().size() == 1, qPrintable(describe(focusClaims())));
    QVERIFY2(isInsideFocus(outsidePage().first()), qPrintable(describe(focusClaims())));
    if (!pageHasFocus()) {
        QEXPECT_FAIL("", "Qt WebEngine 6.4: the page's document keeps FOCUSED without the keyboard",
                     Continue);
        QVERIFY2(focusClaims().size() == 1, qPrintable(describe(focusClaims())));
    }
}

void TestAccessibility::findBarButtons_haveIconsWithoutIconTheme()
{
    const QList<QToolButton *> buttons =
        window()->findBar()->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(buttons.size(), 3); // previous, next, close
    for (const QToolButton *button : buttons) {
        QVERIFY2(!button->icon().isNull(), qPrintable(button->accessibleName()));
        QVERIFY2(!button->icon().pixmap(16).isNull(), qPrintable(button->accessibleName()));
    }
}

void TestAccessibility::visibleButtons_allHaveNames()
{
    window()->findBar()->activate();
    QTest::keyClicks(findField(), QStringLiteral("data")); // shows the clear buttons
    QTest::keyClicks(window()->searchPanel()->field(), QStringLiteral("data"));
    QTRY_VERIFY(window()->searchPanel()->resultsView()->isVisible());

    const QList<QAccessibleInterface *> buttons = AccessibilityTest::findAll(
        QAccessible::queryAccessibleInterface(window()), [](QAccessibleInterface *i) {
            return (i->role() == QAccessible::Button || i->role() == QAccessible::PushButton) &&
                   !i->state().invisible;
        });
    QVERIFY(buttons.size() >= 5); // the find bar's three and the two clear buttons at least
    for (QAccessibleInterface *button : buttons)
        QVERIFY2(!button->text(QAccessible::Name).isEmpty(),
                 qPrintable(QString::fromLatin1(button->object()->metaObject()->className())));
}

void TestAccessibility::findCount_isAnnouncedOnTheField()
{
    window()->findBar()->activate();
    m_log->clear();

    QTest::keyClicks(findField(), QStringLiteral("workspace"));

    QTRY_VERIFY(window()->findBar()->status().contains(QLatin1String(" of ")));
    const QString count = window()->findBar()->status();
    QAccessibleInterface *field = QAccessible::queryAccessibleInterface(findField());
    QCOMPARE(field->text(QAccessible::Description), count);
    bool announced = false;
    for (const AccessibilityTest::Event &event : m_log->ofType(QAccessible::DescriptionChanged))
        announced = announced || (event.object == findField() && event.description == count);
    QVERIFY2(announced, qPrintable(count));
}

void TestAccessibility::noResults_isAnnouncedOnTheField()
{
    QLineEdit *field = window()->searchPanel()->field();
    field->setFocus();
    m_log->clear();

    QTest::keyClicks(field, QStringLiteral("xyzzyq"));

    const auto *noResults = window()->findChild<QLabel *>(QStringLiteral("noResults"));
    QTRY_VERIFY(noResults->isVisible());
    QTRY_VERIFY(!m_log->ofType(QAccessible::DescriptionChanged).isEmpty());
    const AccessibilityTest::Event said = m_log->ofType(QAccessible::DescriptionChanged).last();
    QCOMPARE(said.object, field);
    QCOMPARE(said.description, noResults->text());
    QVERIFY(said.description.contains(QLatin1String("xyzzyq")));
}

void TestAccessibility::resultChosenWithArrows_isAnnouncedOnTheField()
{
    QLineEdit *field = window()->searchPanel()->field();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("data"));
    const auto *count = window()->findChild<QLabel *>(QStringLiteral("resultCount"));
    QTRY_VERIFY(count->isVisible());
    const ResultListView *results = window()->searchPanel()->resultsView();
    QTRY_VERIFY(results->model()->rowCount() >= 2);
    m_log->clear();

    QTest::keyClick(field, Qt::Key_Down);

    QTRY_VERIFY(!m_log->ofType(QAccessible::DescriptionChanged).isEmpty());
    const AccessibilityTest::Event said = m_log->ofType(QAccessible::DescriptionChanged).last();
    QCOMPARE(said.object, field);
    const QModelIndex chosen = results->chosen();
    QCOMPARE(chosen.row(), 1);
    QVERIFY2(said.description.startsWith(
                 QStringLiteral("Result 2 of %1: ").arg(results->model()->rowCount())),
             qPrintable(said.description));
    QVERIFY2(said.description.contains(chosen.data(Qt::DisplayRole).toString()),
             qPrintable(said.description));
    QCOMPARE(QApplication::focusWidget(), field); // the keyboard stayed where it was
}

void TestAccessibility::refusedLink_isAnnouncedAsAlert()
{
    m_log->clear();
    const QUrl url(QStringLiteral("file:///etc/passwd"));

    Q_EMIT window()->helpView()->helpPage()->linkRefused(url);

    bool announced = false;
    for (const AccessibilityTest::Event &event : m_log->events()) {
        announced =
            announced ||
            ((event.type == QAccessible::ObjectShow || event.type == QAccessible::Alert) &&
             event.role == QAccessible::AlertMessage && event.name.contains(url.toString()));
    }
    QVERIFY(announced);
}

void TestAccessibility::expandingAndCollapsingDocument_isAnnounced_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("first document") << kHandbookTitle;
    QTest::newRow("one further down") << QStringLiteral("Glossary");
}

void TestAccessibility::expandingAndCollapsingDocument_isAnnounced()
{
    QFETCH(QString, title);
    const QModelIndex document = WindowTest::indexOfTitle(tree(), title);
    tree()->setFocus();
    tree()->setCurrentIndex(document);
    QVERIFY(tree()->isExpanded(document));

    for (const bool expand : {false, true}) {
        m_log->clear();
        QTest::keyClick(tree(), expand ? Qt::Key_Right : Qt::Key_Left);
        QCOMPARE(tree()->isExpanded(document), expand);
        const QList<AccessibilityTest::Event> changes = m_log->ofType(QAccessible::StateChanged);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().name, title);
        QVERIFY(changes.first().changedStates.expanded);
        // What the screen reader reads back from the tree: the row, now open or closed.
        const QList<QAccessibleInterface *> rows = AccessibilityTest::findAll(
            QAccessible::queryAccessibleInterface(tree()), [&title](QAccessibleInterface *i) {
                return i->role() == QAccessible::TreeItem && i->text(QAccessible::Name) == title;
            });
        QCOMPARE(rows.size(), 1);
        QCOMPARE(bool(rows.first()->state().expanded), expand);
    }
}

void TestAccessibility::findBarTabOrder_followsLayout()
{
    window()->findBar()->activate();
    QTRY_VERIFY(findField()->hasFocus());
    // Left to right as the bar shows them; the count is a label and takes no focus.
    QList<QWidget *> shown;
    const QList<QWidget *> children =
        window()->findBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (child->focusPolicy() & Qt::TabFocus)
            shown.append(child);
    }
    std::sort(shown.begin(), shown.end(),
              [](const QWidget *a, const QWidget *b) { return a->x() < b->x(); });
    QCOMPARE(shown.size(), 5);
    QCOMPARE(shown.first(), findField());

    for (qsizetype i = 1; i < shown.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), shown.at(i));
    }
}

void TestAccessibility::f6_movesBetweenSearchTreeAndPage()
{
    QLineEdit *search = window()->searchPanel()->field();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(tree()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(window()->helpView()->hasFocus() ||
                QApplication::focusWidget() == window()->helpView()->focusProxy());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(QApplication::focusWidget() == window()->helpView()->focusProxy() ||
                window()->helpView()->hasFocus());
}

void TestAccessibility::shiftF10_opensContextMenuOfTree()
{
    tree()->setFocus();
    tree()->setCurrentIndex(WindowTest::indexOfTitle(tree(), kGdprTitle));
    QTRY_VERIFY(tree()->hasFocus());
    // The menu runs its own loop: look at it, then close it, from inside that loop.
    QString firstItem;
    QTimer::singleShot(0, this, [&firstItem] {
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        firstItem = menu->actions().value(0)->text();
        menu->close();
    });

    // What any menu says offscreen (tst_mainwindow looks at its menus without opening them).
    QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
    QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
    QTest::keyClick(tree(), Qt::Key_F10, Qt::ShiftModifier);

    QTRY_VERIFY(!firstItem.isEmpty());
    QVERIFY2(firstItem.contains(QLatin1String("Answer")), qPrintable(firstItem));
}

void TestAccessibility::about_valuesAreLabelledByTheirCaptions()
{
    AboutDialog about(m_fixture.catalog(), m_fixture.bundle().brand(), window());
    const QList<QPair<QString, QString>> pairs{
        {QStringLiteral("qtVersionTitle"), QStringLiteral("qtVersionLabel")},
        {QStringLiteral("chromiumVersionTitle"), QStringLiteral("chromiumVersionLabel")},
        {QStringLiteral("documentCountTitle"), QStringLiteral("documentCountLabel")},
        {QStringLiteral("sectionCountTitle"), QStringLiteral("sectionCountLabel")},
        {QStringLiteral("contentVersionTitle"), QStringLiteral("contentVersionLabel")}};
    for (const auto &[captionName, valueName] : pairs) {
        auto *caption = about.findChild<QLabel *>(captionName);
        auto *value = about.findChild<QLabel *>(valueName);
        QVERIFY(caption && value);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(value);
        const auto labels = iface->relations(QAccessible::Label);
        QVERIFY2(labels.size() == 1 && labels.first().first->object() == caption,
                 qPrintable(valueName));
    }
}

int main(int argc, char *argv[])
{
    // As main() does, before the application exists: the engine's environment and the scheme.
    static_cast<void>(EngineEnvironment::prepareProcess());
    QApplication app(argc, argv);
    // A desktop without an icon theme: only the icons Trustbook brings.
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(QStringLiteral("no-such-theme"));
    TestAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
