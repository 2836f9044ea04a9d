#include "renderworker.h"

#include "isolatedrenderer.h"
#include "renderprotocol.h"

#include <QDeadlineTimer>
#include <QProcess>

#include <limits>

#include <csignal>
#include <sys/prctl.h>

namespace {

QString sizeText(qint64 bytes)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    constexpr qint64 gibibyte = 1024 * mebibyte;
    return bytes % gibibyte == 0   ? QStringLiteral("%1 GiB").arg(bytes / gibibyte)
           : bytes % mebibyte == 0 ? QStringLiteral("%1 MiB").arg(bytes / mebibyte)
                                   : QStringLiteral("%1 bytes").arg(bytes);
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
    const QString cap = sizeText(capBytes);
    return QStringLiteral("the rendered output grew beyond %1 (reference links can multiply "
                          "the input); the file was not rendered")
        .arg(cap);
}

// cmark-gfm calls abort() when an allocation fails, so a file that reaches the memory limit
// ends in SIGABRT; the message says so, as the limit is the likelier cause.
QString crashedWith(int signal, qint64 memoryLimitBytes)
{
    if (signal != SIGABRT)
        return QStringLiteral("the markdown renderer crashed (signal %1); the file was not "
                              "rendered")
            .arg(signal);
    return QStringLiteral("the markdown renderer aborted (signal %1), as cmark-gfm does on some "
                          "inputs and when it reaches the memory limit of %2 "
                          "(--max-memory-bytes); the file was not rendered")
        .arg(signal)
        .arg(sizeText(memoryLimitBytes));
}

RenderResult failure(const QString &path, const QString &message)
{
    return RenderResult::failure({path, 0, message});
}

} // namespace

RenderWorker::RenderWorker(QString program, RenderLimits limits)
    : m_program(std::move(program))
    , m_limits(limits)
{}

RenderWorker::~RenderWorker()
{
    if (!m_child)
        return;
    // End of input tells an idle child to exit; one that does not is stopped.
    m_child->closeWriteChannel();
    if (!m_child->waitForFinished(1000))
        discardChild();
}

Result<Done> RenderWorker::ensureChild()
{
    // A child that went away after its last reply is replaced before it can be blamed for
    // a file it never saw.
    if (m_child && m_child->state() != QProcess::Running)
        discardChild();
    if (m_child)
        return Result<Done>::success({});
    m_child = std::make_unique<QProcess>();
    // The child replies on stdout; anything it prints besides goes straight to our stderr,
    // so it can neither fill a pipe nor be lost.
    m_child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // If this build dies (interrupted, killed), its children go with it instead of running
    // on unsupervised; the child also bounds its own CPU time per file (IsolatedRenderer::serve).
    m_child->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_child->start(m_program,
                   {QLatin1String("--") + IsolatedRenderer::renderManyOption(),
                    QStringLiteral("--max-input-bytes=%1").arg(m_limits.maxInputBytes),
                    QStringLiteral("--time-budget-ms=%1").arg(m_limits.timeBudgetMs),
                    QStringLiteral("--max-memory-bytes=%1").arg(m_limits.maxMemoryBytes)});
    if (m_child->waitForStarted())
        return Result<Done>::success({});
    const QString reason = m_child->errorString();
    m_child.reset();
    return Result<Done>::failure(
        QStringLiteral("cannot start the markdown renderer %1: %2").arg(m_program, reason));
}

void RenderWorker::discardChild()
{
    m_child->kill();
    m_child->waitForFinished();
    m_child.reset();
    m_pending.clear();
}

RenderResult RenderWorker::render(const QString &path)
{
    if (const Result<Done> started = ensureChild(); !started)
        return failure(path, started.error());
    const QDeadlineTimer deadline(m_limits.timeBudgetMs);
    m_child->write(RenderProtocol::request(path));
    std::optional<RenderResult> result;
    for (;;) {
        m_pending += m_child->readAllStandardOutput();
        switch (RenderProtocol::takeReply(&m_pending, m_limits.maxOutputBytes, &result)) {
        case RenderProtocol::ReplyStatus::Complete:
            return *std::move(result);
        case RenderProtocol::ReplyStatus::TooLarge:
            discardChild();
            return failure(path, tooLarge(m_limits.maxOutputBytes));
        case RenderProtocol::ReplyStatus::Unreadable:
            discardChild();
            return failure(path, QStringLiteral("the markdown renderer sent an unreadable "
                                                "reply; the file was not rendered"));
        case RenderProtocol::ReplyStatus::Incomplete:
            break;
        }
        if (m_child->state() == QProcess::NotRunning) {
            const bool crashed = m_child->exitStatus() == QProcess::CrashExit;
            const int code = m_child->exitCode();
            discardChild();
            return failure(path, crashed ? crashedWith(code, m_limits.maxMemoryBytes)
                                         : QStringLiteral("the markdown renderer exited with "
                                                          "code %1 and no readable reply")
                                               .arg(code));
        }
        if (deadline.hasExpired()) {
            discardChild();
            return failure(path, tooSlow(m_limits.timeBudgetMs));
        }
        const qint64 wait = qMin<qint64>(deadline.remainingTime(), std::numeric_limits<int>::max());
        if (!m_child->waitForReadyRead(static_cast<int>(wait)))
            m_child->waitForFinished(0); // it may have exited; the loop looks once more
    }
}
