#include "mainwindow.h"

#include "aboutdialog.h"
#include "alertlabel.h"
#include "answerclipboard.h"
#include "answerreviewdialog.h"
#include "bundledicon.h"
#include "contentschemehandler.h"
#include "documentswap.h"
#include "findbar.h"
#include "helppage.h"
#include "helpprofile.h"
#include "helpview.h"
#include "pageaddress.h"
#include "pagehighlighter.h"
#include "pdfexportcontroller.h"
#include "printcontroller.h"
#include "rememberedfolder.h"
#include "requestblocker.h"
#include "searchpanel.h"
#include "searchservice.h"
#include "sectionlink.h"
#include "sectiontreeview.h"
#include "shortcutsdialog.h"
#include "ui_mainwindow.h"
#include "windowfit.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFile>
#include <QIcon>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineHistory>
#include <QWindow>

#include <algorithm>

#include <functional>

namespace {
constexpr int kStatusMessageMs = 6000;
constexpr int kSectionsWidth = 320; // the side panel's width in a new window
// The stroke of the toolbar's own icons (resources/icons), and what it becomes on the dark theme.
constexpr char kIconColour[] = "#4d5966";
constexpr char kDarkIconColour[] = "#c3cad3";

// The SVG at `path` with its stroke in `colour`, at the toolbar's size and twice that.
QIcon recolouredIcon(const QString &path, const char *colour)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QByteArray svg = file.readAll();
    svg.replace(kIconColour, colour);
    QIcon icon;
    for (const int scale : {1, 2}) {
        QBuffer buffer(&svg);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(reader.size() * scale);
        QPixmap pixmap = QPixmap::fromImage(reader.read());
        pixmap.setDevicePixelRatio(scale);
        icon.addPixmap(pixmap);
    }
    return icon;
}
// F11 everywhere, as KDE's apps and Qt Assistant have it (the generic X11 theme gives none),
// and whatever else the platform knows for full screen.
QList<QKeySequence> fullScreenKeys()
{
    QList<QKeySequence> keys{QKeySequence(Qt::Key_F11)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::FullScreen)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
} // namespace

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
    // The brand names the window and its About (Trustbook's own without a brand.json).
    m_appTitle = m_bundle.brand().name;
    setWindowTitle(m_appTitle);
    m_ui->actionAbout->setText(tr("&About %1").arg(m_appTitle));
    if (const QString icon = m_bundle.brandIconPath(); !icon.isEmpty())
        setWindowIcon(QIcon(icon));
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
    m_offline->setToolTip(tr("%1 loads nothing from the network. Anything a page tries "
                             "to fetch from outside the app is blocked and counted here.")
                              .arg(m_appTitle));
    m_zoom->setObjectName(QStringLiteral("zoomLevel"));
    statusBar()->addPermanentWidget(m_zoom);
    statusBar()->addPermanentWidget(m_offline);
    showBlockedCount(profile->requestBlocker()->blockedCount());
    m_ui->pageLayout->addWidget(m_view, 1);
    m_ui->pageLayout->addWidget(m_findBar);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({kSectionsWidth, 860});
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
    updateTreeSelectionColours();
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
        {m_ui->actionShowSections, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}},
        {m_ui->actionFullScreen, fullScreenKeys()},
    };
    for (const auto &[action, keys] : shortcuts) {
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    m_ownToolbarIcons = m_ui->actionBack->icon().isNull();
}

