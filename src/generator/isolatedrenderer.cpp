#include "isolatedrenderer.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QProcess>

#include <limits>

#include <sys/resource.h>

namespace {

// The child's exit code says what its reply on stdout holds.
constexpr int kReplyIsDocument = 0;
constexpr int kReplyIsError = 1;
constexpr int kReplyNotWritten = 3; // 2 is trustbook-gen's usage error
constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

enum class Outcome { Finished, TimedOut, TooLarge };

// Collects the child's stdout until it exits, the deadline passes or the reply outgrows `cap`.
Outcome collectReply(QProcess &child, const QDeadlineTimer &deadline, qint64 cap, QByteArray *reply)
{
    while (child.state() != QProcess::NotRunning) {
        if (deadline.hasExpired())
            return Outcome::TimedOut;
        const qint64 wait = qMin<qint64>(deadline.remainingTime(), std::numeric_limits<int>::max());
        child.waitForReadyRead(static_cast<int>(wait));
        *reply += child.readAllStandardOutput();
        if (reply->size() > cap)
            return Outcome::TooLarge;
    }
    *reply += child.readAllStandardOutput();
    return reply->size() > cap ? Outcome::TooLarge : Outcome::Finished;
}

QString tooSlow(qint64 budgetMs)
{
    const QString budget = budgetMs % 1000 == 0 ? QStringLiteral("%1 s").arg(budgetMs / 1000)
                                                : QStringLiteral("%1 ms").arg(budgetMs);
    return QStringLiteral("rendering took longer than %1 (cmark-gfm has known quadratic "
                          "inputs); the file was not rendered")
        .arg(budget);
}

QString tooLarge(qint64 capBytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    const QString cap = capBytes % mebibyte == 0 ? QStringLiteral("%1 MiB").arg(capBytes / mebibyte)
                                                 : QStringLiteral("%1 bytes").arg(capBytes);
    return QStringLiteral("the rendered output grew beyond %1 (reference links can multiply "
                          "the input); the file was not rendered")
        .arg(cap);
}

// The entry travels as a one-document manifest: the JSON the app reads anyway, exact for
// every field. The page parts are raw bytes.
void writeDocument(QDataStream &stream, const RenderedDocument &document)
{
    stream << Manifest{QString(), {document.entry}}.toJson() << document.bodyHtml
           << document.searchText << qint32(document.internalLinks.size());
    for (const InternalLink &link : document.internalLinks)
        stream << link.target << qint32(link.line);
}

std::optional<RenderedDocument> readDocument(QDataStream &stream)
{
    QByteArray entry;
    RenderedDocument document;
    stream >> entry >> document.bodyHtml >> document.searchText;
    qint32 links = 0;
    stream >> links;
    for (qint32 i = 0; i < links && stream.status() == QDataStream::Ok; ++i) {
        InternalLink link;
        qint32 line = 0;
        stream >> link.target >> line;
        link.line = line;
        document.internalLinks.append(link);
    }
    QString ignored;
    const std::optional<Manifest> manifest = Manifest::fromJson(entry, &ignored);
    if (stream.status() != QDataStream::Ok || !stream.atEnd() || !manifest ||
        manifest->documents.size() != 1)
        return std::nullopt;
    document.entry = manifest->documents.first();
    return document;
}

void writeError(QDataStream &stream, const ContentError &error)
{
    stream << error.file << qint32{error.line} << error.message;
}

bool readError(QDataStream &stream, ContentError *error)
{
    qint32 line = 0;
    stream >> error->file >> line >> error->message;
    error->line = line;
    return stream.status() == QDataStream::Ok && stream.atEnd() && error->isSet();
}

// What a child that ran to its end said; `path` names the file in any failure.
std::optional<RenderedDocument> interpret(const QProcess &child, const QByteArray &reply,
                                          const QString &path, ContentError *error)
{
    if (child.exitStatus() == QProcess::CrashExit) {
        *error = {path, 0,
                  QStringLiteral("the markdown renderer crashed (signal %1); the file was not "
                                 "rendered")
                      .arg(child.exitCode())};
        return std::nullopt;
    }
    QDataStream stream(reply);
    stream.setVersion(kStreamVersion);
    if (child.exitCode() == kReplyIsDocument) {
        if (std::optional<RenderedDocument> document = readDocument(stream))
            return document;
    } else if (child.exitCode() == kReplyIsError && readError(stream, error)) {
        return std::nullopt;
    }
    *error = {path, 0,
              QStringLiteral("the markdown renderer exited with code %1 and no readable reply")
                  .arg(child.exitCode())};
    return std::nullopt;
}

} // namespace

IsolatedRenderer::IsolatedRenderer(QString program, RenderLimits limits)
    : m_program(std::move(program))
    , m_limits(limits)
{}

std::optional<RenderedDocument> IsolatedRenderer::render(const QString &path,
                                                         ContentError *error) const
{
    QProcess child;
    const QDeadlineTimer deadline(m_limits.timeBudgetMs);
    if (!start(child, path)) {
        *error = {path, 0,
                  QStringLiteral("cannot start the markdown renderer %1: %2")
                      .arg(m_program, child.errorString())};
        return std::nullopt;
    }
    QByteArray reply;
    const Outcome outcome = collectReply(child, deadline, m_limits.maxOutputBytes, &reply);
    if (outcome == Outcome::Finished)
        return interpret(child, reply, path, error);
    child.kill();
    child.waitForFinished();
    *error = {path, 0,
              outcome == Outcome::TimedOut ? tooSlow(m_limits.timeBudgetMs)
                                           : tooLarge(m_limits.maxOutputBytes)};
    return std::nullopt;
}

int IsolatedRenderer::serve(const DocumentRenderer &renderer, const QString &path, QIODevice *out)
{
    QDataStream stream(out);
    stream.setVersion(kStreamVersion);
    ContentError error;
    const std::optional<RenderedDocument> document = renderer.render(path, &error);
    if (document)
        writeDocument(stream, *document);
    else
        writeError(stream, error);
    if (stream.status() != QDataStream::Ok)
        return kReplyNotWritten;
    return document ? kReplyIsDocument : kReplyIsError;
}

bool IsolatedRenderer::start(QProcess &child, const QString &path) const
{
    // The child replies on stdout; anything it prints besides goes straight to our stderr,
    // so it can neither fill a pipe nor be lost.
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // A backstop for when nobody is left to enforce the budget (the build was interrupted and
    // this process died): the kernel stops the child after about as much CPU time.
    const rlim_t cpuSeconds = static_cast<rlim_t>(m_limits.timeBudgetMs / 1000 + 2);
    child.setChildProcessModifier([cpuSeconds] {
        const rlimit cpu{cpuSeconds, cpuSeconds + 1};
        setrlimit(RLIMIT_CPU, &cpu);
    });
    // One "--option=value" argument each, so no file name can pass for an option.
    child.start(m_program, {QLatin1String("--") + renderOneOption() + QLatin1Char('=') + path,
                            QStringLiteral("--max-input-bytes=%1").arg(m_limits.maxInputBytes)});
    return child.waitForStarted();
}
