#include "searchengineloader.h"

#include "contentbundle.h"
#include "searchcorpus.h"
#include "searchengine.h"

#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcSearch, "trustbook.search", QtWarningMsg)

} // namespace

Result<std::unique_ptr<SearchEngine>, SearchEngineLoader::Error>
SearchEngineLoader::load(const ContentBundle &bundle, SearchIndex::Use use,
                         const std::atomic_bool *cancelled)
{
    using Loaded = Result<std::unique_ptr<SearchEngine>, Error>;
    // A bundle in memory (a preview) has no index to open: it is built here, as expected.
    if (const QString path = bundle.searchIndexPath(); !path.isEmpty()) {
        std::unique_ptr<SearchIndex> prebuilt =
            SearchIndex::open(path, bundle.catalog().contentVersion(), use);
        if (prebuilt->isValid())
            return Loaded::success(std::make_unique<SearchEngine>(std::move(prebuilt)));
        // Never silent: a fallback costs a second of CPU at 10,000 sections, every start.
        qCWarning(lcSearch).noquote()
            << QStringLiteral("%1: the prebuilt search index cannot be used (%2); "
                              "building one from the search text instead")
                   .arg(path, prebuilt->errorString());
    }

    const Result<QList<SearchEntry>> entries = SearchCorpus::load(bundle, cancelled);
    if (!entries)
        return Loaded::failure({Error::Stage::Text, entries.error()});
    auto engine =
        std::make_unique<SearchEngine>(*entries, cancelled, SearchEngine::defaultVocabulary(), use);
    if (!engine->isValid())
        return Loaded::failure({Error::Stage::Index, engine->errorString()});
    return Loaded::success(std::move(engine));
}
