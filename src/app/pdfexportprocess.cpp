#include "pdfexportprocess.h"

#include "atomicfilewriter.h"
#include "exportscope.h"
#include "launchedexportchild.h"
#include "messageframe.h"
#include "pdfexportchild.h"
#include "pdfexportprotocol.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtEndian>

#include <algorithm>
#include <utility>

namespace {

using namespace std::chrono_literals;
// The child sends a heartbeat every second while its event loop turns; Chromium's own work
// (a print of 10,000 sections runs a minute) never blocks that loop.
constexpr auto kStallTimeout = 30s;
// One retry: a helper killed by the out-of-memory killer or a sandbox hiccup rarely strikes
// twice, and a renderer that dies on this content every time should be reported, not looped.
constexpr int kAttempts = 2;

} // namespace

PdfExportProcess::PdfExportProcess(ExportChildProgram program, const ContentCatalog &catalog,
                                   QObject *parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_catalog(catalog)
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(kStallTimeout);
    connect(&m_stall, &QTimer::timeout, this, &PdfExportProcess::rendererStopped);
    connect(&m_writing, &QFutureWatcher<Result<Done>>::finished, this,
            &PdfExportProcess::onWritten);
}

PdfExportProcess::~PdfExportProcess()
{
    dropChild();
    // This goes with its window or command, that is when the app exits: the system reaps
    // what is still on its way out.
    for (const std::unique_ptr<ExportChild> &child : m_dying) {
        child->disconnect(this);
        child->abandon();
    }
    // The file lands whole or not at all; either way not after we are gone.
    m_writing.waitForFinished();
}

qint64 PdfExportProcess::childProcessId() const
{
    return m_child ? m_child->processId() : 0;
}

Result<Done> PdfExportProcess::start(const PdfExportRequest &request)
{
    if (m_child)
        return Result<Done>::failure(
            PdfExporter::tr("Another PDF export is still running; wait for it to finish."));
    if (ExportScope::resolve(m_catalog, request.places).isEmpty())
        return Result<Done>::failure(
            PdfExporter::tr("Nothing to export: choose at least one section."));
    m_request = request;
    m_attempt = 0;
    launch();
    return Result<Done>::success({});
}

void PdfExportProcess::launch()
{
    ++m_attempt;
    m_buffer.clear();
    m_child =
        m_firstChild ? std::move(m_firstChild) : std::make_unique<LaunchedExportChild>(m_program);
    connect(m_child.get(), &ExportChild::readyRead, this, &PdfExportProcess::readMessages);
    connect(m_child.get(), &ExportChild::finished, this, &PdfExportProcess::onChildFinished);
    connect(m_child.get(), &ExportChild::failedToStart, this, &PdfExportProcess::fail);
    m_child->send(PdfExportProtocol::encodeRequest(m_request, m_catalog.contentVersion()));
    if (!m_child)
        return; // it failed to start, and that has been reported
    m_stall.start();
    Q_EMIT childStarted(m_attempt);
}

void PdfExportProcess::readMessages()
{
    if (!m_child)
        return;
    m_buffer += m_child->readAll();
    m_stall.start();
    using PdfExportProtocol::Kind;
    MessageFrame::Frame frame;
    while (m_child) {
        switch (MessageFrame::take(&m_buffer, PdfExportProtocol::kMaxPayloadBytes, &frame)) {
        case MessageFrame::Status::Incomplete:
            return;
        case MessageFrame::Status::TooLarge:
            fail(tr("the export program sent an unreadable reply"));
            return;
        case MessageFrame::Status::Complete:
            break;
        }
        switch (static_cast<Kind>(frame.kind)) {
        case Kind::Progress: {
            const QList<QByteArray> numbers = frame.payload.split(' ');
            if (numbers.size() == 2)
                Q_EMIT progress(numbers.at(0).toInt(), numbers.at(1).toInt());
            break;
        }
        case Kind::Heartbeat:
            break;
        case Kind::Done:
            takeDone(std::move(frame.payload));
            return;
        case Kind::Failed:
            finish(PdfExportResult::failure(QString::fromUtf8(frame.payload)));
            return;
        case Kind::Stopped:
            rendererStopped();
            return;
        default:
            fail(tr("the export program sent an unreadable reply"));
            return;
        }
    }
}

