#include "helpview.h"

#include "appscheme.h"
#include "contentschemehandler.h"
#include "documentswap.h"
#include "helppage.h"
#include "helpprofile.h"
#include "pageaddress.h"

#include <QFile>
#include <QPointer>
#include <QWebEngineHistory>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

#include <algorithm>
#include <iterator>

namespace {

// The zoom levels a browser offers; stepping snaps to them so Ctrl+0 is never needed to get
// back to an even value.
constexpr qreal kZoomLevels[] = {0.5,  0.67, 0.75, 0.8, 0.9, 1.0, 1.1,
                                 1.25, 1.5,  1.75, 2.0, 2.5, 3.0};

} // namespace

HelpView::HelpView(HelpProfile *profile, const ContentCatalog &catalog, QWidget *parent)
    : QWebEngineView(parent)
    , m_catalog(catalog)
    , m_page(new HelpPage(profile, LinkPolicy(appScheme()), this))
    , m_swap(new DocumentSwap(
          m_page,
          [handler = profile->schemeHandler()](const QString &document) {
              return handler->page(document);
          },
          m_page))
{
    setPage(m_page);
    m_page->setDocumentSwap(m_swap);
    installScript(QStringLiteral("readingposition"));
    installScript(QStringLiteral("printcolourcopy"));
    connect(this, &QWebEngineView::urlChanged, this, &HelpView::onUrlChanged);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            &HelpView::recoverFromRendererDeath);
}

void HelpView::recoverFromRendererDeath(QWebEnginePage::RenderProcessTerminationStatus status,
                                        int exitCode)
{
    if (status == QWebEnginePage::NormalTerminationStatus)
        return;
    Q_EMIT rendererRestarted(status == QWebEnginePage::KilledTerminationStatus, exitCode);
    // Load anew from the app's side once Chromium has finished tearing the old one down; a
    // dead renderer left alone is a blank window.
    const SectionRef place = m_place;
    QMetaObject::invokeMethod(
        this,
        [this, place] {
            setUrl(urlFor(place.isValid() ? place : SectionRef{0, -1}));
        },
        Qt::QueuedConnection);
}

void HelpView::installScript(const QString &name)
{
    QFile source(QStringLiteral(":/trustbook/viewer/%1.js").arg(name));
    if (!source.open(QIODevice::ReadOnly))
        qFatal("%s.js is missing from the resources", qPrintable(name));
    QWebEngineScript script;
    script.setName(QLatin1String("trustbook-") + name);
    script.setSourceCode(QString::fromUtf8(source.readAll()));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    m_page->scripts().insert(script);
}

QUrl HelpView::urlFor(SectionRef ref) const
{
    return PageAddress::pageUrl(m_catalog.document(ref.document).id,
                                ref.isSection() ? m_catalog.section(ref).id : QString());
}

SectionRef HelpView::placeFor(const QUrl &url) const
{
    const QString path = PageAddress::sectionPath(url);
    return path.isEmpty() ? SectionRef{} : m_catalog.find(path);
}

QUrl HelpView::shownUrl() const
{
    return PageAddress::toPublic(url());
}

void HelpView::placeAt(const QPoint &position, const std::function<void(SectionRef)> &done)
{
    const QPointF css = QPointF(position) / zoomFactor();
    const QString script =
        QStringLiteral("(function () { const e = document.elementFromPoint(%1, %2);"
                       " const s = e && e.closest('section.qa'); return s ? s.id : ''; })()")
            .arg(css.x())
            .arg(css.y());
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [view = QPointer<HelpView>(this), done](const QVariant &id) {
                              if (!view)
                                  return;
                              QUrl place = view->url();
                              place.setFragment(id.toString());
                              done(view->placeFor(place));
                          });
}

void HelpView::showSection(SectionRef ref)
{
    if (ref.isValid())
        m_page->show(urlFor(ref));
}

void HelpView::onUrlChanged(const QUrl &url)
{
    const SectionRef place = placeFor(url);
    if (!place.isValid() || place == m_place)
        return;
    m_place = place;
    Q_EMIT placeChanged(place);
}

void HelpView::goBack()
{
    stepHistory(-1);
}

void HelpView::goForward()
{
    stepHistory(+1);
}

bool HelpView::canGoBack() const
{
    return history()->currentItemIndex() > 0;
}

bool HelpView::canGoForward() const
{
    return history()->currentItemIndex() + 1 < history()->count();
}

void HelpView::stepHistory(int step)
{
    QWebEngineHistory *entries = history();
    const int index = entries->currentItemIndex() + step;
    if (index < 0 || index >= entries->count())
        return;
    // The reading position puts the reader back at the place recorded for the entry, where
    // Chromium's kept offset would miss it (readingposition.js); a script sent now runs before
    // the move.
    m_page->runJavaScript(QStringLiteral("window.dispatchEvent(new Event('trustbook-returning'))"),
                          QWebEngineScript::ApplicationWorld);
    entries->goToItem(entries->itemAt(index));
}

void HelpView::zoomIn()
{
    stepZoom(+1);
}

void HelpView::zoomOut()
{
    stepZoom(-1);
}

void HelpView::resetZoom()
{
    setZoomFactor(1.0);
    Q_EMIT zoomChanged(zoomFactor());
}

void HelpView::stepZoom(int direction)
{
    const qreal now = zoomFactor();
    const auto begin = std::begin(kZoomLevels);
    const auto end = std::end(kZoomLevels);
    // The next level strictly beyond the current factor, so an odd factor (Ctrl+wheel,
    // restored settings) snaps to the nearest level in the direction asked for.
    qreal next = now;
    if (direction > 0) {
        const auto it = std::upper_bound(begin, end, now + 0.001);
        next = it == end ? *(end - 1) : *it;
    } else {
        const auto it = std::lower_bound(begin, end, now - 0.001);
        next = it == begin ? *begin : *(it - 1);
    }
    setZoomFactor(next);
    Q_EMIT zoomChanged(zoomFactor());
}

void HelpView::setTheme(PageTheme theme)
{
    m_page->runJavaScript(
        QStringLiteral("document.documentElement.dataset.theme = '%1'").arg(pageThemeName(theme)),
        QWebEngineScript::ApplicationWorld);
}
