#pragma once

#include "csvdialect.h"
#include "sheet.h"

#include <QList>
#include <QStringList>

#include <optional>

// A questionnaire file as read: its sheets in order (a CSV has one) and, for a CSV, the dialect
// it came in so that the output is written the same way.
class Workbook final
{
public:
    Workbook() = default;

    const QList<Sheet> &sheets() const { return m_sheets; }
    QList<Sheet> &sheets() { return m_sheets; }
    void appendSheet(Sheet sheet) { m_sheets.append(std::move(sheet)); }
    QStringList sheetNames() const;
    // -1 when there is none by that name (compared as Excel does, ignoring case).
    qsizetype indexOfSheet(const QString &name) const;

    std::optional<CsvDialect> csvDialect() const { return m_csvDialect; }
    void setCsvDialect(const CsvDialect &dialect) { m_csvDialect = dialect; }

private:
    QList<Sheet> m_sheets;
    std::optional<CsvDialect> m_csvDialect;
};
