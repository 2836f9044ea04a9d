#include "mainwindow.h"

#include "aboutdialog.h"
#include "alertlabel.h"
#include "answerclipboard.h"
#include "answerreviewdialog.h"
#include "bundledicon.h"
#include "contentschemehandler.h"
#include "findbar.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "pagehighlighter.h"
#include "pdfexportcontroller.h"
#include "printcontroller.h"
#include "requestblocker.h"
#include "searchpanel.h"
#include "searchservice.h"
#include "sectionlink.h"
#include "sectiontreeview.h"
#include "shortcutsdialog.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineHistory>

#include <functional>

namespace {
constexpr int kStatusMessageMs = 6000;
}

MainWindow::MainWindow(const ContentBundle &bundle, HelpProfile *profile, SearchService *search,
                       const ExportChildProgram &exportProgram, ViewerSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_bundle(bundle)
    , m_catalog(bundle.catalog())
    , m_profile(profile)
    , m_answers(bundle)
    , m_model(m_catalog)
    , m_view(new HelpView(profile, m_catalog))
    , m_highlighter(new PageHighlighter(m_view->page(), this))
    , m_findBar(new FindBar(m_view->page()))
    , m_themeGroup(new QActionGroup(this))
    , m_offline(new QLabel)
    , m_zoom(new QLabel)
    , m_notice(new AlertLabel)
    , m_noticeTimer(new QTimer(this))
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // The search field stands above the tree and its results take the tree's place.
    m_search = new SearchPanel(search, m_ui->sectionTree);
    m_ui->splitter->insertWidget(0, m_search);
    connect(m_search, &SearchPanel::sectionRequested, this, &MainWindow::openSearchResult);
    // The index is built once the first page is in: building it beside Chromium's start-up
    // delayed the first paint (1.4x the bare web view at 10,000 sections). Typing earlier
    // starts it at once.
    connect(m_view, &QWebEngineView::loadFinished, search, &SearchService::prepare,
            Qt::SingleShotConnection);
    // The view joins the window before the first show(): a web view added to a visible
    // window makes X re-create the window (a visible flicker).
    m_notice->setObjectName(QStringLiteral("pageNotice"));
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
    m_notice->hide();
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(8000);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);
    m_ui->pageLayout->addWidget(m_notice);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setToolTip(tr("Trustbook loads nothing from the network. Anything a page tries "
                             "to fetch from outside the app is blocked and counted here."));
    m_zoom->setObjectName(QStringLiteral("zoomLevel"));
    statusBar()->addPermanentWidget(m_zoom);
    statusBar()->addPermanentWidget(m_offline);
    showBlockedCount(profile->requestBlocker()->blockedCount());
    m_ui->pageLayout->addWidget(m_view, 1);
    m_ui->pageLayout->addWidget(m_findBar);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({320, 860});
    m_ui->sectionTree->setModel(&m_model);
    m_ui->sectionTree->expandAll();
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    setUpShortcuts();
    setUpActions();
    setUpKeyboardActions();
    setUpThemeMenu();
    setUpPrinting(exportProgram);
    setUpQuestionnaires();
    restoreViewerState();
    showZoom();
    applyTheme();
    qApp->installEventFilter(this); // mouse back/forward buttons anywhere in the window
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::setUpShortcuts()
{
    const QList<QPair<QAction *, QList<QKeySequence>>> shortcuts{
        {m_ui->actionQuit, QKeySequence::keyBindings(QKeySequence::Quit)},
        {m_ui->actionCopy, QKeySequence::keyBindings(QKeySequence::Copy)},
        {m_ui->actionCopyAnswer, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}},
        {m_ui->actionCopyLink, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}},
        {m_ui->actionFind, QKeySequence::keyBindings(QKeySequence::Find)},
        {m_ui->actionFindNext, QKeySequence::keyBindings(QKeySequence::FindNext)},
        {m_ui->actionFindPrevious, QKeySequence::keyBindings(QKeySequence::FindPrevious)},
        {m_ui->actionZoomIn, QKeySequence::keyBindings(QKeySequence::ZoomIn)
                                 << QKeySequence(Qt::CTRL | Qt::Key_Equal)},
        {m_ui->actionZoomOut, QKeySequence::keyBindings(QKeySequence::ZoomOut)},
        {m_ui->actionResetZoom, {QKeySequence(Qt::CTRL | Qt::Key_0)}},
        {m_ui->actionBack, QKeySequence::keyBindings(QKeySequence::Back)},
        {m_ui->actionForward, QKeySequence::keyBindings(QKeySequence::Forward)},
        {m_ui->actionPreviousSection, {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}},
        {m_ui->actionNextSection, {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}},
    };
    for (const auto &[action, keys] : shortcuts) {
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    // Desktops without an icon theme still get arrows in the toolbar (ours, in resources).
    const QList<QPair<QAction *, QString>> fallbacks{
        {m_ui->actionBack, QStringLiteral("go-previous")},
        {m_ui->actionForward, QStringLiteral("go-next")},
        {m_ui->actionPreviousSection, QStringLiteral("go-up")},
        {m_ui->actionNextSection, QStringLiteral("go-down")}};
    for (const auto &[action, name] : fallbacks) {
        if (action->icon().isNull())
            action->setIcon(BundledIcon::themed(name));
    }
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(m_catalog, this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionCopy, &QAction::triggered, m_view,
            [this] { m_view->triggerPageAction(QWebEnginePage::Copy); });
    connect(m_ui->actionCopyAnswer, &QAction::triggered, this,
            [this] { copyAnswer(m_view->currentPlace()); });
    connect(m_ui->actionCopyLink, &QAction::triggered, this,
            [this] { copyLink(m_view->currentPlace()); });
    connect(m_ui->actionFind, &QAction::triggered, m_findBar, &FindBar::activate);
    connect(m_ui->actionFindNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_ui->actionFindPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_view, &HelpView::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_view, &HelpView::zoomOut);
    connect(m_ui->actionResetZoom, &QAction::triggered, m_view, &HelpView::resetZoom);
    connect(m_view, &HelpView::zoomChanged, this, &MainWindow::showZoom);
    connect(m_ui->actionBack, &QAction::triggered, m_view, &QWebEngineView::back);
    connect(m_ui->actionForward, &QAction::triggered, m_view, &QWebEngineView::forward);
    connect(m_ui->actionPreviousSection, &QAction::triggered, this, [this] { stepSection(-1); });
    connect(m_ui->actionNextSection, &QAction::triggered, this, [this] { stepSection(+1); });

    connect(m_ui->sectionTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);
    connect(m_ui->sectionTree, &QWidget::customContextMenuRequested, this,
            &MainWindow::showTreeMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showPageMenu(m_view->mapToGlobal(position)); });
    connect(m_view, &HelpView::placeChanged, this, &MainWindow::onPlaceChanged);
    connect(m_view, &HelpView::rendererRestarted, this, &MainWindow::showRendererNotice);
    connect(m_profile->requestBlocker(), &RequestBlocker::requestBlocked, this,
            [this](const QUrl &, int count) { showBlockedCount(count); });
    connect(m_view, &QWebEngineView::urlChanged, this, &MainWindow::updateHistoryActions);
    connect(m_view->helpPage(), &HelpPage::externalLinkRequested, this, &MainWindow::openExternal);
    connect(m_view->helpPage(), &HelpPage::linkRefused, this, &MainWindow::reportRefused);
    connect(m_view->page(), &QWebEnginePage::linkHovered, this, &MainWindow::showHoveredLink);
    updateHistoryActions();
}

