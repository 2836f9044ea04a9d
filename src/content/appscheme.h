#pragma once

#include <QLatin1String>

// The URL scheme of the app's own pages and deep links (trustbook://DOC/SECTION, the host is
// the document id). Pages are served from one host for all documents
// (trustbook://content.trustbook/?DOC with the section as fragment): see PageAddress.
inline QLatin1String appScheme()
{
    return QLatin1String("trustbook");
}
