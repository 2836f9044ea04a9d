#pragma once

// A preview as `trustbook --preview DIR` makes one, on a folder the test writes: the real
// trustbook-gen as its render child and the build's own page template and style sheet.

#include "generatortestsupport.h"
#include "previewsource.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

namespace PreviewTest {

inline PreviewSource::Renderer renderer()
{
    const QString web = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/");
    return {QStringLiteral(TRUSTBOOK_GEN_PATH), RenderLimits(),
            GeneratorTest::readAll(web + QLatin1String("page.html")),
            GeneratorTest::readAll(web + QLatin1String("style.css"))};
}

// Writes in place, as `echo > file` does.
inline bool writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Writes a new file and renames it over the old one, as most editors save.
inline bool replaceByRename(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// A document with front matter and one section per (question, answer).
inline QByteArray document(const QString &title, const QList<QPair<QString, QString>> &sections)
{
    QByteArray text = "---\ntitle: " + title.toUtf8() + "\n---\n\nWhat this document covers.\n";
    for (const auto &[question, answer] : sections)
        text += "\n## " + question.toUtf8() + "\n\n" + answer.toUtf8() + "\n";
    return text;
}

// Front matter whose third line is no real day: the build fails on it with file:3.
inline QByteArray brokenDocument()
{
    return "---\ntitle: Demo FAQ\nreviewed: 2026-02-30\n---\n\n## A question?\n\nAn answer.\n";
}

} // namespace PreviewTest