// Keys for moving about without a mouse, as KDE's apps have them: Edit > Search… (Ctrl+K),
// F6 / Shift+F6 between the window's parts, Shift+F10 for the context menu of what has focus,
// and Help > Keyboard Shortcuts to list them all.
void MainWindow::setUpKeyboardActions()
{
    auto *search = new QAction(tr("&Search…"), this);
    search->setObjectName(QStringLiteral("actionSearch"));
    search->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)});
    m_ui->menuEdit->insertAction(m_ui->actionFind, search);
    connect(search, &QAction::triggered, m_search, &SearchPanel::focusField);

    auto *nextPane = new QAction(tr("Next Pane"), this);
    nextPane->setObjectName(QStringLiteral("actionNextPane"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextPane, &QAction::triggered, this, [this] { focusPane(+1); });
    auto *previousPane = new QAction(tr("Previous Pane"), this);
    previousPane->setObjectName(QStringLiteral("actionPreviousPane"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    auto *contextMenu = new QAction(tr("Context Menu"), this);
    contextMenu->setObjectName(QStringLiteral("actionContextMenu"));
    contextMenu->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    connect(contextMenu, &QAction::triggered, this, &MainWindow::openContextMenuOfFocus);
    for (QAction *action : {search, nextPane, previousPane, contextMenu}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action); // the menu-less ones work all the same
    }

    auto *shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    shortcuts->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    m_ui->menuHelp->insertAction(m_ui->actionAbout, shortcuts);
    m_ui->menuHelp->insertSeparator(m_ui->actionAbout);
    connect(shortcuts, &QAction::triggered, this, [this] { showShortcuts(); });
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    QList<QAction *> actions;
    const std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else
                actions.append(action);
        }
    };
    for (QAction *menu : menuBar()->actions())
        collect(menu->menu());
    for (QAction *action : this->actions()) {
        if (!actions.contains(action))
            actions.append(action);
    }
    const auto keys = [](const QList<QKeySequence> &sequences) {
        QStringList names;
        for (const QKeySequence &sequence : sequences)
            names.append(sequence.toString(QKeySequence::NativeText));
        return names.join(QLatin1String(", "));
    };
    const QList<ShortcutsDialog::Row> others{
        {tr("Search results: move, open, back to the sections"),
         keys({QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Return),
               QKeySequence(Qt::Key_Escape)})},
        {tr("Find in page: previous match, close"),
         keys({QKeySequence(Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::Key_Escape)})},
    };
    auto *dialog = new ShortcutsDialog(actions, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// The parts F6 visits, in reading order: search field, tree (or the results in its place),
// page, and the find bar while it is open.
QList<QWidget *> MainWindow::panes() const
{
    QList<QWidget *> panes{m_search->field()};
    if (m_ui->sectionTree->isVisible())
        panes.append(m_ui->sectionTree);
    else if (m_search->resultsView()->isVisible())
        panes.append(m_search->resultsView());
    panes.append(m_view);
    if (m_findBar->isVisible())
        panes.append(m_findBar);
    return panes;
}

void MainWindow::focusPane(int step)
{
    const QList<QWidget *> parts = panes();
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (focus && (focus == parts.at(i) || parts.at(i)->isAncestorOf(focus) ||
                      focus == parts.at(i)->focusProxy()))
            current = i;
    }
    const qsizetype next = current < 0 ? 0 : (current + step + parts.size()) % parts.size();
    QWidget *target = parts.at(next);
    if (target == m_findBar)
        m_findBar->activate();
    else
        target->setFocus(Qt::ShortcutFocusReason);
}

