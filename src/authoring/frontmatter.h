#pragma once

#include "contenterror.h"
#include "review.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <optional>

// The YAML block between the leading "---" lines of a content file, parsed with yaml-cpp.
// `title` is required; `section`, `description`, `url` and `order` are optional; any other
// key is kept in `extra` so nothing a writer put there is silently dropped.
// `owner`, `reviewed` and `review-by` (ISO dates, YYYY-MM-DD) record the document's review;
// `reviews` overrides them for single sections, keyed by the section's id (its anchor):
//   reviews:
//     how-is-data-encrypted: {owner: Platform team, reviewed: 2026-10-02}
struct FrontMatter
{
    struct SectionReview
    {
        QString section; // the section's id, checked against the document's once it is split
        Review review;   // only what this section gives; the rest comes from the document
        int line = 0;    // of the section's key, for messages
    };

    QString title;
    QString section;
    QString description;
    QString url; // public web address of the document, if it has one
    std::optional<int> order;
    Review review{};
    QList<SectionReview> sectionReviews{}; // in file order
    QVariantMap extra;

    // Splits `source` into front matter and body (`body` may be null). The body keeps the
    // file's line numbering: the front matter lines are replaced by empty lines, so a line
    // reported by a later stage is the line in the file. Fails (file:line) when the block is
    // missing, unterminated, not valid YAML or a key has the wrong type.
    static ContentResult<FrontMatter> parse(const QByteArray &source, const QString &fileName,
                                            QByteArray *body = nullptr);
};
