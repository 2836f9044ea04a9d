#include "cellguard.h"

bool CellGuard::needsGuard(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CellGuard::neutralise(const QString &text)
{
    return needsGuard(text) ? QLatin1Char('\'') + text : text;
}
