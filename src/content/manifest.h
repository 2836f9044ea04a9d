#pragma once

#include "result.h"
#include "review.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct SectionEntry
{
    QString id;
    QString title;
    int line = 0;    // where the heading stands in the source file
    Review review{}; // the document's review with the section's own values over it
};

struct DocumentEntry
{
    QString id; // the file stem
    QString title;
    QString section;
    QString description;
    QString url;
    std::optional<int> order;
    QString source; // the file it was rendered from, e.g. "security-faq.md"
    QString sha256; // of that file
    QList<SectionEntry> sections;
};

// What the generator tells the app about the compiled-in content: documents in display order,
// their sections in source order, and the content version. JSON, written byte-identically for
// the same input (keys sorted, no timestamps), so builds are reproducible.
struct Manifest
{
    QString contentVersion;
    QList<DocumentEntry> documents;

    QByteArray toJson() const;
    // Fails when the JSON is not a manifest this version understands.
    static Result<Manifest> fromJson(const QByteArray &json);

    static constexpr int kFormatVersion = 2;
};
