#include "questionanswerer.h"

#include "searchcorpus.h"
#include "searchengine.h"

Result<std::unique_ptr<QuestionAnswerer>> QuestionAnswerer::build(const ContentBundle &bundle,
                                                                  const std::atomic_bool *cancelled)
{
    using Built = Result<std::unique_ptr<QuestionAnswerer>>;
    const auto entries = SearchCorpus::load(bundle, cancelled);
    if (cancelled && *cancelled)
        return Built::failure({});
    // The words of --search for the same failures.
    if (!entries)
        return Built::failure(
            QCoreApplication::translate("SearchCommand", "the built-in search text is damaged: %1")
                .arg(entries.error()));
    // Questions arrive whole: the index needs none of the prefixes typing does.
    auto engine = std::make_unique<SearchEngine>(
        *entries, cancelled, SearchEngine::defaultVocabulary(), SearchIndex::Use::Questions);
    if (cancelled && *cancelled)
        return Built::failure({});
    if (!engine->isValid())
        return Built::failure(
            QCoreApplication::translate("SearchCommand", "cannot build the search index: %1")
                .arg(engine->errorString()));
    return Built::success(
        std::unique_ptr<QuestionAnswerer>(new QuestionAnswerer(bundle, std::move(engine))));
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
