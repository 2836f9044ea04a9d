#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

// Puts the interface in the user's language: the system locale, or the --lang override.
// English is the source language and needs no translator; a locale without a translation
// falls back to it.
class UiLanguage final
{
public:
    // `translator` must outlive the application's use of it. Returns whether one was installed.
    static bool install(QCoreApplication &app, QTranslator &translator, const QString &language);
};
