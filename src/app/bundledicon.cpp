#include "bundledicon.h"

QIcon BundledIcon::themed(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/trustbook/icons/%1.svg").arg(name)));
}
