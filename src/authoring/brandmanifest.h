#pragma once

#include "brand.h"
#include "contenterror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// A content folder's brand.json, read with Qt's JSON classes and checked key by key, so that a
// writer gets every mistake at once as "brand.json:LINE: message" (the line of the key, or of
// the syntax error). What it checks is what the build does with each value: the binary and id
// become file and package names, the accent a CSS colour, the icon a file beside it.
class BrandManifest final
{
public:
    struct Parsed
    {
        Brand brand;
        QString iconPath;  // the SVG in the content folder; empty without one
        int startLine = 0; // where `start` was given, for ContentChecks-style errors later
    };

    // `path` names the file in messages; `contentDir` is where the icon must lie.
    static Result<Parsed, QList<ContentError>> parse(const QByteArray &json, const QString &path,
                                                     const QString &contentDir);
    // Reads and parses `contentDir`/brand.json.
    static Result<Parsed, QList<ContentError>> read(const QString &contentDir);

    // The error for a `start` that names no section of the rendered content.
    static ContentError unknownStart(const QString &path, const Parsed &parsed);

private:
    // The line each top-level key is written on (its first occurrence), and the keys given
    // more than once; QJsonDocument keeps neither.
    struct KeyLines
    {
        QHash<QString, int> first;
        QList<QPair<QString, int>> repeated;
    };
    static KeyLines keyLines(const QByteArray &json);
    static int lineAt(const QByteArray &json, qsizetype offset);
};
