#pragma once

#include <QLatin1String>

// The colours a page is shown in; style.css keys its dark palette on <html data-theme="dark">.
enum class PageTheme { Light, Dark };

inline QLatin1String pageThemeName(PageTheme theme)
{
    return theme == PageTheme::Dark ? QLatin1String("dark") : QLatin1String("light");
}
