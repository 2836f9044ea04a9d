#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

bool UiLanguage::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    return m_app.load(locale, QStringLiteral("trustbook"), QStringLiteral("_"),
                      QStringLiteral(":/i18n")) &&
           QCoreApplication::installTranslator(&m_app);
}