// Shift+F10 does what the Menu key does: Qt handles only the latter.
void MainWindow::openContextMenuOfFocus()
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return;
    if (focus == m_view || focus == m_view->focusProxy()) {
        showPageMenu(m_view->mapToGlobal(m_view->rect().center()));
        return;
    }
    QWidget *target = focus;
    QPoint position = focus->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        target = view->viewport();
        const QRect item = view->visualRect(view->currentIndex());
        position = item.isValid() ? item.center() : target->rect().center();
    }
    QContextMenuEvent event(QContextMenuEvent::Keyboard, position, target->mapToGlobal(position));
    QApplication::sendEvent(target, &event);
}

void MainWindow::showZoom()
{
    const int percent = qRound(m_view->zoomFactor() * 100);
    m_zoom->setText(tr("Zoom %1%").arg(percent));
    m_zoom->setVisible(percent != 100);
}

void MainWindow::setUpThemeMenu()
{
    const QList<QPair<QAction *, ThemeMode>> modes{{m_ui->actionThemeSystem, ThemeMode::System},
                                                   {m_ui->actionThemeLight, ThemeMode::Light},
                                                   {m_ui->actionThemeDark, ThemeMode::Dark}};
    for (const auto &[action, mode] : modes) {
        m_themeGroup->addAction(action);
        action->setChecked(mode == m_themeMode);
        connect(action, &QAction::triggered, this, [this, mode = mode] { setThemeMode(mode); });
    }
}

