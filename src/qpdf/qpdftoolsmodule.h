#pragma once

#include "qpdftools.h"

// The module's QpdfTools: PdfFinisher and PdfStructureReader behind the interface the app
// loads (QpdfToolsLoader), handed out by the module's one exported function.
class QpdfToolsModule final : public QpdfTools
{
public:
    [[nodiscard]] Result<QByteArray> finish(const QList<QByteArray> &printed,
                                            const PdfMetadata &metadata,
                                            const FooterRenderer &footer) const override;
    [[nodiscard]] Result<PdfStructure> structure(const QByteArray &pdf) const override;
};
