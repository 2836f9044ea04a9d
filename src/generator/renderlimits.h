#pragma once

#include <QtGlobal>

// What one markdown file may cost. Debian's cmark-gfm lacks the 2023 fixes: some inputs take
// quadratic time, reference links can turn 32 KB into 32 MB of HTML, and one input makes it
// call abort(). Content is treated as untrusted, so every file gets these bounds.
struct RenderLimits
{
    qint64 maxInputBytes = 4 * 1024 * 1024;
    qint64 maxOutputBytes = 64 * 1024 * 1024; // the rendered document as the child sends it
    qint64 timeBudgetMs = 10000;              // per file, from starting the child to its reply
};
