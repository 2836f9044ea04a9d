#pragma once

#include "readlimits.h"
#include "result.h"
#include "workbook.h"

#include <QByteArray>
#include <QString>

// Reads every worksheet of an xlsx workbook, in the workbook's order and with its names: shared
// strings (rich text runs joined, phonetic runs left out), inline strings, numbers, booleans,
// errors (as their text), formulas with their cached values (shared formulas moved to each
// cell as Excel does), and cells wherever their references put them. Styles, comments,
// charts and chart sheets are not read.
//
// Refused, with a message naming the file and, for XML, the part, line and column: anything
// that is not a zip (an encrypted workbook or a legacy .xls is a CFB file), macro workbooks
// (.xlsm, a vbaProject part or a macro-enabled content type), malformed XML, a DTD, and
// anything over ReadLimits, checked before the file is read and while it inflates.
class XlsxReader final
{
public:
    explicit XlsxReader(const ReadLimits &limits = {});

    Result<Workbook> readFile(const QString &path) const;
    // name: how messages call the source; its extension counts (.xlsm is refused).
    Result<Workbook> read(const QByteArray &bytes, const QString &name) const;

private:
    ReadLimits m_limits;
};
