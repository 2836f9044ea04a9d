#include "searchcommand.h"

#include "contentbundle.h"
#include "searchengine.h"

#include <QCoreApplication>
#include <QTextStream>

QString SearchCommand::failureMessage(const SearchEngineLoader::Error &error)
{
    return error.stage == SearchEngineLoader::Error::Stage::Text
               ? QCoreApplication::translate("SearchCommand",
                                             "the built-in search text is damaged: %1")
                     .arg(error.reason)
               : QCoreApplication::translate("SearchCommand", "cannot build the search index: %1")
                     .arg(error.reason);
}

SearchCommand::SearchCommand(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

int SearchCommand::run(const QString &query, QTextStream &out, QTextStream &err) const
{
    auto engine = SearchEngineLoader::load(m_bundle, SearchIndex::Use::Typing);
    if (!engine) {
        err << m_bundle.brand().messagePrefix() << failureMessage(engine.error()) << '\n';
        return 1;
    }
    const SearchResults results =
        (*engine)->search(query, QueryAnalyzer::Mode::Question, kMaxResults);
    if (!results.correctedText.isEmpty())
        err << QCoreApplication::translate("SearchCommand", "Showing results for \u201c%1\u201d")
                   .arg(results.correctedText)
            << '\n';
    // A tab or line break inside a field would break the one-line, tab-separated format.
    for (const SearchHit &hit : results.hits)
        out << hit.path << '\t' << QString::number(hit.score, 'f', 3) << '\t'
            << hit.title.simplified() << '\t'
            << hit.matchedWords.join(QLatin1Char(' ')).simplified() << '\t' << hit.plainSnippet()
            << '\n';
    return 0;
}
