#pragma once

#include "questionanswerer.h"

#include <QObject>
#include <QStringList>
#include <QThread>

class AnswerWorker;
class ContentBundle;

// Matching a questionnaire's questions for the window, on a thread of its own: building the
// engine and hundreds of questions take seconds the window must not freeze for. Each answer
// arrives as soon as it is made; cancel() stops after the question being matched.
class QuestionnaireMatching final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionnaireMatching)

public:
    // `bundle` must outlive this.
    explicit QuestionnaireMatching(const ContentBundle &bundle, QObject *parent = nullptr);
    // Cancels and waits for the thread: a window closed mid-way closes at once.
    ~QuestionnaireMatching() override;

    // Once per object.
    void start(const QStringList &questions);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void answered(int index, const ProposedAnswer &answer);
    // error: why nothing could be matched; empty when done or cancelled
    void finished(const QString &error);

private:
    QThread m_thread;
    AnswerWorker *m_worker; // lives in m_thread; deleted there
    bool m_running = false;
    bool m_cancelled = false;
};
