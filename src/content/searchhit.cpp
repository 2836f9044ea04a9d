#include "searchhit.h"

#include <QStringList>

QString SearchHit::plainSnippet() const
{
    QString plain = snippet;
    plain.remove(QChar(kMarkStart)).remove(QChar(kMarkEnd));
    return plain.simplified();
}

QString SearchHit::htmlSnippet() const
{
    return snippet.simplified()
        .toHtmlEscaped()
        .replace(QChar(kMarkStart), QLatin1String("<b>"))
        .replace(QChar(kMarkEnd), QLatin1String("</b>"));
}
