#pragma once

#include "result.h"

#include <QImage>
#include <QImageWriter>
#include <QSaveFile>
#include <QString>

// Saves a screenshot as PNG, all or nothing (an existing file is replaced only by a complete
// one). zlib level 1 (Qt's PNG "quality" 80): about a third of the default level's time for
// a slightly larger file, and saving is part of what --screenshot makes a user wait for.
// Header only, so the benchmark's bare program saves exactly as the app does.
class ScreenshotFile final
{
public:
    // Fails with why not.
    static Result<Done> save(const QImage &image, const QString &path)
    {
        QSaveFile file(path);
        QImageWriter writer(&file, "png");
        writer.setQuality(80);
        if (file.open(QIODevice::WriteOnly) && writer.write(image) && file.commit())
            return Result<Done>::success({});
        return Result<Done>::failure(writer.error() != QImageWriter::UnknownError
                                         ? writer.errorString()
                                         : file.errorString());
    }
};
