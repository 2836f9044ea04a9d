#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <optional>

// The YAML block between the leading "---" lines of a content file, parsed with yaml-cpp.
// `title` is required; `section`, `description`, `url` and `order` are optional; any other
// key is kept in `extra` so nothing a writer put there is silently dropped.
struct FrontMatter
{
    QString title;
    QString section;
    QString description;
    QString url; // public web address of the document, if it has one
    std::optional<int> order;
    QVariantMap extra;

    // Splits `source` into front matter and body (`body` may be null). The body keeps the
    // file's line numbering: the front matter lines are replaced by empty lines, so a line
    // reported by a later stage is the line in the file. Fails (file:line) when the block is
    // missing, unterminated, not valid YAML or a key has the wrong type.
    static ContentResult<FrontMatter> parse(const QByteArray &source, const QString &fileName,
                                            QByteArray *body = nullptr);
};
