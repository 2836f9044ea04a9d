#pragma once

#include <QStringList>

// Chromium reads switches from the environment. A viewer of its own content needs none, and
// some would open it up: a remote debugging port hands the page to anyone on the machine,
// and switches that turn off web security or process isolation undo the lockdown. Before
// Qt WebEngine starts, this drops QTWEBENGINE_REMOTE_DEBUGGING and every
// QTWEBENGINE_CHROMIUM_FLAGS switch outside a short list of rendering workarounds, and says
// what it dropped.
class EngineEnvironment final
{
public:
    // Returns one warning per thing removed (empty when the environment was clean).
    static QStringList lockDown();

    // Everything a process that starts Qt WebEngine must do before its QApplication exists:
    // lock the environment down, let a screen reader see the page (enableAccessibility()),
    // register the app's URL schemes, and keep the engine's GL set-up dump off the user's
    // terminal. Returns lockDown()'s warnings.
    static QStringList prepareProcess();

    // On Linux, Qt WebEngine 6.4 builds the page's accessibility tree only when
    // QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set; without it a screen reader sees an empty,
    // unnamed document. Chromium still does the work only while an assistive technology is
    // attached (QAccessible is active), so this costs nothing otherwise.
    static void enableAccessibility();

    // Starts Qt WebEngine's browser side now, on this (the GUI) thread, with a profile made and
    // dropped at once (off the record: nothing is stored), so that the app's own profile,
    // made later, finds the engine running. The first profile takes about 60 ms of the
    // thread, which a window's start can spend while another thread reads the content.
    static void start();

    // Switches that only change how pages are drawn (for broken GPU drivers, headless runs).
    static QStringList allowedSwitches();
};
