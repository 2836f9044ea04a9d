#include "isolatedrenderer.h"

#include "markdownmarkup.h"
#include "renderprotocol.h"
#include "renderworker.h"

#include <QFileInfo>
#include <QIODevice>

#include <algorithm>
#include <atomic>
#include <new>
#include <thread>
#include <vector>

#include <sys/resource.h>

namespace {

constexpr int kRepliesNotWritten = 3; // 2 is trustbook-gen's usage error

// A backstop for when nobody is left to enforce the budget (the parent is stuck or gone):
// the kernel stops this process once the file has had about as much CPU time as its budget.
void limitCpuForNextFile(qint64 budgetMs)
{
    rusage usage{};
    rlimit cpu{};
    if (getrusage(RUSAGE_SELF, &usage) != 0 || getrlimit(RLIMIT_CPU, &cpu) != 0)
        return;
    const auto used = static_cast<rlim_t>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec);
    const rlim_t soft = used + static_cast<rlim_t>(budgetMs / 1000 + 2);
    cpu.rlim_cur = cpu.rlim_max == RLIM_INFINITY ? soft : qMin(soft, cpu.rlim_max);
    setrlimit(RLIMIT_CPU, &cpu);
}

// Under the address space limit (see limitMemory) an allocation in our own code or yaml-cpp
// throws; that file fails by name and the child goes on with the next.
RenderResult renderWithin(const DocumentRenderer &renderer, const QString &path,
                          const RenderLimits &limits)
{
    try {
        return renderer.render(path);
    } catch (const std::bad_alloc &) {
        return RenderResult::failure(
            {path, 0,
             QStringLiteral("rendering needed more memory than the limit of %1 bytes "
                            "(--max-memory-bytes); the file was not rendered")
                 .arg(limits.maxMemoryBytes)});
    }
}

} // namespace

bool IsolatedRenderer::limitMemory(qint64 maxBytes)
{
    if (!RenderLimits::kMemoryLimitApplied)
        return true;
    const rlimit limit{static_cast<rlim_t>(maxBytes), static_cast<rlim_t>(maxBytes)};
    return setrlimit(RLIMIT_AS, &limit) == 0;
}

IsolatedRenderer::IsolatedRenderer(QString program, RenderLimits limits, int jobs,
                                   qint64 bytesPerExtraChild)
    : m_program(std::move(program))
    , m_limits(limits)
    , m_jobs(qMax(1, jobs))
    , m_bytesPerExtraChild(qMax<qint64>(1, bytesPerExtraChild))
{}

RenderResult IsolatedRenderer::render(const QString &path) const
{
    return RenderWorker(m_program, m_limits).render(path);
}

QStringList IsolatedRenderer::extensions() const
{
    // What MarkupRegistry::standard() renders (tst_isolatedrenderer holds them equal), named
    // without it: the app's --preview drives this renderer, and no parser may enter the app.
    return {MarkdownMarkup::extension()};
}

// A child costs a process start (the binary, Qt, SQLite and cmark-gfm loaded) before it
// renders anything: another one pays only for content that takes longer than that to render,
// so small content is rendered in one child, isolated still.
qsizetype IsolatedRenderer::workersFor(const QStringList &paths) const
{
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();
    const qsizetype worthStarting = qMax<qsizetype>(1, bytes / m_bytesPerExtraChild);
    return std::min<qsizetype>({m_jobs, paths.size(), worthStarting});
}

QList<RenderResult> IsolatedRenderer::renderAll(const QStringList &paths) const
{
    // Each worker takes the next file not yet taken; results land at the file's own index, so
    // the order (and so the output) does not depend on which worker finished first.
    std::vector<std::optional<RenderResult>> results(static_cast<size_t>(paths.size()));
    std::atomic<qsizetype> next{0};
    const auto work = [&] {
        RenderWorker worker(m_program, m_limits);
        for (qsizetype i = next++; i < paths.size(); i = next++)
            results[static_cast<size_t>(i)].emplace(worker.render(paths.at(i)));
    };
    std::vector<std::thread> threads;
    const qsizetype workers = workersFor(paths);
    for (qsizetype w = 1; w < workers; ++w)
        threads.emplace_back(work);
    work(); // this thread is a worker too
    for (std::thread &thread : threads)
        thread.join();
    QList<RenderResult> rendered;
    rendered.reserve(paths.size());
    for (std::optional<RenderResult> &result : results)
        rendered.append(*std::move(result));
    return rendered;
}

int IsolatedRenderer::serve(const DocumentRenderer &renderer, const RenderLimits &limits,
                            std::FILE *in, QIODevice *out)
{
    while (const std::optional<QString> path = RenderProtocol::readRequest(in)) {
        limitCpuForNextFile(limits.timeBudgetMs);
        const QByteArray reply = RenderProtocol::reply(renderWithin(renderer, *path, limits));
        if (out->write(reply) != reply.size())
            return kRepliesNotWritten;
    }
    return 0;
}
