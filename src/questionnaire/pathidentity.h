#pragma once

#include <QString>

// Whether two paths name the same file, through symbolic links, "..", and hard links: how the
// caller refuses an output path that would overwrite the questionnaire being read.
class PathIdentity final
{
public:
    static bool sameFile(const QString &first, const QString &second);
};
