#pragma once

#include "searchresults.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

class ContentBundle;
class SearchWorker;

// Search for the window: opens the index (SearchEngineLoader: the one built with the content,
// or one built here if that cannot be used) and runs queries on a thread of its own, so
// neither ever blocks the GUI. Only the newest query's results are delivered: a keystroke
// supersedes every query typed before it. The index is opened on the first prepare() or
// search(), not on construction: at start-up the first page comes first (the window prepares
// search once it has painted), and a fallback build beside Chromium's start slowed the first
// paint.
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    // `bundle` must outlive the service.
    explicit SearchService(const ContentBundle &bundle, QObject *parent = nullptr);
    ~SearchService() override;

    // Starts building the index unless that has begun; ready() follows.
    void prepare();
    // Prepares if need be; the answer comes once the index is built.
    void search(const QString &text);
    bool isReady() const { return m_ready; }
    // why the index could not be built; empty while building and once ready
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void ready(int sections, const QString &error);
    void resultsReady(const QString &text, const SearchResults &results);

private:
    void onBuilt(int sections, const QString &error);
    void onSearched(quint64 generation, const QString &text, const SearchResults &results);

    QThread m_thread;
    SearchWorker *m_worker; // lives in m_thread; deleted there
    quint64 m_generation = 0;
    bool m_prepared = false;
    bool m_ready = false;
    QString m_error;
};
