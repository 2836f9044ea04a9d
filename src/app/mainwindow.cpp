#include "mainwindow.h"

#include "aboutdialog.h"
#include "helppage.h"
#include "helpview.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QStatusBar>

namespace {
constexpr int kStatusMessageMs = 6000;
}

MainWindow::MainWindow(const ContentCatalog &catalog, QWebEngineProfile *profile,
                       ViewerSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalog(catalog)
    , m_model(catalog)
    , m_view(new HelpView(profile, catalog))
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // The view joins the splitter before the first show(): a web view added to a visible
    // window makes X re-create the window (a visible flicker).
    m_ui->splitter->addWidget(m_view);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({320, 860});
    m_ui->sectionTree->setModel(&m_model);
    m_ui->sectionTree->expandAll();
    setUpActions();
    restoreViewerState();

    connect(m_ui->sectionTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onTreeCurrentChanged);
    connect(m_view->helpPage(), &HelpPage::externalLinkRequested, this, &MainWindow::openExternal);
    connect(m_view->helpPage(), &HelpPage::linkRefused, this, &MainWindow::reportRefused);
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpActions()
{
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(m_catalog, this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
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
    m_view->showSection(m_model.sectionAt(current));
}

void MainWindow::openExternal(const QUrl &url)
{
    const bool mail = url.scheme() == QLatin1String("mailto");
    if (QDesktopServices::openUrl(url))
        statusBar()->showMessage(mail ? tr("Opened your mail client for %1").arg(url.path())
                                      : tr("Opened in your browser: %1").arg(url.toDisplayString()),
                                 kStatusMessageMs);
    else
        statusBar()->showMessage(tr("Could not open %1").arg(url.toDisplayString()),
                                 kStatusMessageMs);
}

void MainWindow::reportRefused(const QUrl &url)
{
    statusBar()->showMessage(tr("Refused to open %1: Trustbook only opens web and e-mail links")
                                 .arg(url.toDisplayString()),
                             kStatusMessageMs);
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
}

// Keeps what this window does not manage itself (the theme) as it was loaded.
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
    m_state.lastSection = m_model.sectionAt(m_ui->sectionTree->currentIndex());
    m_settings->save(m_state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewerState();
    QMainWindow::closeEvent(event);
}
