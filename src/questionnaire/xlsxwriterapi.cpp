#include "xlsxwriterapi.h"

#include <QString>

#include <dlfcn.h>

namespace {

// Casts what dlsym() found to the type the header gives the function.
template<typename Function>
bool resolve(void *library, const char *name, Function &function)
{
    function = reinterpret_cast<Function>(dlsym(library, name));
    return function != nullptr;
}

Result<const XlsxWriterApi *> load()
{
    const auto failure = [](const char *what) {
        return Result<const XlsxWriterApi *>::failure(
            QStringLiteral("cannot load %1: %2")
                .arg(QLatin1String(TRUSTBOOK_XLSXWRITER_SONAME), QString::fromLocal8Bit(what)));
    };
    // Never unloaded: the functions stay valid for the life of the process.
    void *library = dlopen(TRUSTBOOK_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return failure(dlerror());
    static XlsxWriterApi api;
    const bool resolved = resolve(library, "workbook_new_opt", api.workbookNew) &&
                          resolve(library, "workbook_validate_sheet_name", api.validateSheetName) &&
                          resolve(library, "workbook_add_worksheet", api.addWorksheet) &&
                          resolve(library, "workbook_close", api.close) &&
                          resolve(library, "worksheet_write_string", api.writeString) &&
                          resolve(library, "worksheet_write_number", api.writeNumber) &&
                          resolve(library, "worksheet_write_boolean", api.writeBoolean) &&
                          resolve(library, "worksheet_write_formula_num", api.writeFormulaNumber) &&
                          resolve(library, "worksheet_write_formula_str", api.writeFormulaString) &&
                          resolve(library, "lxw_strerror", api.errorString);
    if (!resolved)
        return failure(dlerror());
    return Result<const XlsxWriterApi *>::success(&api);
}

} // namespace

Result<const XlsxWriterApi *> XlsxWriterApi::get()
{
    static const Result<const XlsxWriterApi *> loaded = load();
    return loaded;
}
