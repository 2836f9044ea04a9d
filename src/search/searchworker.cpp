#include "searchworker.h"

#include "searchcorpus.h"
#include "searchengine.h"
#include "searchengineloader.h"

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
    auto engine = SearchEngineLoader::load(m_bundle, SearchIndex::Use::Typing, &m_stopping);
    if (!engine)
        return Result<Done>::failure(engine.error().reason);
    if (m_stopping)
        return Result<Done>::failure(SearchCorpus::kStopped);
    m_engine = *std::move(engine);
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
