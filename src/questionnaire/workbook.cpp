#include "workbook.h"

QStringList Workbook::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names.append(sheet.name());
    return names;
}

qsizetype Workbook::indexOfSheet(const QString &name) const
{
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets.at(i).name().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
