#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

// The processor time a process has used so far (user and system), read from /proc. It tells a
// busy process from a hung one: Chromium reports nothing while it prints 10,000 sections for
// minutes, but a renderer that is working keeps using processor time, one that hangs does not.
class ProcessCpuTime final
{
public:
    // Empty when the process is gone or /proc cannot say (another system).
    static std::optional<std::chrono::milliseconds> of(qint64 pid);
};
