#include "searchengine.h"

#include "compliancevocabulary.h"
#include "englishwords.h"
#include "searchindex.h"

const ComplianceVocabulary &SearchEngine::defaultVocabulary()
{
    return ComplianceVocabulary::builtIn();
}

SearchEngine::SearchEngine(const QList<SearchEntry> &entries, const std::atomic_bool *cancelled,
                           const ComplianceVocabulary &vocabulary, SearchIndex::Use use)
    : SearchEngine(std::make_unique<SearchIndex>(entries, cancelled, use), vocabulary)
{}

SearchEngine::SearchEngine(std::unique_ptr<SearchIndex> index,
                           const ComplianceVocabulary &vocabulary)
    : m_vocabulary(vocabulary)
    , m_index(std::move(index))
{
    if (!m_index->isValid())
        return;
    const Fts5Api &tokenizer = m_index->tokenizer();
    m_analyzer = std::make_unique<QueryAnalyzer>(vocabulary, tokenizer);
    const SearchIndex *held = m_index.get();
    m_corrector.setKnownStems(
        [held](const QString &stem) { return held->sectionsHolding(stem) > 0; });
    m_corrector.setWordSource([held] { return held->words(); });
    // Read the first time a word might need correcting, not with the engine.
    m_corrector.setLanguageWords(
        [](const QString &word) { return EnglishWords::builtIn().contains(word); });
    for (const ComplianceVocabulary::Group &group : vocabulary.groups()) {
        for (const QString &member : group.members) {
            if (!member.contains(QLatin1Char(' ')) && !member.contains(QLatin1Char('-')))
                m_corrector.addKnownWord(member);
        }
    }
}

SearchEngine::~SearchEngine() = default;

bool SearchEngine::isValid() const
{
    return m_index->isValid();
}

QString SearchEngine::errorString() const
{
    return m_index->errorString();
}

QString SearchEngine::queryError() const
{
    return m_index->queryError();
}

int SearchEngine::size() const
{
    return m_index->size();
}

// `text` with each word the content does not know replaced by the closest word it does; the
// word still being typed is left alone while the content holds a word it may become (it is a
// prefix, not a typo: "vulnera"), and so are stopwords and the vocabulary's own words
// ("fedramp" is a real word the content may lack). A word being typed that no word of the
// content can become ("encrption") is corrected at once, not only after the next space.
QString SearchEngine::corrected(const QString &text, QueryAnalyzer::Mode mode)
{
    const QList<Fts5Api::Token> tokens = m_index->tokenizer().tokens(text);
    const bool typing = mode == QueryAnalyzer::Mode::AsYouType && !text.isEmpty() &&
                        !text.back().isSpace() && text.back() != QLatin1Char('"');
    QString result = text;
    qsizetype shift = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Fts5Api::Token &token = tokens.at(i);
        const QString word = token.typed.toLower();
        if ((typing && i == tokens.size() - 1 && mayBecomeContent(word, token.stem)) ||
            m_vocabulary.isStopword(word) || m_analyzer->knows(token.stem))
            continue;
        const auto correction = m_corrector.correction(word, token.stem);
        if (!correction)
            continue;
        result.replace(token.position + shift, token.typed.size(), *correction);
        shift += correction->size() - token.typed.size();
    }
    return result;
}

// The porter stemmer cuts suffixes, so the index holds "vulner" for "vulnerabilities", and a
// prefix typed past the stem ("vulnerab") matches no indexed word. The longest known stem the
// typed prefix starts with is searched as well.
void SearchEngine::addStemPrefixes(QueryPlan *plan) const
{
    for (QueryPlan::Concept &concept : plan->concepts) {
        const QList<QueryPlan::Form> forms = concept.forms;
        for (const QueryPlan::Form &form : forms) {
            if (!form.prefix || form.words.size() != 1)
                continue;
            const QString stem = longestKnownStemStarting(form.words.first());
            if (!stem.isEmpty())
                concept.forms.append({{stem}, form.weight, true, {}});
        }
    }
}

QString SearchEngine::longestKnownStemStarting(const QString &typed) const
{
    for (qsizetype length = typed.size() - 1; length >= SpellingCorrector::kMinLength; --length) {
        if (m_corrector.knowsStem(typed.left(length)))
            return typed.left(length);
    }
    return {};
}

// What the search finds for a word being typed (SearchIndex::resolved(), addStemPrefixes()).
bool SearchEngine::mayBecomeContent(const QString &typed, const QString &stem) const
{
    return m_index->holdsStemStartingWith(typed) || m_index->holdsStemStartingWith(stem) ||
           !longestKnownStemStarting(typed).isEmpty();
}

SearchResults SearchEngine::search(const QString &text, QueryAnalyzer::Mode mode, int limit)
{
    SearchResults results;
    if (!isValid())
        return results;
    const QString query = text.left(QueryAnalyzer::kMaxTextLength);
    const QString fixed = corrected(query, mode);
    if (fixed != query)
        results.correctedText = fixed.simplified();
    QueryPlan plan = m_analyzer->analyze(fixed, mode);
    results.functionWordsOnly = plan.functionWordsOnly;
    addStemPrefixes(&plan);
    results.hits = m_index->search(plan, limit,
                                   mode == QueryAnalyzer::Mode::Question
                                       ? SearchIndex::Breadth::WithoutUbiquitousConcepts
                                       : SearchIndex::Breadth::EveryConcept);
    results.unmatchedShare = results.hits.isEmpty() ? 1.0 : m_index->unmatchedShare();
    return results;
}
