// bare_webview: the floor Trustbook is measured against. A bare QWebEngineView on the same
// generated page HTML, nothing else: no profile lock-down, no catalog, no tree, no search.
// It times what the app's --screenshot and --export-pdf do, from process start (the kernel's
// start time of this process, so the dynamic loader and static initialisers count as they do
// for the app) and prints the milliseconds on stdout. A program, not a test.
//
//   bare_webview [--size WxH] [--screenshot FILE.png] PAGE.html
//       "paint_ms N" once the view shows more than one colour (polled every 50 ms, as the
//       app's --screenshot polls), then saves the picture if asked, and exits
//   bare_webview --pdf FILE PAGE.html [PAGE.html ...]
//       loads each page in turn and prints it with printToPdf (A4), the last one to FILE;
//       "pdf_ms N" when the last is written
#include "paintcheck.h"
#include "processage.h"
#include "screenshotfile.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace {

constexpr int kPollMs = PaintCheck::kPollMs; // as the app's WindowScreenshot polls
constexpr int kTimeoutMs = 60000;

class BareRun final : public QObject
{
    Q_DISABLE_COPY_MOVE(BareRun)

public:
    BareRun(QElapsedTimer clock, double msBeforeTimer, QStringList pages, QString output, bool pdf)
        : m_clock(clock)
        , m_msBeforeTimer(msBeforeTimer)
        , m_pages(std::move(pages))
        , m_output(std::move(output))
        , m_pdf(pdf)
    {
        m_poll.setInterval(kPollMs);
        connect(&m_poll, &QTimer::timeout, this, &BareRun::poll);
        connect(&m_view, &QWebEngineView::loadFinished, this, &BareRun::loaded);
        QTimer::singleShot(kTimeoutMs, this, [] {
            QTextStream(stderr) << "bare_webview: timed out\n";
            QCoreApplication::exit(1);
        });
    }

    // Stay open after the first paint (until killed), as a window a reader keeps open does.
    void setHold(bool hold) { m_hold = hold; }

    void start(const QSize &size)
    {
        m_view.resize(size);
        loadNext();
        if (!m_pdf)
            m_view.show();
    }

private:
    double elapsedMs() const { return m_msBeforeTimer + double(m_clock.nsecsElapsed()) / 1e6; }

    void loadNext()
    {
        m_view.load(QUrl::fromLocalFile(QFileInfo(m_pages.takeFirst()).absoluteFilePath()));
    }

    void loaded(bool ok)
    {
        if (!ok) {
            QTextStream(stderr) << "bare_webview: the page did not load\n";
            QCoreApplication::exit(1);
        } else if (m_pdf) {
            print();
        } else {
            m_poll.start();
        }
    }

    void poll()
    {
        if (PaintCheck::isBlank(m_view.grab().toImage()))
            return;
        m_poll.stop();
        QTextStream(stdout) << "paint_ms " << elapsedMs() << '\n';
        if (!m_output.isEmpty()) {
            if (const Result<Done> saved = ScreenshotFile::save(m_view.grab().toImage(), m_output);
                !saved)
                QTextStream(stderr)
                    << "bare_webview: cannot write " << m_output << ": " << saved.error() << '\n';
        }
        if (!m_hold)
            QCoreApplication::exit(0);
    }

    void print()
    {
        const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                 QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        m_view.page()->printToPdf([this](const QByteArray &pdf) { printed(pdf); }, layout);
    }

    void printed(const QByteArray &pdf)
    {
        if (!m_pages.isEmpty()) {
            loadNext();
            return;
        }
        QSaveFile file(m_output);
        const bool ok = !pdf.isEmpty() && file.open(QIODevice::WriteOnly) &&
                        file.write(pdf) == pdf.size() && file.commit();
        if (ok)
            QTextStream(stdout) << "pdf_ms " << elapsedMs() << '\n';
        else
            QTextStream(stderr) << "bare_webview: cannot write " << m_output << '\n';
        QCoreApplication::exit(ok ? 0 : 1);
    }

    QElapsedTimer m_clock;
    double m_msBeforeTimer;
    QStringList m_pages;
    QString m_output;
    bool m_pdf;
    bool m_hold = false;
    QTimer m_poll;
    QWebEngineView m_view;
};

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    return {parts.value(0).toInt(), parts.value(1).toInt()};
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    const double msBeforeMain = ProcessAge::milliseconds();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as Qt WebEngine asks
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("pages"), QStringLiteral("HTML files."));
    parser.addOptions(
        {{QStringLiteral("pdf"), QStringLiteral("Print to this PDF file."), QStringLiteral("FILE")},
         {QStringLiteral("screenshot"), QStringLiteral("Save the painted view."),
          QStringLiteral("FILE")},
         {QStringLiteral("size"), QStringLiteral("View size (the app's window)."),
          QStringLiteral("WxH"), QStringLiteral("1180x760")},
         {QStringLiteral("hold"), QStringLiteral("Keep running after the first paint.")}});
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(2);
    const bool pdf = parser.isSet(QStringLiteral("pdf"));
    BareRun run(clock, msBeforeMain, parser.positionalArguments(),
                parser.value(pdf ? QStringLiteral("pdf") : QStringLiteral("screenshot")), pdf);
    run.setHold(parser.isSet(QStringLiteral("hold")));
    run.start(parseSize(parser.value(QStringLiteral("size"))));
    return app.exec();
}
