#include "searchcommand.h"

#include "searchcorpus.h"
#include "searchindex.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QTextStream>

SearchCommand::SearchCommand(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

int SearchCommand::run(const QString &query, QTextStream &out, QTextStream &err) const
{
    QString error;
    const auto entries = SearchCorpus::load(m_bundle, &error);
    if (!entries) {
        err << "trustbook: "
            << QCoreApplication::translate("SearchCommand",
                                           "the built-in search text is damaged: %1")
                   .arg(error)
            << '\n';
        return 1;
    }
    SearchIndex index(*entries);
    if (!index.isValid()) {
        err << "trustbook: "
            << QCoreApplication::translate("SearchCommand", "cannot build the search index: %1")
                   .arg(index.errorString())
            << '\n';
        return 1;
    }
    // A tab or line break inside a field would break the one-line, tab-separated format.
    for (const SearchHit &hit : index.search(SearchQuery(query), kMaxResults))
        out << hit.path << '\t' << QString::number(hit.score, 'f', 3) << '\t'
            << hit.title.simplified() << '\t' << hit.plainSnippet() << '\n';
    return 0;
}
