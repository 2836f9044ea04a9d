#include "previewwindow.h"

#include "alertlabel.h"
#include "helpprofile.h"
#include "helpview.h"
#include "previewsource.h"
#include "searchservice.h"

#include <QLabel>
#include <QStackedLayout>

#include <utility>

namespace {

// How many problems the banner lists before it says how many more there are.
constexpr qsizetype kProblemsShown = 5;

} // namespace

// One good render and everything that reads it, torn down in the reverse order: the window
// before the search and the profile it uses, all before the content they hold by reference.
struct PreviewWindow::Reading
{
    std::shared_ptr<const ContentBundle> bundle;
    std::unique_ptr<HelpProfile> profile;
    std::unique_ptr<SearchService> search;
    std::unique_ptr<MainWindow> window;
};

PreviewWindow::PreviewWindow(PreviewSource *source, ExportChildProgram exportProgram,
                             QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_exportProgram(std::move(exportProgram))
    , m_stack(new QStackedLayout(this))
    , m_banner(new AlertLabel)
    , m_waiting(new QLabel(tr("Rendering %1…").arg(source->folder())))
{
    setWindowTitle(previewNote());
    m_banner->setObjectName(QStringLiteral("previewProblems"));
    m_banner->setMargin(8);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();
    // Until there is a page, the banner stands alone over the waiting note.
    auto *first = new QWidget;
    auto *firstLayout = new QVBoxLayout(first);
    firstLayout->addWidget(m_banner);
    m_waiting->setObjectName(QStringLiteral("previewWaiting"));
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setWordWrap(true);
    firstLayout->addWidget(m_waiting, 1);
    m_stack->addWidget(first);
    resize(1100, 720);
    connect(source, &PreviewSource::reloaded, this, &PreviewWindow::onReloaded);
    connect(source, &PreviewSource::failed, this, &PreviewWindow::onFailed);
}

PreviewWindow::~PreviewWindow() = default;

MainWindow *PreviewWindow::readingWindow() const
{
    return m_reading ? m_reading->window.get() : nullptr;
}

QString PreviewWindow::previewNote()
{
    //: Marks the window of trustbook --preview: content shown straight from its folder.
    return tr("Preview — not a release");
}

// The reader's place as a path, which the next content may still have.
QString PreviewWindow::placeToKeep() const
{
    if (!m_reading)
        return m_start;
    return m_reading->bundle->catalog().sectionPath(m_reading->window->helpView()->currentPlace());
}

void PreviewWindow::onReloaded()
{
    const QString place = placeToKeep();
    auto reading = std::make_unique<Reading>();
    reading->bundle = m_source->bundle();
    reading->profile = std::make_unique<HelpProfile>(*reading->bundle);
    reading->search = std::make_unique<SearchService>(*reading->bundle);
    reading->window = std::make_unique<MainWindow>(*reading->bundle, reading->profile.get(),
                                                   reading->search.get(), m_exportProgram);
    MainWindow *window = reading->window.get();
    // The theme the reader chose in View > Theme stays with the next window.
    window->setThemeMode(m_reading ? m_reading->window->themeMode() : m_themeMode);
    window->markAsPreview(previewNote(), m_banner);
    m_banner->hide();
    connect(window, &QWidget::windowTitleChanged, this, &QWidget::setWindowTitle);
    const ContentCatalog &catalog = reading->bundle->catalog();
    SectionRef ref = catalog.find(place);
    if (!ref.isValid()) // the section is gone: its document, if that is still there
        ref = catalog.find(place.section(QLatin1Char('/'), 0, 0));
    // At the size it will have, so that the page is laid out once, at the reader's section.
    window->resize(m_stack->currentWidget() ? m_stack->currentWidget()->size() : size());
    m_stack->addWidget(window);
    m_stack->setCurrentWidget(window);
    window->showSection(ref);
    setWindowTitle(window->windowTitle());
    // The old window goes only now, so the banner it held has moved to the new one.
    std::swap(m_reading, reading);
    Q_EMIT reloaded();
}

void PreviewWindow::onFailed(const QStringList &errors)
{
    QStringList lines = errors.mid(0, kProblemsShown);
    if (errors.size() > kProblemsShown)
        lines.append(tr("… and %n more problem(s)", nullptr,
                        static_cast<int>(errors.size() - kProblemsShown)));
    const QString kept = m_reading ? tr("The page shows the last version that rendered.")
                                   : tr("Nothing rendered yet.");
    // Rendering is over: what the window waits for now is a saved fix.
    if (!m_reading)
        m_waiting->setText(tr("Waiting for a saved change in %1…").arg(m_source->folder()));
    m_banner->announce(tr("Preview of %1 failed to render:").arg(m_source->folder()) +
                       QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                       kept);
}
