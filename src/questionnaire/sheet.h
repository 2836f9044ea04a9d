#pragma once

#include "cell.h"

#include <QList>
#include <QString>

// One sheet: its name and its cells, row by row. Rows may differ in length (a CSV line with
// fewer fields, an xlsx row with its last cells empty); reading past a row's end gives an
// empty cell, and writing there grows the grid.
class Sheet final
{
public:
    Sheet() = default;
    explicit Sheet(const QString &name);

    QString name() const { return m_name; }
    qsizetype rowCount() const { return m_rows.size(); }
    // The length of the longest row.
    qsizetype columnCount() const;
    const QList<Cell> &row(qsizetype row) const;
    Cell cell(qsizetype row, qsizetype column) const;
    void setCell(qsizetype row, qsizetype column, const Cell &cell);
    // Cells allocated over all rows: what the reading limits count.
    qsizetype cellCount() const { return m_cellCount; }
    void appendRow(QList<Cell> cells);

    bool operator==(const Sheet &other) const;
    bool operator!=(const Sheet &other) const { return !(*this == other); }

private:
    QString m_name;
    QList<QList<Cell>> m_rows;
    qsizetype m_cellCount = 0;
};
