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
    // Address space of each child (RLIMIT_AS): without it one "billion laughs" or reference
    // blow-up reached 4 GB, and with --jobs 2 two of them took the build machine's memory.
    qint64 maxMemoryBytes = qint64{1} << 30;

    // AddressSanitizer reserves terabytes of address space for its shadow memory, so under it
    // the memory limit is not applied (those builds check other things).
#if defined(__SANITIZE_ADDRESS__)
    static constexpr bool kMemoryLimitApplied = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    static constexpr bool kMemoryLimitApplied = false;
#else
    static constexpr bool kMemoryLimitApplied = true;
#endif
#else
    static constexpr bool kMemoryLimitApplied = true;
#endif
};
