#include "mainwindow.h"

#include "helppage.h"
#include "helpview.h"
#include "pdfexportcontroller.h"
#include "printcontroller.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QStatusBar>

namespace {
constexpr int kStatusMessageMs = 6000;
}

MainWindow::MainWindow(const ContentCatalog &catalog, QWebEngineProfile *profile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_catalog(catalog)
    , m_model(catalog)
    , m_view(new HelpView(profile, catalog))
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
    setUpPrinting(profile);

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
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setUpPrinting(QWebEngineProfile *profile)
{
    m_ui->sectionTree->setSelectionMode(QAbstractItemView::ExtendedSelection); // export several
    auto *pdf = new PdfExportController(m_catalog, profile, {m_ui->sectionTree, m_model}, this);
    m_ui->menuFile->insertAction(m_ui->actionQuit, pdf->action());
    m_ui->sectionTree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->sectionTree->addAction(pdf->action());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(pdf, &PdfExportController::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto *print = new PrintController(m_catalog, profile, {m_ui->sectionTree, m_model}, this);
    m_ui->menuFile->insertAction(pdf->action(), print->action());
    connect(print, &PrintController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::showSection(SectionRef ref)
{
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
