#include "searchservice.h"

#include "searchworker.h"

#include <utility>

#include <sys/resource.h>
#include <unistd.h>

namespace {

// Linux applies setpriority() to the calling thread alone.
void lowerThreadPriority()
{
    constexpr int kNice = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kNice);
}

} // namespace

SearchService::SearchService(const ContentBundle &bundle, QObject *parent)
    : QObject(parent)
    , m_thread(this)
    , m_worker(new SearchWorker(bundle))
{
    m_thread.setObjectName(QStringLiteral("search"));
    // Building the index takes a second of CPU at 10,000 sections, right when Chromium lays out
    // and paints the first page: at nice 10 it yields the CPU to the page (and everything
    // else) yet is never starved. Queries take milliseconds, so they can live with it too.
    connect(
        &m_thread, &QThread::started, m_worker, [] { lowerThreadPriority(); },
        Qt::DirectConnection);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SearchWorker::built, this, &SearchService::onBuilt);
    connect(m_worker, &SearchWorker::searched, this, &SearchService::onSearched);
    m_thread.start();
}

void SearchService::prepare()
{
    if (std::exchange(m_prepared, true))
        return;
    QMetaObject::invokeMethod(m_worker, &SearchWorker::build, Qt::QueuedConnection);
}

// The index's SQL connection must close in the thread that opened it.
SearchService::~SearchService()
{
    SearchWorker *worker = m_worker;
    worker->stop(); // a build in progress would otherwise hold the exit until it ends
    QMetaObject::invokeMethod(
        m_worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SearchService::search(const QString &text)
{
    prepare(); // queued before the query, so the worker builds first
    m_worker->submit(text, ++m_generation);
}

void SearchService::onBuilt(int sections, const QString &error)
{
    m_ready = error.isEmpty();
    m_error = error;
    Q_EMIT ready(sections, error);
}

void SearchService::onSearched(quint64 generation, const QString &text,
                               const SearchResults &results)
{
    if (generation == m_generation)
        Q_EMIT resultsReady(text, results);
}
