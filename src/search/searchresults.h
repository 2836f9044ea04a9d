#pragma once

#include "searchhit.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What one search found, and how the engine read the query.
struct SearchResults
{
    QList<SearchHit> hits; // best first
    // The query with misspelt words corrected ("Showing results for …"); empty when the
    // words were searched as typed.
    QString correctedText;
    // The share (0..1) of the query's weight in words no section holds at all.
    double unmatchedShare = 0;
    // The query named no topic: nothing but function words ("yes", "see above"), searched for
    // lack of anything else (QueryPlan::functionWordsOnly).
    bool functionWordsOnly = false;
};

Q_DECLARE_METATYPE(SearchResults)
