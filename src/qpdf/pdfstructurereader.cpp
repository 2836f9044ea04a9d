#include "pdfstructurereader.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

#include <stdexcept>

namespace {

QString infoValue(QPDFObjectHandle info, const char *key)
{
    QPDFObjectHandle value = info.isDictionary() ? info.getKey(key) : QPDFObjectHandle();
    return value.isString() ? QString::fromStdString(value.getUTF8Value()) : QString();
}

} // namespace

Result<PdfStructure> PdfStructureReader::read(const QByteArray &bytes)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("verified.pdf", bytes.constData(), static_cast<size_t>(bytes.size()));
        PdfStructure structure;
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        structure.subject = infoValue(info, "/Subject");
        structure.keywords =
            infoValue(info, "/Keywords").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QPDFOutlineDocumentHelper outline(pdf);
        for (QPDFOutlineObjectHelper &document : outline.getTopLevelOutlines()) {
            structure.titles.append(QString::fromStdString(document.getTitle()));
            structure.isSection.append(false);
            for (QPDFOutlineObjectHelper &section : document.getKids()) {
                structure.titles.append(QString::fromStdString(section.getTitle()));
                structure.isSection.append(true);
            }
        }
        return Result<PdfStructure>::success(std::move(structure));
    } catch (const QPDFExc &e) {
        // Without the name qpdf gives the bytes, which is not the file's: the caller names it.
        return Result<PdfStructure>::failure(QString::fromStdString(e.getMessageDetail()));
    } catch (const std::exception &e) {
        return Result<PdfStructure>::failure(QString::fromLocal8Bit(e.what()));
    }
}
