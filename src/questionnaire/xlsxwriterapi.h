#pragma once

#include "result.h"

#include <xlsxwriter.h>

// The functions of libxlsxwriter that XlsxFileWriter calls, looked up in the library the first
// time an xlsx file is written. Linked, libxlsxwriter brought libcrypto with it (for MD5) into
// every process of the app: 1.4 MiB of the window's memory and 4,000 symbol lookups at every
// start, for a file only a questionnaire export writes. The types come from the library's own
// header, so a call through these has the signature a linked call would have.
struct XlsxWriterApi
{
    decltype(&workbook_new_opt) workbookNew = nullptr;
    decltype(&workbook_validate_sheet_name) validateSheetName = nullptr;
    decltype(&workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&workbook_close) close = nullptr;
    decltype(&worksheet_write_string) writeString = nullptr;
    decltype(&worksheet_write_number) writeNumber = nullptr;
    decltype(&worksheet_write_boolean) writeBoolean = nullptr;
    decltype(&worksheet_write_formula_num) writeFormulaNumber = nullptr;
    decltype(&worksheet_write_formula_str) writeFormulaString = nullptr;
    decltype(&lxw_strerror) errorString = nullptr;

    // The library's functions, loaded once per process from any thread; or why they cannot be
    // (the dynamic loader's words). Later calls give the same answer.
    static Result<const XlsxWriterApi *> get();
};
