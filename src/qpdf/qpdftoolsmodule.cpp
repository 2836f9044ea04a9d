#include "qpdftoolsmodule.h"

#include "pdffinisher.h"
#include "pdfstructurereader.h"

Result<QByteArray> QpdfToolsModule::finish(const QList<QByteArray> &printed,
                                           const PdfMetadata &metadata,
                                           const FooterRenderer &footer) const
{
    return PdfFinisher::finish(printed, metadata, footer);
}

Result<PdfStructure> QpdfToolsModule::structure(const QByteArray &pdf) const
{
    return PdfStructureReader::read(pdf);
}

extern "C" __attribute__((visibility("default"))) const QpdfTools *TRUSTBOOK_QPDF_TOOLS_ENTRY()
{
    static const QpdfToolsModule tools;
    return &tools;
}
