#include "sheet.h"

#include <algorithm>

Sheet::Sheet(const QString &name)
    : m_name(name)
{}

qsizetype Sheet::columnCount() const
{
    qsizetype columns = 0;
    for (const QList<Cell> &cells : m_rows)
        columns = std::max(columns, cells.size());
    return columns;
}

const QList<Cell> &Sheet::row(qsizetype row) const
{
    static const QList<Cell> none;
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : none;
}

Cell Sheet::cell(qsizetype row, qsizetype column) const
{
    const QList<Cell> &cells = this->row(row);
    return column >= 0 && column < cells.size() ? cells.at(column) : Cell();
}

void Sheet::setCell(qsizetype row, qsizetype column, const Cell &cell)
{
    if (row < 0 || column < 0)
        return;
    if (row >= m_rows.size())
        m_rows.resize(row + 1);
    QList<Cell> &cells = m_rows[row];
    if (column >= cells.size()) {
        m_cellCount += column + 1 - cells.size();
        cells.resize(column + 1);
    }
    cells[column] = cell;
}

void Sheet::appendRow(QList<Cell> cells)
{
    m_cellCount += cells.size();
    m_rows.append(std::move(cells));
}

bool Sheet::operator==(const Sheet &other) const
{
    if (m_name != other.m_name)
        return false;
    // Trailing empty cells and rows are not content: a writer may drop them.
    const qsizetype rows = std::max(m_rows.size(), other.m_rows.size());
    for (qsizetype r = 0; r < rows; ++r) {
        const qsizetype columns = std::max(row(r).size(), other.row(r).size());
        for (qsizetype c = 0; c < columns; ++c) {
            if (cell(r, c) != other.cell(r, c))
                return false;
        }
    }
    return true;
}
