#include "keptbodies.h"

#include <algorithm>
#include <utility>

KeptBodies::Swap KeptBodies::swap(const QString &shown, const QByteArray &shownPage,
                                  const QString &document, const QByteArray &page)
{
    Swap swap;
    const auto kept = std::find_if(m_kept.cbegin(), m_kept.cend(), [&document](const Kept &body) {
        return body.document == document;
    });
    if (kept != m_kept.cend()) {
        swap.take = kept->page == page;
        if (!swap.take)
            swap.drop.append(document);
        m_kept.erase(kept);
    }
    swap.keep = shownPage.size() <= kMaxPageBytes;
    if (swap.keep)
        m_kept.append({shown, shownPage});
    qsizetype bytes = 0;
    for (const Kept &body : std::as_const(m_kept))
        bytes += body.page.size();
    while (m_kept.size() > kMaxBodies || bytes > kMaxPageBytes) {
        bytes -= m_kept.constFirst().page.size();
        swap.drop.append(m_kept.takeFirst().document);
    }
    return swap;
}
