#pragma once

#include "result.h"
#include "searchresults.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class ContentBundle;
class SearchEngine;

// The search side of SearchService, living in its thread: opens (or builds) the index there
// (a Qt SQL connection belongs to the thread that opened it) and answers only the newest
// query.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    explicit SearchWorker(const ContentBundle &bundle);
    ~SearchWorker() override;

    // Thread-safe. Replaces a query that has not started yet: while one search runs, the
    // keystrokes typed meanwhile collapse into one.
    void submit(const QString &text, quint64 generation);
    // In the worker's thread, before any search.
    void build();
    // Thread-safe: a build still running stops between sections (without emitting built()),
    // so a window closed early does not wait for an index it will never use.
    void stop() { m_stopping = true; }

Q_SIGNALS:
    void built(int sections, const QString &error);
    void searched(quint64 generation, const QString &text, const SearchResults &results);

private:
    struct Pending
    {
        QString text;
        quint64 generation = 0;
    };
    void runPending();
    Result<Done> buildEngine();

    const ContentBundle &m_bundle;
    std::unique_ptr<SearchEngine> m_engine;
    QMutex m_mutex;
    std::optional<Pending> m_pending; // guarded by m_mutex
    std::atomic_bool m_stopping{false};
};
