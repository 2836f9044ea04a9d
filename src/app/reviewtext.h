#pragma once

#include "review.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// An answer's owner and review dates in the reader's language, for what the app writes itself
// (About, Copy Answer's citation); the page's own line is the content's (ReviewLine).
class ReviewText final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    // "Reviewed 2026-09-30 by Security team", and when it is past its review-by date on
    // `today`, that it is overdue; empty for an empty review.
    static QString summary(const Review &review, QDate today);
};
