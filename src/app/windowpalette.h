#pragma once

#include "pagetheme.h"

#include <QPalette>
#include <QString>

#include <optional>

// The colours of the window's own widgets (tree, search field, menus, tool and status bars)
// for the theme its pages are shown in, so a dark choice darkens the whole window and a light
// one lightens it. The desktop's palette serves where it already is as dark or as light as
// asked; otherwise the window gets Fusion with a palette of ours, since a desktop that offers
// no dark palette (or no light one) leaves nothing else to follow.
class WindowPalette final
{
public:
    WindowPalette();
    ~WindowPalette(); // gives the application back to the desktop
    WindowPalette(const WindowPalette &) = delete;
    WindowPalette &operator=(const WindowPalette &) = delete;

    // `theme`: the colours asked for; none follows the desktop's palette and style.
    void apply(std::optional<PageTheme> theme);
    // What the desktop shows, whether or not a palette of ours is in place.
    PageTheme desktopTheme() const;

    static PageTheme themeOf(const QPalette &palette);
    // Fusion's colours for `theme`, the dark ones close to the page's dark background.
    static QPalette fusionPalette(PageTheme theme);

private:
    void restoreDesktop();

    QString m_desktopStyle;
    QPalette m_desktopPalette;
    bool m_overriding = false;
};
