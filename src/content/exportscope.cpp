#include "exportscope.h"

#include <QMap>
#include <QSet>

#include <algorithm>

QList<DocumentScope> ExportScope::resolve(const ContentCatalog &catalog,
                                          const QList<SectionRef> &places)
{
    // Ordered maps and sets put documents and sections in tree order for free.
    QMap<int, QSet<int>> chosen;
    for (const SectionRef ref : places) {
        if (ref.document < 0 || ref.document >= catalog.documentCount())
            continue;
        const int sectionCount = static_cast<int>(catalog.document(ref.document).sections.size());
        if (ref.section < 0) {
            for (int s = 0; s < sectionCount; ++s)
                chosen[ref.document].insert(s);
        } else if (ref.section < sectionCount) {
            chosen[ref.document].insert(ref.section);
        }
    }
    QList<DocumentScope> scopes;
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        QList<int> sections(it->cbegin(), it->cend());
        std::sort(sections.begin(), sections.end());
        scopes.append({it.key(), sections});
    }
    return scopes;
}
