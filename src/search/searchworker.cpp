#include "searchworker.h"

#include "searchcorpus.h"
#include "searchindex.h"
#include "searchquery.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

SearchWorker::SearchWorker(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::build()
{
    QString error;
    buildIndex(&error);
    // The search text, parsed JSON and entries are gone now, but the allocator keeps their
    // pages for this thread: at 10,000 sections, 5-8 MiB the window would hold for good.
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    if (!m_stopping)
        Q_EMIT built(m_index ? m_index->size() : 0, error);
}

void SearchWorker::buildIndex(QString *error)
{
    const auto entries = SearchCorpus::load(m_bundle, error, &m_stopping);
    if (entries && !m_stopping) {
        m_index = std::make_unique<SearchIndex>(*entries, &m_stopping);
        if (!m_index->isValid())
            *error = m_index->errorString();
    }
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
    QList<SearchHit> hits;
    if (m_index && m_index->isValid())
        hits = m_index->search(SearchQuery(job->text));
    Q_EMIT searched(job->generation, job->text, hits);
}
