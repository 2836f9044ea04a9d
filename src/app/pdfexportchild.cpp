#include "pdfexportchild.h"

#include "helpprofile.h"
#include "pdfexporter.h"
#include "pdfexportprotocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <sys/prctl.h>
#include <unistd.h>

#include <csignal>

namespace {

using namespace std::chrono_literals;
// Often enough that a parent notices a stuck child in seconds, rarely enough to cost nothing.
constexpr auto kHeartbeatInterval = 1s;

// The messages go out on a copy of standard output; the real one then points at standard
// error, so nothing Chromium or a library prints can land in the middle of a message.
bool openMessageChannel(QFile *channel)
{
    const int fd = ::dup(STDOUT_FILENO);
    if (fd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0)
        return false;
    return channel->open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered,
                         QFileDevice::AutoCloseHandle);
}

} // namespace

PdfExportChild::PdfExportChild(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

int PdfExportChild::run()
{
    // A parent that is gone wants nothing more: neither this process nor its Chromium helpers
    // (which follow their browser process) may outlive it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    QFile channel;
    if (!openMessageChannel(&channel))
        return 1;
    const auto send = [&channel](const QByteArray &message) {
        channel.write(message);
        channel.flush();
    };
    using PdfExportProtocol::Kind;

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        send(PdfExportProtocol::outcome(Kind::Failed, in.errorString()));
        return 1;
    }
    Result<PdfExportProtocol::ChildRequest> child = PdfExportProtocol::decodeRequest(in.readAll());
    if (child && child->contentVersion != m_bundle.catalog().contentVersion())
        child = Result<PdfExportProtocol::ChildRequest>::failure(
            QCoreApplication::translate("PdfExportChild",
                                        "the export program holds other content (%1, not %2)")
                .arg(m_bundle.catalog().contentVersion().left(12), child->contentVersion.left(12)));
    if (!child) {
        send(PdfExportProtocol::outcome(Kind::Failed, child.error()));
        return 1;
    }
    PdfExportRequest request = child->request;
    request.writeFile = false; // the parent writes: it alone decides what reaches the disk

    HelpProfile profile(m_bundle);
    PdfExporter exporter(&profile, m_bundle);
    bool rendererStopped = false;
    int exitCode = 1;
    QObject::connect(&exporter, &PdfExporter::progress, &exporter, [&send](int done, int total) {
        send(PdfExportProtocol::progress(done, total));
    });
    QObject::connect(&exporter, &PdfExporter::rendererStopped, &exporter,
                     [&rendererStopped] { rendererStopped = true; });
    QObject::connect(&exporter, &PdfExporter::finished, &exporter,
                     [&](const PdfExportResult &result) {
                         if (result) {
                             send(PdfExportProtocol::done(*result));
                             exitCode = 0;
                         } else {
                             send(PdfExportProtocol::outcome(
                                 rendererStopped ? Kind::Stopped : Kind::Failed, result.error()));
                         }
                         QCoreApplication::quit();
                     });
    QTimer heartbeat;
    heartbeat.setInterval(kHeartbeatInterval);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat,
                     [&send] { send(PdfExportProtocol::heartbeat()); });
    if (const Result<Done> started = exporter.start(request); !started) {
        send(PdfExportProtocol::outcome(Kind::Failed, started.error()));
        return 1;
    }
    heartbeat.start();
    QCoreApplication::exec();
    return exitCode;
}
