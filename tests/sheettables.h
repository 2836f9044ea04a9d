#pragma once

// Questionnaires written as tables of text in a test: one list of rows per sheet.

#include "workbook.h"

#include <QList>
#include <QStringList>

#include <initializer_list>

using Table = QList<QStringList>;
using Tables = QList<Table>;

inline QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

inline Table table(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Table out;
    for (const auto &fields : rows)
        out.append(strings(fields));
    return out;
}

// Sheets named Sheet1, Sheet2, ...; every field a text cell (an empty one an empty cell).
inline Workbook workbookOf(const Tables &tables)
{
    Workbook workbook;
    for (qsizetype s = 0; s < tables.size(); ++s) {
        Sheet sheet(QStringLiteral("Sheet%1").arg(s + 1));
        for (const QStringList &row : tables.at(s)) {
            QList<Cell> cells;
            for (const QString &text : row)
                cells.append(Cell::text(text));
            sheet.appendRow(cells);
        }
        workbook.appendSheet(sheet);
    }
    return workbook;
}

// The texts of a row as a person sees them, without the empty cells at its end.
inline QStringList rowTexts(const Sheet &sheet, qsizetype row)
{
    QStringList texts;
    for (const Cell &cell : sheet.row(row))
        texts.append(cell.displayText());
    while (!texts.isEmpty() && texts.last().isEmpty())
        texts.removeLast();
    return texts;
}