void MainWindow::setUpActions()
{
    // The top-level window: this one, or the preview's that holds it.
    connect(m_ui->actionQuit, &QAction::triggered, this, [this] { window()->close(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(m_catalog, m_bundle.brand(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        connect(about, &AboutDialog::openRequested, this, &MainWindow::openExternal);
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
    connect(m_view->documentSwap(), &DocumentSwap::swapped, m_findBar, &FindBar::documentReplaced);
    connect(m_ui->actionFindNext, &QAction::triggered, m_findBar, &FindBar::findNext);
    connect(m_ui->actionFindPrevious, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    connect(m_ui->actionZoomIn, &QAction::triggered, m_view, &HelpView::zoomIn);
    connect(m_ui->actionZoomOut, &QAction::triggered, m_view, &HelpView::zoomOut);
    connect(m_ui->actionResetZoom, &QAction::triggered, m_view, &HelpView::resetZoom);
    connect(m_view, &HelpView::zoomChanged, this, &MainWindow::showZoom);
    connect(m_ui->actionBack, &QAction::triggered, m_view, &HelpView::goBack);
    connect(m_ui->actionForward, &QAction::triggered, m_view, &HelpView::goForward);
    // A narrow window gives the page all of its width: the sections hide, or can be dragged
    // out of the way (the splitter collapses them), and Show Sections brings them back.
    m_ui->splitter->setCollapsible(0, true);
    connect(m_ui->actionShowSections, &QAction::toggled, this, &MainWindow::showSections);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, [this] {
        m_ui->actionShowSections->setChecked(m_ui->splitter->sizes().constFirst() > 0);
    });
    connect(m_ui->actionFullScreen, &QAction::toggled, this, [this](bool on) {
        QWidget *top = window(); // this one, or the preview's that holds it
        top->setWindowState(on ? top->windowState() | Qt::WindowFullScreen
                               : top->windowState() & ~Qt::WindowFullScreen);
    });
    setUpFavourites();
    connect(m_ui->actionPreviousSection, &QAction::triggered, this, [this] { stepSection(-1); });
    connect(m_ui->actionNextSection, &QAction::triggered, this, [this] { stepSection(+1); });

    connect(m_ui->sectionTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);
    connect(m_ui->sectionTree, &QWidget::customContextMenuRequested, this,
            &MainWindow::showTreeMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::showPageMenu);
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

// A reader stars the questions they come back to (Zeal's most wanted feature since 2015): they
// are kept by section id, so they survive a content update that keeps the ids.
void MainWindow::setUpFavourites()
{
    m_model.setFavouritesTitle(tr("Favourites"));
    m_favouriteAction = new QAction(favouriteActionText({}), this);
    m_favouriteAction->setObjectName(QStringLiteral("actionFavourite"));
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D)); // as browsers bookmark
    m_ui->menuGo->addSeparator();
    m_ui->menuGo->addAction(m_favouriteAction);
    addAction(m_favouriteAction);
    connect(m_favouriteAction, &QAction::triggered, this,
            [this] { toggleFavourite(m_view->currentPlace()); });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (!parent.isValid()) // the group has just appeared: show what is in it
            m_ui->sectionTree->expand(m_model.favouritesGroup());
    });
}

QString MainWindow::favouriteActionText(SectionRef ref) const
{
    return m_model.isFavourite(ref) ? tr("Remove from Fa&vourites") : tr("Add to Fa&vourites");
}

void MainWindow::toggleFavourite(SectionRef ref)
{
    if (!ref.isSection())
        return;
    const QString title = m_catalog.section(ref).title;
    if (m_model.isFavourite(ref)) {
        m_model.removeFavourite(ref);
        statusBar()->showMessage(tr("Removed \"%1\" from Favourites").arg(title), kStatusMessageMs);
    } else {
        m_model.addFavourite(ref);
        statusBar()->showMessage(tr("Added \"%1\" to Favourites").arg(title), kStatusMessageMs);
    }
    m_favouriteAction->setText(favouriteActionText(m_view->currentPlace()));
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
        showPageMenu(m_view->rect().center());
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
    m_pdfExport =
        new PdfExportController(m_bundle, program, RememberedFolder(&m_state.exportFolder),
                                {m_ui->sectionTree, m_model}, this);
    m_ui->menuFile->insertAction(m_ui->actionQuit, m_pdfExport->action());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_pdfExport, &PdfExportController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    auto *print = new PrintController(m_bundle, program, RememberedFolder(&m_state.exportFolder),
                                      {m_ui->sectionTree, m_model}, this);
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
        const QString path = AnswerReviewDialog::chooseQuestionnaire(
            this, RememberedFolder(&m_state.questionnaireFolder));
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
    if (!ref.isValid()) // the brand's landing page (brand.json's "start"), if it has one
        ref = m_catalog.find(m_bundle.brand().start);
    if (!ref.isValid())
        ref = m_catalog.documentCount() > 0 ? SectionRef{0, -1} : SectionRef{};
    const QModelIndex index = m_model.indexForSection(ref);
    if (index.isValid() && index != m_ui->sectionTree->currentIndex())
        selectInTree(index); // shows the page via currentChanged
    else
        m_view->showSection(ref);
}

void MainWindow::onTreeCurrentChanged(const QModelIndex &current)
{
    if (m_followingView || !current.isValid() || !m_model.sectionAt(current).isValid())
        return; // nothing, or the Favourites heading: the page stays where it is
    // Marks belong to the search that opened a section, not to where the reader goes next
    // (openSearchResult marks its section again after this).
    m_highlighter->clear();
    m_view->showSection(m_model.sectionAt(current));
}

void MainWindow::onPlaceChanged(SectionRef place)
{
    showPlaceInTitle(place);
    m_favouriteAction->setText(favouriteActionText(place));
    const QModelIndex index = m_model.indexForSection(place);
    // A starred question opened from the Favourites group keeps its row there.
    if (!index.isValid() || m_model.sectionAt(m_ui->sectionTree->currentIndex()) == place)
        return;
    // Moving the tree to where the reader is must not send the page anywhere.
    m_followingView = true;
    selectInTree(index);
    m_ui->sectionTree->scrollTo(index);
    m_followingView = false;
}

void MainWindow::showSections(bool show)
{
    const QList<int> sizes = m_ui->splitter->sizes();
    const int total = sizes.constFirst() + sizes.constLast();
    // Shut as if dragged shut, which the splitter's saved state keeps for the next run.
    if (!show)
        m_ui->splitter->setSizes({0, total});
    m_search->setVisible(show);
    if (show && sizes.constFirst() == 0) // open it at its usual width
        m_ui->splitter->setSizes({kSectionsWidth, std::max(total - kSectionsWidth, 0)});
}

void MainWindow::markAsPreview(const QString &note, QWidget *banner)
{
    m_appTitle += QStringLiteral(" \u2014 ") + note;
    showPlaceInTitle(m_view->currentPlace());
    auto *marker = new QLabel(note);
    marker->setObjectName(QStringLiteral("previewIndicator"));
    // Set apart like the page's notes: no one should take a preview for the release.
    marker->setMargin(2);
    marker->setAutoFillBackground(true);
    marker->setBackgroundRole(QPalette::ToolTipBase);
    marker->setForegroundRole(QPalette::ToolTipText);
    statusBar()->insertPermanentWidget(0, marker);
    m_ui->pageLayout->insertWidget(0, banner);
    for (QAction *action : m_ui->menuFile->actions())
        action->setEnabled(action == m_ui->actionQuit || action->isSeparator());
}

void MainWindow::showPlaceInTitle(SectionRef place)
{
    // Most specific first, as the desktop's task switcher cuts the end off a long title.
    QStringList parts{m_appTitle};
    if (place.isValid())
        parts.prepend(m_catalog.document(place.document).title);
    if (place.isSection())
        parts.prepend(m_catalog.section(place).title);
    setWindowTitle(parts.join(QStringLiteral(" \u2014 ")));
}

void MainWindow::selectInTree(const QModelIndex &index)
{
    // Not QAbstractItemView::setCurrentIndex: with extended selection it reads the keyboard's
    // modifiers, so Ctrl+PgDown in the tree added rows to the selection instead of moving it.
    m_ui->sectionTree->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::stepSection(int step)
{
    const SectionRef target = m_catalog.adjacentSection(m_view->currentPlace(), step);
    if (target.isValid())
        showSection(target);
}

void MainWindow::updateHistoryActions()
{
    m_ui->actionBack->setEnabled(m_view->canGoBack());
    m_ui->actionForward->setEnabled(m_view->canGoForward());
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
    QApplication::clipboard()->setMimeData(AnswerClipboard::mimeData(
        *answer, {m_catalog.document(ref.document).title, SectionLink::webLink(m_catalog, ref),
                  m_catalog.contentVersion(), m_bundle.brand().publisher()}));
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

void MainWindow::addPlaceActions(QMenu *menu, SectionRef ref, bool withLink)
{
    QAction *answer =
        menu->addAction(m_ui->actionCopyAnswer->icon(), m_ui->actionCopyAnswer->text(), this,
                        [this, ref] { copyAnswer(ref); });
    answer->setEnabled(ref.isSection());
    if (withLink)
        menu->addAction(m_ui->actionCopyLink->text(), this, [this, ref] { copyLink(ref); });
    QAction *favourite =
        menu->addAction(favouriteActionText(ref), this, [this, ref] { toggleFavourite(ref); });
    favourite->setEnabled(ref.isSection());
}

std::unique_ptr<QMenu> MainWindow::createTreeMenu(SectionRef ref)
{
    auto menu = std::make_unique<QMenu>(this);
    addPlaceActions(menu.get(), ref, true);
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

std::unique_ptr<QMenu> MainWindow::createPageMenu(SectionRef ref)
{
    // Only what makes sense for a reader: no reload, view source, save page or inspect.
    auto menu = std::make_unique<QMenu>(this);
    QAction *copy = menu->addAction(m_ui->actionCopy->icon(), m_ui->actionCopy->text(), m_view,
                                    [this] { m_view->triggerPageAction(QWebEnginePage::Copy); });
    copy->setEnabled(m_view->hasSelection());
    menu->addAction(m_view->pageAction(QWebEnginePage::SelectAll));
    // On a link, its address is the link to copy: a second "Copy Link" for the question
    // would leave the reader guessing which is which.
    const QWebEngineContextMenuRequest *request = m_view->lastContextMenuRequest();
    const bool onLink = request && request->linkUrl().isValid();
    if (onLink)
        addCopyLinkAddress(menu.get(), request->linkUrl());
    menu->addSeparator();
    menu->addAction(m_ui->actionFind);
    addPlaceActions(menu.get(), ref, !onLink);
    return menu;
}

void MainWindow::addCopyLinkAddress(QMenu *menu, const QUrl &link)
{
    // Chromium's own action would copy a link within the page (href="#...") at the address
    // the page was loaded from, the internal one (PageAddress): the reader gets the public one.
    const QUrl shown = PageAddress::toPublic(link);
    QAction *copy =
        menu->addAction(m_view->pageAction(QWebEnginePage::CopyLinkToClipboard)->text());
    connect(copy, &QAction::triggered, this, [shown] {
        auto *mimeData = new QMimeData;
        mimeData->setText(shown.toString());
        mimeData->setUrls({shown});
        QApplication::clipboard()->setMimeData(mimeData);
    });
}

void MainWindow::showPageMenu(const QPoint &position)
{
    const QPoint global = m_view->mapToGlobal(position);
    // The menu acts on the answer under the pointer, which need not be the one being read.
    m_view->placeAt(position, [this, global](SectionRef ref) {
        QMenu *menu = createPageMenu(ref).release();
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(global);
    });
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
    showFailure(tr("Refused to open %1: %2 only opens web and e-mail links")
                    .arg(url.toDisplayString(), m_appTitle));
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
    // A link within the page resolves against the internal address it was loaded from: shown
    // in the public form, like every other address of ours.
    const QUrl hovered(url);
    const QString shown =
        PageAddress::isInternal(hovered) ? PageAddress::toPublic(hovered).toString() : url;
    // Only the link's own address goes: a message that replaced it stays its time.
    if (shown.isEmpty() && statusBar()->currentMessage() == m_hoveredLink)
        statusBar()->clearMessage();
    else if (!shown.isEmpty())
        statusBar()->showMessage(shown);
    m_hoveredLink = shown;
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
    return m_windowPalette.desktopTheme();
}

void MainWindow::applyTheme()
{
    const PageTheme theme = effectiveTheme();
    m_windowPalette.apply(m_themeMode == ThemeMode::System ? std::nullopt
                                                           : std::optional<PageTheme>(theme));
    m_profile->schemeHandler()->setTheme(theme);
    m_view->setTheme(theme);
    updateToolbarIcons();
}

// Desktops without an icon theme still get arrows in the toolbar (ours, in resources), drawn
// in a colour that stands out from the toolbar in either theme.
void MainWindow::updateToolbarIcons()
{
    if (!m_ownToolbarIcons)
        return;
    const bool dark = effectiveTheme() == PageTheme::Dark;
    const QList<QPair<QAction *, QString>> icons{
        {m_ui->actionBack, QStringLiteral("go-previous")},
        {m_ui->actionForward, QStringLiteral("go-next")},
        {m_ui->actionPreviousSection, QStringLiteral("go-up")},
        {m_ui->actionNextSection, QStringLiteral("go-down")}};
    for (const auto &[action, name] : icons) {
        const QString path = QStringLiteral(":/trustbook/icons/%1.svg").arg(name);
        action->setIcon(dark ? recolouredIcon(path, kDarkIconColour) : QIcon(path));
    }
}

// The tree's selection in full colour while it has the keys, muted while it has not: with one
// colour for both, a reader could not tell where the keyboard was.
void MainWindow::updateTreeSelectionColours()
{
    const QPalette window = palette();
    QPalette tree = m_ui->sectionTree->palette();
    if (m_ui->sectionTree->hasFocus()) {
        for (const QPalette::ColorRole role : {QPalette::Highlight, QPalette::HighlightedText})
            tree.setColor(role, window.color(role));
    } else {
        const QColor highlight = window.color(QPalette::Highlight);
        const QColor base = window.color(QPalette::Base);
        constexpr float kShare = 0.3f; // of the highlight in the muted colour
        tree.setColor(QPalette::Highlight,
                      QColor::fromRgbF(highlight.redF() * kShare + base.redF() * (1 - kShare),
                                       highlight.greenF() * kShare + base.greenF() * (1 - kShare),
                                       highlight.blueF() * kShare + base.blueF() * (1 - kShare)));
        tree.setColor(QPalette::HighlightedText, window.color(QPalette::Text));
    }
    m_ui->sectionTree->setPalette(tree);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateTreeSelectionColours();
    if (event->type() == QEvent::WindowStateChange) // the window manager may change it too
        m_ui->actionFullScreen->setChecked(isFullScreen());
    // The desktop's palette changed (ours, in the other modes, is already what they ask for).
    if (event->type() == QEvent::PaletteChange && m_themeMode == ThemeMode::System)
        applyTheme();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    // Chromium does not always say the pointer has left a link when it leaves the page.
    if (type == QEvent::Leave && watched->isWidgetType() &&
        m_view->isAncestorOf(static_cast<QWidget *>(watched)))
        showHoveredLink({});
    if (watched == m_ui->sectionTree) {
        if (type == QEvent::FocusIn || type == QEvent::FocusOut)
            updateTreeSelectionColours();
        // Tab into the page as a click would: Chromium takes a Tab-reason focus to mean "the
        // first link", and scrolled away from the question being read to get there.
        if (type == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
                m_view->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease ||
        type == QEvent::MouseButtonDblClick) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == this &&
            (button == Qt::BackButton || button == Qt::ForwardButton)) {
            // One step per click, on the press. The page must see none of the click: Chromium
            // goes back on the release itself, which made one click two steps.
            if (type == QEvent::MouseButtonPress)
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
    if (m_ui->splitter->restoreState(m_state.splitterState)) // shut when last seen: hidden
        m_ui->actionShowSections->setChecked(m_ui->splitter->sizes().constFirst() > 0);
    for (int document = 0; document < m_catalog.documentCount(); ++document)
        m_ui->sectionTree->setExpanded(
            m_model.indexForDocument(document),
            m_state.expandedDocuments.contains(m_catalog.document(document).id));
    m_model.setFavourites(m_state.favourites);
    if (!m_state.droppedFavourites.isEmpty())
        showNotice(tr("Removed from Favourites, no longer in the content: %1")
                       .arg(m_state.droppedFavourites.join(QStringLiteral(", "))));
    m_view->setZoomFactor(m_state.zoomFactor);
    setThemeMode(m_state.theme);
    fitIntoScreen();
}

// A size saved on a larger screen or at another scale (QT_SCALE_FACTOR), or the form's own
// on a small screen, must not put the status bar and scroll bar out of reach.
void MainWindow::fitIntoScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    const QRect available = screen()->availableGeometry();
    // The window manager frames the window only once it is shown; leave room for a frame.
    const QMargins frame = windowHandle() && !windowHandle()->frameMargins().isNull()
                               ? windowHandle()->frameMargins()
                               : WindowFit::kGuessedFrame;
    const WindowFit fit = WindowFit::into(available, frame, pos(), size());
    resize(fit.size);
    // A window never placed (a first run) is left to the window manager, which places it as it
    // places every other window and keeps it clear of panels; moving it would pin it to the
    // screen's corner. A place restored from the settings is kept on the screen.
    if (testAttribute(Qt::WA_Moved))
        move(fit.position);
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
    m_state.favourites = m_model.favourites();
    m_state.droppedFavourites.clear(); // told once; the save forgets them
    // Nothing the window could do about a failure: the settings have already said why on
    // stderr, and the window closes all the same.
    static_cast<void>(m_settings->save(m_state));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewerState();
    QMainWindow::closeEvent(event);
}
