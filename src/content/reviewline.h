#pragma once

#include "review.h"

#include <QByteArray>
#include <QDate>
#include <QString>

// The quiet line under an answer that says who owns it and when it was reviewed, as the
// generator writes it into the page:
//   <p class="review" data-review-by="2027-03-31">Reviewed 2026-09-30 by Security team</p>
// Whether a review is overdue depends on the day the page is read, not the day it was built,
// so the page holds only the date; markOverdue() marks the lines past it as a page is served.
class ReviewLine final
{
public:
    // The words of the line, each with %1 (and %2) for the date and owner: English in the
    // page, like the content; the app gives translated ones for its own texts.
    struct Phrases
    {
        QString reviewedBy = QStringLiteral("Reviewed %1 by %2");
        QString reviewed = QStringLiteral("Reviewed %1");
        QString owner = QStringLiteral("Owned by %1");
        QString due = QStringLiteral("Review due by %1");
    };

    // Empty for an empty review.
    static QByteArray html(const Review &review);
    static QString text(const Review &review);
    static QString text(const Review &review, const Phrases &phrases);

    // A section's HTML without its review line: the answer alone, for Copy Answer.
    static QByteArray removedFrom(QByteArray html);

    // `page` with every review line whose review-by date is before `today` marked (class
    // "overdue") and followed by `label` (with its date for %1), which the app translates.
    static QByteArray markOverdue(QByteArray page, QDate today, const QString &label);
};
