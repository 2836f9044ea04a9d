#pragma once

#include "result.h"
#include "searchindex.h"

#include <QString>

#include <atomic>
#include <memory>

class ContentBundle;
class SearchEngine;

// The engine over a content bundle, for the window's search, `--search` and questionnaires:
// over the index the generator built with the content, opened in place, when it is sound and
// made for this very content. Otherwise (missing, damaged, built for other content or by
// another schema) it says so in one line on stderr, naming what was wrong, and builds an
// index from the bundle's search text as the app did before there was a prebuilt one.
class SearchEngineLoader final
{
public:
    struct Error
    {
        enum class Stage {
            Text,  // the search text to build from could not be read
            Index, // the index could not be built
        };
        Stage stage = Stage::Index;
        QString reason; // kStopped when stopped, as SearchCorpus::load() says
    };

    // Setting *cancelled stops a fallback build between sections (the error is then
    // SearchCorpus::kStopped or "cancelled"). `bundle` must outlive the engine.
    static Result<std::unique_ptr<SearchEngine>, Error>
    load(const ContentBundle &bundle, SearchIndex::Use use,
         const std::atomic_bool *cancelled = nullptr);
};