void MainWindow::setUpPrinting(const ExportChildProgram &program)
{
    m_ui->sectionTree->setSelectionMode(QAbstractItemView::ExtendedSelection); // export several
    m_pdfExport = new PdfExportController(m_bundle, program, {m_ui->sectionTree, m_model}, this);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_pdfExport->action());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_pdfExport, &PdfExportController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    auto *print = new PrintController(m_bundle, program, {m_ui->sectionTree, m_model}, this);
    m_ui->menuFile->insertAction(m_pdfExport->action(), print->action());
    connect(print, &PrintController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::setUpQuestionnaires()
{
    auto *action = new QAction(tr("&Answer a Questionnaire…"), this);
    action->setObjectName(QStringLiteral("actionAnswerQuestionnaire"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action->setShortcutContext(Qt::WindowShortcut);
    m_ui->menuFile->insertAction(m_ui->menuFile->actions().value(0), action);
    m_ui->menuFile->insertSeparator(m_ui->menuFile->actions().value(1));
    connect(action, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString path = AnswerReviewDialog::chooseQuestionnaire(this, settings);
        if (!path.isEmpty())
            openQuestionnaire(path);
    });
}

AnswerReviewDialog *MainWindow::openQuestionnaire(const QString &path)
{
    auto *dialog = new AnswerReviewDialog(m_bundle, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Result<Done> loaded = dialog->load(path);
    if (!loaded) {
        delete dialog;
        QMessageBox::warning(this, tr("Answer a Questionnaire"),
                             tr("Could not open %1.").arg(path) + QLatin1Char('\n') +
                                 loaded.error());
        return nullptr;
    }
    connect(dialog, &AnswerReviewDialog::sectionRequested, this, &MainWindow::openSearchResult);
    dialog->show();
    return dialog;
}

void MainWindow::showSection(SectionRef ref)
{
    if (!ref.isValid())
        ref = m_state.lastSection;
    if (!ref.isValid())
        ref = m_catalog.documentCount() > 0 ? SectionRef{0, -1} : SectionRef{};
    const QModelIndex index = m_model.indexForSection(ref);
    if (index.isValid() && index != m_ui->sectionTree->currentIndex())
        m_ui->sectionTree->setCurrentIndex(index); // shows the page via currentChanged
    else
        m_view->showSection(ref);
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    if (m_followingView)
        return;
    // Marks belong to the search that opened a section, not to where the reader goes next
    // (openSearchResult marks its section again after this).
    m_highlighter->clear();
    m_view->showSection(m_model.sectionAt(current));
}

void MainWindow::onPlaceChanged(SectionRef place)
{
    const QModelIndex index = m_model.indexForSection(place);
    if (!index.isValid() || index == m_ui->sectionTree->currentIndex())
        return;
    // Moving the tree to where the reader is must not send the page anywhere.
    m_followingView = true;
    m_ui->sectionTree->setCurrentIndex(index);
    m_ui->sectionTree->scrollTo(index);
    m_followingView = false;
}

void MainWindow::stepSection(int step)
{
    const SectionRef target = m_catalog.adjacentSection(m_view->currentPlace(), step);
    if (target.isValid())
        showSection(target);
}

void MainWindow::updateHistoryActions()
{
    m_ui->actionBack->setEnabled(m_view->history()->canGoBack());
    m_ui->actionForward->setEnabled(m_view->history()->canGoForward());
}

QString MainWindow::deepLink(SectionRef ref) const
{
    return SectionLink::deepLink(m_catalog, ref);
}

void MainWindow::copyAnswer(SectionRef ref)
{
    const std::optional<AnswerSource::Answer> answer = m_answers.answer(ref);
    if (!answer) {
        statusBar()->showMessage(tr("Choose a question to copy its answer"), kStatusMessageMs);
        return;
    }
    QApplication::clipboard()->setMimeData(
        AnswerClipboard::mimeData(*answer, m_catalog.document(ref.document).title, deepLink(ref),
                                  m_catalog.contentVersion()));
    statusBar()->showMessage(tr("Copied the answer to \"%1\"").arg(answer->question),
                             kStatusMessageMs);
}

void MainWindow::copyLink(SectionRef ref)
{
    if (!ref.isValid())
        return;
    const QString link = deepLink(ref);
    QStringList lines{link};
    QList<QUrl> urls{QUrl(link)};
    const QUrl web = SectionLink::webLink(m_catalog, ref);
    if (!web.isEmpty()) {
        lines.append(web.toString());
        urls.append(web);
    }
    auto *mimeData = new QMimeData;
    mimeData->setText(lines.join(QLatin1Char('\n')));
    mimeData->setUrls(urls);
    QApplication::clipboard()->setMimeData(mimeData);
    statusBar()->showMessage(tr("Copied a link to %1").arg(link), kStatusMessageMs);
}

std::unique_ptr<QMenu> MainWindow::createTreeMenu(SectionRef ref)
{
    auto menu = std::make_unique<QMenu>(this);
    QAction *answer =
        menu->addAction(m_ui->actionCopyAnswer->icon(), m_ui->actionCopyAnswer->text(), this,
                        [this, ref] { copyAnswer(ref); });
    answer->setEnabled(ref.isSection());
    menu->addAction(m_ui->actionCopyLink->text(), this, [this, ref] { copyLink(ref); });
    menu->addSeparator();
    menu->addAction(m_pdfExport->action()); // acts on the sections selected in the tree
    return menu;
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    const SectionRef ref = m_model.sectionAt(m_ui->sectionTree->indexAt(position));
    if (ref.isValid())
        createTreeMenu(ref)->exec(m_ui->sectionTree->viewport()->mapToGlobal(position));
}

QList<QAction *> MainWindow::pageMenuActions() const
{
    // Only what makes sense for a reader: no reload, view source, save page or inspect.
    m_ui->actionCopy->setEnabled(m_view->hasSelection());
    QList<QAction *> actions{m_ui->actionCopy, m_view->pageAction(QWebEnginePage::SelectAll)};
    const QWebEngineContextMenuRequest *request = m_view->lastContextMenuRequest();
    if (request && request->linkUrl().isValid())
        actions.append(m_view->pageAction(QWebEnginePage::CopyLinkToClipboard));
    actions << nullptr << m_ui->actionFind << m_ui->actionCopyAnswer << m_ui->actionCopyLink;
    return actions;
}

void MainWindow::showPageMenu(const QPoint &globalPosition)
{
    QMenu menu(this);
    for (QAction *action : pageMenuActions()) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.exec(globalPosition);
    m_ui->actionCopy->setEnabled(true);
}

void MainWindow::openSearchResult(const QString &path, const QStringList &words)
{
    const SectionRef ref = m_catalog.find(path);
    showSection(ref);
    m_highlighter->highlight(m_view->urlFor(ref), words);
}

void MainWindow::openExternal(const QUrl &url)
{
    const bool mail = url.scheme() == QLatin1String("mailto");
    if (QDesktopServices::openUrl(url))
        statusBar()->showMessage(mail ? tr("Opened your mail client for %1").arg(url.path())
                                      : tr("Opened in your browser: %1").arg(url.toDisplayString()),
                                 kStatusMessageMs);
    else
        showFailure(tr("Could not open %1").arg(url.toDisplayString()));
}

void MainWindow::reportRefused(const QUrl &url)
{
    showFailure(tr("Refused to open %1: Trustbook only opens web and e-mail links")
                    .arg(url.toDisplayString()));
}

// A failure is said aloud and stays over the page a little longer than a status message.
void MainWindow::showFailure(const QString &text)
{
    statusBar()->showMessage(text, kStatusMessageMs);
    showNotice(text);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->announce(text);
    m_noticeTimer->start();
}

void MainWindow::showHoveredLink(const QString &url)
{
    if (url.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(url);
}

void MainWindow::showBlockedCount(int count)
{
    m_offline->setText(tr("Offline · blocked requests: %1").arg(count));
}

void MainWindow::showRendererNotice(bool killed, int exitCode)
{
    showNotice(killed ? tr("The page's display process was ended from outside the app, "
                           "so the page has been reloaded.")
                      : tr("The page's display process crashed (code %1), so the page "
                           "has been reloaded.")
                            .arg(exitCode));
}

void MainWindow::setThemeMode(ThemeMode mode)
{
    m_themeMode = mode;
    const QList<QAction *> actions{m_ui->actionThemeSystem, m_ui->actionThemeLight,
                                   m_ui->actionThemeDark};
    actions.at(static_cast<int>(mode))->setChecked(true);
    applyTheme();
}

PageTheme MainWindow::effectiveTheme() const
{
    switch (m_themeMode) {
    case ThemeMode::Light:
        return PageTheme::Light;
    case ThemeMode::Dark:
        return PageTheme::Dark;
    case ThemeMode::System:
        break;
    }
    // Qt 6.4 has no colour-scheme API; a dark window background is what a dark desktop means.
    return palette().color(QPalette::Window).lightness() < 128 ? PageTheme::Dark : PageTheme::Light;
}

void MainWindow::applyTheme()
{
    const PageTheme theme = effectiveTheme();
    m_profile->schemeHandler()->setTheme(theme);
    m_view->setTheme(theme);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_themeMode == ThemeMode::System)
        applyTheme();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == this &&
            (button == Qt::BackButton || button == Qt::ForwardButton)) {
            (button == Qt::BackButton ? m_ui->actionBack : m_ui->actionForward)->trigger();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

// The settings have checked every value against the catalog; geometry and splitter state are
// opaque bytes, and restoring junk just fails and keeps the form's defaults.
void MainWindow::restoreViewerState()
{
    if (!m_settings)
        return;
    m_state = m_settings->load();
    restoreGeometry(m_state.geometry);
    m_ui->splitter->restoreState(m_state.splitterState);
    for (int document = 0; document < m_catalog.documentCount(); ++document)
        m_ui->sectionTree->setExpanded(
            m_model.indexForDocument(document),
            m_state.expandedDocuments.contains(m_catalog.document(document).id));
    m_view->setZoomFactor(m_state.zoomFactor);
    setThemeMode(m_state.theme);
}

void MainWindow::saveViewerState()
{
    if (!m_settings)
        return;
    m_state.geometry = saveGeometry();
    m_state.splitterState = m_ui->splitter->saveState();
    m_state.expandedDocuments.clear();
    for (int document = 0; document < m_catalog.documentCount(); ++document) {
        if (m_ui->sectionTree->isExpanded(m_model.indexForDocument(document)))
            m_state.expandedDocuments.append(m_catalog.document(document).id);
    }
    m_state.zoomFactor = m_view->zoomFactor();
    m_state.theme = m_themeMode;
    m_state.lastSection = m_view->currentPlace();
    // Nothing the window could do about a failure: the settings have already said why on
    // stderr, and the window closes all the same.
    static_cast<void>(m_settings->save(m_state));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewerState();
    QMainWindow::closeEvent(event);
}
