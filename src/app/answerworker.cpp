#include "answerworker.h"

AnswerWorker::AnswerWorker(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

AnswerWorker::~AnswerWorker() = default;

void AnswerWorker::answerAll(const QStringList &questions)
{
    if (!m_answerer && !m_cancelled) {
        Result<std::unique_ptr<QuestionAnswerer>> built =
            QuestionAnswerer::build(m_bundle, &m_cancelled);
        if (!built) {
            Q_EMIT finished(built.error());
            return;
        }
        m_answerer = std::move(built).value();
    }
    for (int i = 0; i < questions.size() && !m_cancelled; ++i)
        Q_EMIT answered(i, m_answerer->answer(questions.at(i)));
    Q_EMIT finished({});
}
