#include "questionnairematching.h"

#include "answerworker.h"

QuestionnaireMatching::QuestionnaireMatching(const ContentBundle &bundle, QObject *parent)
    : QObject(parent)
    , m_worker(new AnswerWorker(bundle))
{
    qRegisterMetaType<ProposedAnswer>();
    m_thread.setObjectName(QStringLiteral("QuestionnaireMatching"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AnswerWorker::answered, this, [this](int index, const ProposedAnswer &a) {
        // Answers already queued when Cancel was pressed are dropped: Cancel means now.
        if (!m_cancelled)
            Q_EMIT answered(index, a);
    });
    connect(m_worker, &AnswerWorker::finished, this, [this](const QString &error) {
        m_running = false;
        Q_EMIT finished(error);
    });
    m_thread.start();
}

QuestionnaireMatching::~QuestionnaireMatching()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void QuestionnaireMatching::start(const QStringList &questions)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker,
                              [worker = m_worker, questions] { worker->answerAll(questions); });
}

void QuestionnaireMatching::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_worker->cancel();
}
