#include "questionanswerer.h"

#include "searchcommand.h"
#include "searchengine.h"
#include "searchengineloader.h"

Result<std::unique_ptr<QuestionAnswerer>> QuestionAnswerer::build(const ContentBundle &bundle,
                                                                  const std::atomic_bool *cancelled)
{
    using Built = Result<std::unique_ptr<QuestionAnswerer>>;
    // Questions arrive whole: the index's prefixes go unused, and hits need no snippet.
    auto engine = SearchEngineLoader::load(bundle, SearchIndex::Use::Questions, cancelled);
    if (cancelled && *cancelled)
        return Built::failure({});
    // The words of --search for the same failures.
    if (!engine)
        return Built::failure(SearchCommand::failureMessage(engine.error()));
    return Built::success(
        std::unique_ptr<QuestionAnswerer>(new QuestionAnswerer(bundle, *std::move(engine))));
}

QuestionAnswerer::QuestionAnswerer(const ContentBundle &bundle,
                                   std::unique_ptr<SearchEngine> engine)
    : m_engine(std::move(engine))
    , m_matcher(*m_engine)
    , m_rows(bundle)
{}

QuestionAnswerer::~QuestionAnswerer() = default;

ProposedAnswer QuestionAnswerer::answer(const QString &question)
{
    ProposedAnswer proposed;
    proposed.match = m_matcher.match(question);
    proposed.row = m_rows.rowAnswer(proposed.match);
    return proposed;
}
