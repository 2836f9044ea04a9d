#include "windowscreenshot.h"
#include "paintcheck.h"

#include "atomicfilewriter.h"
#include "helpview.h"
#include "mainwindow.h"
#include "processage.h"
#include "screenshotfile.h"
#include "viewerlogging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>
#include <QSet>
#include <QStyleHints>
#include <QTextStream>
#include <QWebEngineScript>

namespace {

constexpr int kPollMs = PaintCheck::kPollMs;
constexpr int kMaxAttempts = 20000 / kPollMs; // a page that has not painted in 20 s never will
constexpr int kStillPolls = 100 / kPollMs;    // unchanged this long: the picture is final

} // namespace

WindowScreenshot::WindowScreenshot(MainWindow *window, QString path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &WindowScreenshot::poll);
    connect(window->helpView(), &QWebEngineView::loadFinished, this,
            [this](bool ok) { ok ? void(m_loaded = true) : fail(tr("the page did not load")); });
}

void WindowScreenshot::start()
{
    // The file is written with QSaveFile (see ScreenshotFile), which would follow a symbolic
    // link; and a target that cannot be written is worth knowing before the page has loaded.
    if (const std::optional<QString> problem = AtomicFileWriter::problemWith(m_path)) {
        QTimer::singleShot(0, this, [this, reason = *problem] { fail(reason); });
        return;
    }
    // A blinking text cursor (the search field has the focus) made two pictures of the same
    // window differ; it stays on.
    QGuiApplication::styleHints()->setCursorFlashTime(0);
    m_poll.start();
}

void WindowScreenshot::poll()
{
    if (++m_attempts > kMaxAttempts) {
        fail(tr("the page did not paint within %1 s").arg(kMaxAttempts * kPollMs / 1000));
        return;
    }
    if (!m_loaded)
        return;
    const QImage page = m_window->helpView()->grab().toImage();
    if (PaintCheck::isBlank(page))
        return;
    // The first paint can come before Chromium has scrolled to the section: the picture then
    // showed the top of the document or the section, depending on the machine's load. So the
    // page is asked whether it is there, and the picture waits until the page is still.
    if (!m_atPlace) {
        if (!m_asking) {
            m_asking = true;
            m_window->helpView()->page()->runJavaScript(
                QStringLiteral(
                    "(function () { const id = decodeURIComponent(location.hash.slice(1));"
                    " const e = id && document.getElementById(id); if (!e) return true;"
                    " const root = document.documentElement;"
                    " return Math.abs(e.getBoundingClientRect().top -"
                    " parseFloat(getComputedStyle(e).scrollMarginTop)) < 2 ||"
                    " window.scrollY + window.innerHeight >= root.scrollHeight - 1; })()"),
                QWebEngineScript::ApplicationWorld,
                [self = QPointer<WindowScreenshot>(this)](const QVariant &there) {
                    if (!self)
                        return;
                    self->m_asking = false;
                    self->m_atPlace = there.toBool();
                    // The moment the reader would see the section: what start-up is timed
                    // to (tests/benchmarks), not the stillness the picture waits for below.
                    if (self->m_atPlace)
                        qCInfo(lcViewer,
                               "first painted at its place %.1f ms after the process "
                               "started",
                               ProcessAge::milliseconds());
                });
        }
        return;
    }
    // A busy machine's compositor can be a few frames behind the page: still for a while.
    m_stillPolls = page == m_lastFrame ? m_stillPolls + 1 : 0;
    m_lastFrame = page;
    if (m_stillPolls >= kStillPolls)
        save();
}

void WindowScreenshot::save()
{
    m_poll.stop();
    if (const Result<Done> saved =
            ScreenshotFile::save(m_window->window()->grab().toImage(), m_path);
        !saved) {
        fail(saved.error());
        return;
    }
    QTextStream(stdout) << m_path << '\n';
    Q_EMIT finished(0);
}

void WindowScreenshot::fail(const QString &message)
{
    m_poll.stop();
    QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                        << tr("cannot write %1: %2").arg(m_path, message) << '\n';
    Q_EMIT finished(1);
}
