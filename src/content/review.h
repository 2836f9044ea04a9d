#pragma once

#include <QDate>
#include <QString>

// Who owns an answer, when it was last reviewed and when it must be reviewed again: what an
// auditor asks of a compliance answer first. Written in a document's front matter, for the
// whole document or for one section (`reviews:`), and carried per section in the manifest.
struct Review
{
    QString owner;
    QDate reviewed;
    QDate reviewBy;

    bool isEmpty() const { return owner.isEmpty() && !reviewed.isValid() && !reviewBy.isValid(); }
    // Past its review-by date: on that day itself the review is still on time.
    bool isOverdue(QDate today) const { return reviewBy.isValid() && today > reviewBy; }
    // A section's own values where it gives them, its document's elsewhere.
    Review overriddenBy(const Review &section) const
    {
        return Review{section.owner.isEmpty() ? owner : section.owner,
                      section.reviewed.isValid() ? section.reviewed : reviewed,
                      section.reviewBy.isValid() ? section.reviewBy : reviewBy};
    }

    friend bool operator==(const Review &a, const Review &b)
    {
        return a.owner == b.owner && a.reviewed == b.reviewed && a.reviewBy == b.reviewBy;
    }
};
