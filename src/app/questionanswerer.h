#pragma once

#include "answermatcher.h"
#include "result.h"
#include "rowanswer.h"
#include "rowanswers.h"

#include <QCoreApplication>
#include <QMetaType>

#include <atomic>
#include <memory>

class ContentBundle;
class SearchEngine;

// What Trustbook proposes for one question: the matcher's verdict with every candidate, and
// the row that goes into the questionnaire if nobody changes it.
struct ProposedAnswer final
{
    AnswerMatch match;
    RowAnswer row;
};
Q_DECLARE_METATYPE(ProposedAnswer)

// Answers questionnaire questions from the content: the engine built for questions, the
// matcher's verdict and the row's cells, word for word. `trustbook --answer` uses it on the
// main thread, the review window on its worker thread; like the engine, an answerer belongs
// to the thread that built it (Qt SQL connections are per thread).
class QuestionAnswerer final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionAnswerer)
    Q_DISABLE_COPY_MOVE(QuestionAnswerer)

public:
    // Setting *cancelled abandons the build, with an empty error. `bundle` must outlive it.
    static Result<std::unique_ptr<QuestionAnswerer>>
    build(const ContentBundle &bundle, const std::atomic_bool *cancelled = nullptr);
    ~QuestionAnswerer();

    ProposedAnswer answer(const QString &question);

private:
    QuestionAnswerer(const ContentBundle &bundle, std::unique_ptr<SearchEngine> engine);

    std::unique_ptr<SearchEngine> m_engine;
    AnswerMatcher m_matcher;
    RowAnswers m_rows;
};
