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
};

Q_DECLARE_METATYPE(SearchResults)
