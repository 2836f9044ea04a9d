#pragma once

#include "result.h"
#include "workbook.h"

#include <QString>

// Writes a Workbook as xlsx with libxlsxwriter (named so as not to shadow its <xlsxwriter.h>): the
// sheets in order with their names, every cell in its place as what it was (text as text, numbers
// as numbers, booleans, formulas with their cached results), and the cells Trustbook added, passed
// through CellGuard. Styles are not carried over (the reader keeps none). A formula whose cached
// value was a boolean is written with 1 or 0 as its cached result: libxlsxwriter has no boolean
// result; Excel recomputes it on opening.
//
// Atomic: the file is built as a temporary in the target's folder and renamed over the target
// only once complete, with the target's permissions; on any failure the temporary is removed,
// an existing target is left as it was, and the message carries libxlsxwriter's own words.
class XlsxFileWriter final
{
public:
    static Result<Done> write(const Workbook &workbook, const QString &path);
};
