#pragma once

// Builds xlsx packages by hand for the questionnaire format tests: a zip (minizip) of the parts
// given, so that every test states exactly the XML it feeds the reader.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <zip.h>

#include <utility>

using XlsxParts = QList<std::pair<QString, QByteArray>>;

inline QByteArray zipOf(const XlsxParts &parts)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("parts.zip")));
    zipFile zip = zipOpen64(path.constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return {};
    for (const auto &[name, data] : parts) {
        const zip_fileinfo info{};
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0,
                                  nullptr, Z_DEFLATED, 6, 0) != ZIP_OK ||
            zipWriteInFileInZip(zip, data.constData(), static_cast<unsigned>(data.size())) !=
                ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK) {
            zipClose(zip, nullptr);
            return {};
        }
    }
    zipClose(zip, nullptr);
    QFile file(QFile::decodeName(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray
contentTypes(const QByteArray &workbookType =
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" +
           workbookType + "\"/></Types>";
}

// A workbook of the sheets given (name, sheet XML), the shared strings given, in that order.
inline XlsxParts workbookParts(const QList<std::pair<QString, QByteArray>> &sheets,
                               const QByteArray &sharedStrings = {})
{
    const QByteArray relationships =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    QByteArray workbook = "<?xml version=\"1.0\"?><workbook "
                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"" +
                          relationships + "\"><sheets>";
    QByteArray workbookRels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    XlsxParts parts;
    parts.append({QStringLiteral("[Content_Types].xml"), contentTypes()});
    parts.append({QStringLiteral("_rels/.rels"),
                  "<?xml version=\"1.0\"?><Relationships "
                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  "<Relationship Id=\"rId1\" Type=\"" +
                      relationships +
                      "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets.at(i).first.toHtmlEscaped().toUtf8() +
                    "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        // Stored in reverse order: the reader must follow the relationships, not file names.
        const QByteArray file = "sheet" + QByteArray::number(sheets.size() - i) + ".xml";
        workbookRels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relationships +
                        "/worksheet\" Target=\"worksheets/" + file + "\"/>";
        parts.append(
            {QStringLiteral("xl/worksheets/") + QString::fromLatin1(file), sheets.at(i).second});
    }
    if (!sharedStrings.isEmpty()) {
        workbookRels += "<Relationship Id=\"rIdS\" Type=\"" + relationships +
                        "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    parts.append({QStringLiteral("xl/workbook.xml"), workbook + "</sheets></workbook>"});
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels + "</Relationships>"});
    return parts;
}

inline QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           sheetData + "</sheetData></worksheet>";
}
