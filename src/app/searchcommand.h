#pragma once

#include "searchengineloader.h"

#include <QString>

class ContentBundle;
class QTextStream;

// trustbook --search QUERY: ranked matches as DOC/SECTION<TAB>score<TAB>title<TAB>matched
// words<TAB>snippet, one line each, best first; no output when nothing matches. Needs a
// QCoreApplication (Qt SQL loads SQLite as a plugin) but no window and no Chromium.
class SearchCommand final
{
public:
    // `bundle` must outlive the command.
    explicit SearchCommand(const ContentBundle &bundle);

    // the process exit code: 0 done (with or without matches), 1 the index could not be built
    int run(const QString &query, QTextStream &out, QTextStream &err) const;

    static constexpr int kMaxResults = 20;
    // What to say when no engine could be had; --answer says the same.
    static QString failureMessage(const SearchEngineLoader::Error &error);

private:
    const ContentBundle &m_bundle;
};
