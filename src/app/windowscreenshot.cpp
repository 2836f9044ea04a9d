#include "windowscreenshot.h"
#include "paintcheck.h"

#include "helpview.h"
#include "mainwindow.h"

#include <QImageWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

namespace {

constexpr int kPollMs = 50;
constexpr int kMaxAttempts = 400; // 20 s: a page that has not painted by then never will

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
    m_poll.start();
}

void WindowScreenshot::poll()
{
    if (++m_attempts > kMaxAttempts) {
        fail(tr("the page did not paint within %1 s").arg(kMaxAttempts * kPollMs / 1000));
        return;
    }
    if (m_loaded && !PaintCheck::isBlank(m_window->helpView()->grab().toImage()))
        save();
}

void WindowScreenshot::save()
{
    m_poll.stop();
    QSaveFile file(m_path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(m_window->grab().toImage()) ||
        !file.commit()) {
        fail(writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                          : file.errorString());
        return;
    }
    QTextStream(stdout) << m_path << '\n';
    Q_EMIT finished(0);
}

void WindowScreenshot::fail(const QString &message)
{
    m_poll.stop();
    QTextStream(stderr) << "trustbook: cannot write " << m_path << ": " << message << '\n';
    Q_EMIT finished(1);
}
