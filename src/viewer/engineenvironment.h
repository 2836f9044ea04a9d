#pragma once

#include <QStringList>

// Chromium reads switches from the environment. A viewer of its own content needs none, and
// some would open it up: a remote debugging port hands the page to anyone on the machine,
// --disable-web-security or --no-sandbox undo the lockdown. Before Qt WebEngine starts, this
// drops QTWEBENGINE_REMOTE_DEBUGGING and every QTWEBENGINE_CHROMIUM_FLAGS switch outside a
// short list of rendering workarounds, and says what it dropped.
class EngineEnvironment final
{
public:
    // Returns one warning per thing removed (empty when the environment was clean).
    static QStringList lockDown();

    // Switches that only change how pages are drawn (for broken GPU drivers, headless runs).
    static QStringList allowedSwitches();
};
