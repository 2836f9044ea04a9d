#pragma once

#include "pdfexporter.h"

#include <QByteArray>
#include <QString>

// The bytes between the app and its PDF export child (`trustbook --pdf-export-child`, see
// PdfExportProcess). The parent writes one request on the child's standard input and closes
// it; the child answers with MessageFrame messages: progress and heartbeats while it works,
// then one outcome. A request names places by index, so it carries the content version too:
// a child built with other content refuses it instead of printing the wrong sections.
namespace PdfExportProtocol {

enum class Kind : quint8 {
    Progress = 1,  // "done total", ASCII
    Heartbeat = 2, // nothing: the child's event loop still turns
    Done = 3,      // u32 page count, then the PDF
    Failed = 4,    // UTF-8 message; retrying would fail the same way
    Stopped = 5,   // UTF-8 message; the page renderer died, a retry may work
};

// The largest message a parent takes: a 10,000-section export is about 20 MB.
constexpr qint64 kMaxPayloadBytes = qint64(1) << 30;

struct ChildRequest
{
    PdfExportRequest request;
    QString contentVersion;
};

QByteArray encodeRequest(const PdfExportRequest &request, const QString &contentVersion);
// Fails saying what is wrong; the child reports it as its outcome.
Result<ChildRequest> decodeRequest(const QByteArray &bytes);

QByteArray progress(int done, int total);
QByteArray heartbeat();
QByteArray done(const PdfExport &result);
QByteArray outcome(Kind kind, const QString &message);

} // namespace PdfExportProtocol
