#include "reviewtext.h"

#include "reviewline.h"

QString ReviewText::summary(const Review &review, QDate today)
{
    const ReviewLine::Phrases phrases{tr("Reviewed %1 by %2"), tr("Reviewed %1"), tr("Owned by %1"),
                                      tr("Review due by %1")};
    const QString text = ReviewLine::text(review, phrases);
    if (!review.isOverdue(today))
        return text;
    //: %1 is what is known of the review, %2 the review-by date that has passed.
    return tr("%1, review overdue (due %2)").arg(text, review.reviewBy.toString(Qt::ISODate));
}
