#pragma once

#include "contentcatalog.h"

#include <QString>
#include <QUrl>

// Where a reader finds a place of the content outside the window: the deep link a desktop
// opens Trustbook at (trustbook://DOC/SECTION, as the command line takes it), and the same
// place on the web where the document's front matter gives its `url`. What Copy Link puts on
// the clipboard and what an answered questionnaire cites.
class SectionLink final
{
public:
    static QString deepLink(const ContentCatalog &catalog, SectionRef ref);
    // The document's url with the section's id as its fragment; empty when it has no url.
    static QUrl webLink(const ContentCatalog &catalog, SectionRef ref);
};
