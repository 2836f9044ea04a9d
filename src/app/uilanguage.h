#pragma once

#include <QString>
#include <QTranslator>

// Puts the interface in the user's language (the system locale, or the --lang override): the
// app's own texts and Qt's (standard buttons, QCommandLineParser's help and errors). English
// is the source language and needs no translator; a locale without a translation falls back
// to it. The translators stay installed while this object lives.
class UiLanguage final
{
    Q_DISABLE_COPY_MOVE(UiLanguage)

public:
    UiLanguage() = default;

    // Needs a QCoreApplication. Returns whether the app's translation was installed. Qt's own
    // is best effort: Debian ships it apart (qt6-translations-l10n), and without it only Qt's
    // few texts stay English.
    bool install(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
};