void PdfExportProcess::takeDone(QByteArray payload)
{
    if (payload.size() < 4) {
        fail(tr("the export program sent an unreadable reply"));
        return;
    }
    PdfExport made;
    made.pageCount = static_cast<int>(qFromBigEndian<quint32>(payload.constData()));
    made.pdf = std::move(payload);
    made.pdf.remove(0, 4); // no copy: Qt 6 moves the start
    made.filePath = m_request.filePath;
    // It has said all it had to say. It is killed now and reaped once the file is written, by
    // when it is long gone and the reaping costs the GUI thread nothing.
    m_stall.stop();
    m_child->disconnect(this);
    m_child->kill();
    if (made.filePath.isEmpty()) {
        finish(PdfExportResult::success(std::move(made)));
        return;
    }
    write(std::move(made));
}

// Writing and syncing the PDF of 10,000 sections (tens of MB) held the GUI thread for 80 ms;
// a worker thread keeps the window painting. The export counts as running until the file is
// in place, so no second export can race it for the same file.
void PdfExportProcess::write(PdfExport made)
{
    QByteArray pdf = std::exchange(made.pdf, {});
    m_written = std::move(made);
    m_writing.setFuture(QtConcurrent::run([path = m_written.filePath, pdf = std::move(pdf)] {
        return AtomicFileWriter::write(path, pdf);
    }));
}

void PdfExportProcess::onWritten()
{
    const Result<Done> written = m_writing.result();
    finish(written ? PdfExportResult::success(std::move(m_written))
                   : PdfExportResult::failure(written.error()));
}

void PdfExportProcess::onChildFinished()
{
    // What it wrote last may still be unread.
    readMessages();
    if (m_child) // it ended without an outcome: Chromium took it down
        rendererStopped();
}

void PdfExportProcess::rendererStopped()
{
    if (!m_child)
        return;
    if (m_attempt < kAttempts) {
        dropChild();
        launch();
        return;
    }
    fail(tr("the page renderer stopped while printing; nothing was written"));
}

void PdfExportProcess::cancel()
{
    // Once the file is being put in place it is too late: it lands whole, as asked.
    if (m_child && !m_writing.isRunning())
        fail(PdfExporter::tr("the export was cancelled"));
}

void PdfExportProcess::fail(const QString &reason)
{
    finish(PdfExportResult::failure(PdfExporter::failureMessage(m_request.filePath, reason)));
}

void PdfExportProcess::finish(const PdfExportResult &result)
{
    dropChild();
    Q_EMIT finished(result);
}

void PdfExportProcess::dropChild()
{
    m_stall.stop();
    std::unique_ptr<ExportChild> child = std::move(m_child);
    if (!child)
        return;
    child->disconnect(this);
    if (!child->isRunning()) {
        // Often called from one of the child's own signals, which must return into a live
        // object.
        child.release()->deleteLater();
        return;
    }
    // A child that has replied would exit on its own in a moment; one that has not must go.
    // Either way it is reaped once its end is seen, so no zombie is left.
    child->kill();
    ExportChild *dying = child.get();
    connect(dying, &ExportChild::finished, this, [this, dying] {
        dying->disconnect(this);
        const auto it = std::find_if(m_dying.begin(), m_dying.end(),
                                     [dying](const auto &held) { return held.get() == dying; });
        if (it == m_dying.end())
            return;
        it->release()->deleteLater(); // we are inside its signal
        m_dying.erase(it);
    });
    m_dying.push_back(std::move(child));
}
