#pragma once

#include <QLatin1String>

// The URL scheme of the app's own pages and deep links (trustbook://DOC/SECTION). Pages are
// served at trustbook://DOC/ with the section as fragment; the host is the document id.
inline QLatin1String appScheme()
{
    return QLatin1String("trustbook");
}
