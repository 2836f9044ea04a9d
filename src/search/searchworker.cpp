#include "searchworker.h"

#include "searchcorpus.h"
#include "searchengine.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

SearchWorker::SearchWorker(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::build()
{
    const Result<Done> built = buildEngine();
    // The search text, parsed JSON and entries are gone now, but the allocator keeps their
    // pages for this thread: at 10,000 sections, 5-8 MiB the window would hold for good.
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    if (!m_stopping)
        Q_EMIT this->built(m_engine ? m_engine->size() : 0, built.error());
}

Result<Done> SearchWorker::buildEngine()
{
    const auto entries = SearchCorpus::load(m_bundle, &m_stopping);
    if (!entries)
        return Result<Done>::failure(entries.error());
    if (m_stopping)
        return Result<Done>::failure(SearchCorpus::kStopped);
    m_engine = std::make_unique<SearchEngine>(*entries, &m_stopping);
    if (!m_engine->isValid())
        return Result<Done>::failure(m_engine->errorString());
    return Result<Done>::success({});
}

void SearchWorker::submit(const QString &text, quint64 generation)
{
    const QMutexLocker lock(&m_mutex);
    const bool idle = !m_pending;
    m_pending = Pending{text, generation};
    if (idle)
        QMetaObject::invokeMethod(this, &SearchWorker::runPending, Qt::QueuedConnection);
}

void SearchWorker::runPending()
{
    std::optional<Pending> job;
    {
        const QMutexLocker lock(&m_mutex);
        job.swap(m_pending);
    }
    if (!job)
        return;
    SearchResults results;
    if (m_engine && m_engine->isValid())
        results = m_engine->search(job->text);
    Q_EMIT searched(job->generation, job->text, results);
}
