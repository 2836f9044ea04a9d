#include "xlsxfilewriter.h"

#include "cellguard.h"
#include "xlsxwriterapi.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return name;
}

// Text that looks like OOXML's escape for a character ("_x000D_") must be escaped itself, or a
// reader turns it into that character; libxlsxwriter leaves it as it is.
QByteArray ooxmlText(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text.toUtf8();
    static const QRegularExpression escape(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
    return QString(text).replace(escape, QStringLiteral("_x005F_\\1")).toUtf8();
}

lxw_error writeCell(const XlsxWriterApi &lxw, lxw_worksheet *worksheet, lxw_row_t row,
                    lxw_col_t column, const Cell &cell)
{
    if (cell.origin() == Cell::Origin::Trustbook) {
        const QString text = CellGuard::neutralise(cell.textValue());
        return text.isEmpty()
                   ? LXW_NO_ERROR
                   : lxw.writeString(worksheet, row, column, ooxmlText(text).constData(), nullptr);
    }
    if (cell.hasFormula()) {
        const QByteArray formula = cell.formula().toUtf8();
        switch (cell.type()) {
        case Cell::Type::Number:
            return lxw.writeFormulaNumber(worksheet, row, column, formula.constData(), nullptr,
                                          cell.numberValue());
        case Cell::Type::Boolean:
            return lxw.writeFormulaNumber(worksheet, row, column, formula.constData(), nullptr,
                                          cell.booleanValue() ? 1.0 : 0.0);
        case Cell::Type::Text:
        case Cell::Type::Empty:
            return lxw.writeFormulaString(worksheet, row, column, formula.constData(), nullptr,
                                          ooxmlText(cell.textValue()).constData());
        }
    }
    switch (cell.type()) {
    case Cell::Type::Empty:
        return LXW_NO_ERROR;
    case Cell::Type::Text:
        return lxw.writeString(worksheet, row, column, ooxmlText(cell.textValue()).constData(),
                               nullptr);
    case Cell::Type::Number:
        return lxw.writeNumber(worksheet, row, column, cell.numberValue(), nullptr);
    case Cell::Type::Boolean:
        return lxw.writeBoolean(worksheet, row, column, cell.booleanValue() ? 1 : 0, nullptr);
    }
    return LXW_NO_ERROR;
}

// Fills the workbook; the first failure, or an empty string.
QString fill(const XlsxWriterApi &lxw, lxw_workbook *book, const Workbook &workbook)
{
    for (const Sheet &sheet : workbook.sheets()) {
        const QByteArray name = sheet.name().toUtf8();
        const lxw_error valid = lxw.validateSheetName(book, name.constData());
        if (valid != LXW_NO_ERROR)
            return QStringLiteral("sheet name \"%1\": %2")
                .arg(sheet.name(), QString::fromUtf8(lxw.errorString(valid)));
        lxw_worksheet *worksheet = lxw.addWorksheet(book, name.constData());
        if (!worksheet)
            return QStringLiteral("sheet \"%1\" cannot be added").arg(sheet.name());
        if (sheet.rowCount() > LXW_ROW_MAX || sheet.columnCount() > LXW_COL_MAX)
            return QStringLiteral("sheet \"%1\" is larger than a worksheet can be")
                .arg(sheet.name());
        for (qsizetype r = 0; r < sheet.rowCount(); ++r) {
            const QList<Cell> &cells = sheet.row(r);
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const lxw_error error = writeCell(lxw, worksheet, static_cast<lxw_row_t>(r),
                                                  static_cast<lxw_col_t>(c), cells.at(c));
                if (error != LXW_NO_ERROR)
                    return QStringLiteral("sheet \"%1\", cell %2%3: %4")
                        .arg(sheet.name(), columnName(c))
                        .arg(r + 1)
                        .arg(QString::fromUtf8(lxw.errorString(error)));
            }
        }
    }
    return {};
}

} // namespace

Result<Done> XlsxFileWriter::write(const Workbook &workbook, const QString &path)
{
    const QFileInfo target(path);
    const auto failure = [&](const QString &reason) {
        return Result<Done>::failure(
            QStringLiteral("%1: cannot write it: %2").arg(target.absoluteFilePath(), reason));
    };
    if (path.isEmpty())
        return Result<Done>::failure(QStringLiteral("no output file name"));
    // Renaming over a device or a folder would replace the node itself.
    if (target.exists() && !target.isFile())
        return failure(QStringLiteral("it is not a regular file"));
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return failure(QStringLiteral("the folder %1 does not exist").arg(folder));

    const Result<const XlsxWriterApi *> api = XlsxWriterApi::get();
    if (!api)
        return failure(api.error());
    const XlsxWriterApi &lxw = **api;
    QTemporaryFile temporary(
        QDir(folder).filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temporary.open())
        return failure(QStringLiteral("cannot create a temporary file in %1: %2")
                           .arg(folder, temporary.errorString()));
    const QString temporaryPath = temporary.fileName();
    temporary.close(); // libxlsxwriter writes it by name; the object still removes it on failure

    lxw_workbook_options options{};
    // Rows go to disk as they are written: a large sheet does not sit in memory twice.
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = lxw.workbookNew(QFile::encodeName(temporaryPath).constData(), &options);
    if (!book)
        return failure(QStringLiteral("libxlsxwriter cannot start a workbook"));
    const QString filled = fill(lxw, book, workbook);
    const lxw_error closed = lxw.close(book); // frees the workbook in every case
    if (!filled.isEmpty())
        return failure(filled);
    if (closed != LXW_NO_ERROR)
        return failure(QString::fromUtf8(lxw.errorString(closed)));

    const QFile::Permissions permissions =
        target.exists()
            ? target.permissions()
            : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    if (!QFile::setPermissions(temporaryPath, permissions))
        return failure(QStringLiteral("cannot set the permissions of %1").arg(temporaryPath));
    if (std::rename(QFile::encodeName(temporaryPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return failure(QString::fromLocal8Bit(std::strerror(errno)));
    temporary.setAutoRemove(false); // it is the target now
    return Result<Done>::success({});
}
