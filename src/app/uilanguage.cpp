#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

bool UiLanguage::install(QCoreApplication &app, QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    return translator.load(locale, QStringLiteral("trustbook"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")) &&
           app.installTranslator(&translator);
}
