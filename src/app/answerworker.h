#pragma once

#include "questionanswerer.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class ContentBundle;

// The matching side of QuestionnaireMatching, living in its thread: builds the engine there
// (a Qt SQL connection belongs to the thread that opened it) and answers the questions one
// by one, so the window hears of each as soon as it is done.
class AnswerWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerWorker)

public:
    // `bundle` must outlive the worker.
    explicit AnswerWorker(const ContentBundle &bundle);
    ~AnswerWorker() override;

    // In the worker's thread: answered() for each question in order, then finished().
    void answerAll(const QStringList &questions);
    // Thread-safe: the build or the questions stop at the next step, and finished() follows
    // with what was done.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void answered(int index, const ProposedAnswer &answer);
    // error: why nothing could be answered; empty when done or cancelled
    void finished(const QString &error);

private:
    const ContentBundle &m_bundle;
    std::unique_ptr<QuestionAnswerer> m_answerer;
    std::atomic_bool m_cancelled{false};
};
