#pragma once

#include <QString>

// One section as search sees it: what the generator writes to search/<document>.json.
struct SearchEntry
{
    QString path;     // "DOC/SECTION"
    QString title;    // the section's question
    QString document; // the document's title
    QString text;     // the answer as plain text
};
