#include "searchcommand.h"

#include "searchcorpus.h"
#include "searchengine.h"

#include <QCoreApplication>
#include <QTextStream>

SearchCommand::SearchCommand(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

int SearchCommand::run(const QString &query, QTextStream &out, QTextStream &err) const
{
    const auto entries = SearchCorpus::load(m_bundle);
    if (!entries) {
        err << "trustbook: "
            << QCoreApplication::translate("SearchCommand",
                                           "the built-in search text is damaged: %1")
                   .arg(entries.error())
            << '\n';
        return 1;
    }
    SearchEngine engine(*entries);
    if (!engine.isValid()) {
        err << "trustbook: "
            << QCoreApplication::translate("SearchCommand", "cannot build the search index: %1")
                   .arg(engine.errorString())
            << '\n';
        return 1;
    }
    const SearchResults results = engine.search(query, QueryAnalyzer::Mode::Question, kMaxResults);
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
