#pragma once

#include "queryanalyzer.h"
#include "searchentry.h"
#include "searchindex.h"
#include "searchresults.h"
#include "spellingcorrector.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class ComplianceVocabulary;

// One engine for the search panel, `trustbook --search` and questionnaires: corrects
// misspelt words from the content's own words, reads the query with the compliance vocabulary
// (QueryAnalyzer) and ranks sections by how much of it they cover (SearchIndex).
//
// Like SearchIndex, it belongs to the thread that built it.
class SearchEngine final
{
    Q_DISABLE_COPY_MOVE(SearchEngine)

public:
    // Builds the index over `entries`; check isValid(). Setting *cancelled abandons the build.
    // `vocabulary` must outlive the engine.
    // `use`: SearchIndex::Use::Questions for an engine that never sees a word being typed.
    explicit SearchEngine(const QList<SearchEntry> &entries,
                          const std::atomic_bool *cancelled = nullptr,
                          const ComplianceVocabulary &vocabulary = defaultVocabulary(),
                          SearchIndex::Use use = SearchIndex::Use::Typing);
    // Over an index built or opened already (the generator's, see SearchIndex::open()).
    explicit SearchEngine(std::unique_ptr<SearchIndex> index,
                          const ComplianceVocabulary &vocabulary = defaultVocabulary());
    ~SearchEngine();

    bool isValid() const;
    QString errorString() const;
    int size() const;
    // what SQLite said about the last search; the analyzer's expressions never cause one
    QString queryError() const;

    SearchResults search(const QString &text,
                         QueryAnalyzer::Mode mode = QueryAnalyzer::Mode::AsYouType,
                         int limit = kDefaultLimit);

    static constexpr int kDefaultLimit = 20;
    static const ComplianceVocabulary &defaultVocabulary();

private:
    QString corrected(const QString &text, QueryAnalyzer::Mode mode);
    void addStemPrefixes(QueryPlan *plan) const;
    // The longest stem the content holds that `typed` starts with (and is longer than); empty
    // if none.
    QString longestKnownStemStarting(const QString &typed) const;
    // Whether a search for `typed` (with its `stem`) as a word still being typed finds anything.
    bool mayBecomeContent(const QString &typed, const QString &stem) const;

    const ComplianceVocabulary &m_vocabulary;
    std::unique_ptr<SearchIndex> m_index;
    std::unique_ptr<QueryAnalyzer> m_analyzer;
    SpellingCorrector m_corrector;
};
