#include "pdffinisher.h"

#include "pdfdocumentinfo.h"
#include "pdfoutline.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <stdexcept>
#include <vector>

namespace {

std::vector<QPDFPageObjectHelper> pagesOf(QPDF &pdf)
{
    return QPDFPageDocumentHelper(pdf).getAllPages();
}

void read(QPDF &pdf, const char *name, const QByteArray &bytes)
{
    pdf.setSuppressWarnings(true); // Result carries what went wrong, not stderr
    pdf.processMemoryFile(name, bytes.constData(), static_cast<size_t>(bytes.size()));
}

// Each footer page becomes a form XObject drawn over its page. The page's own content is
// bracketed by q/Q first, so whatever state it leaves cannot move or hide the footer.
void overlay(QPDF &pdf, QPDFPageObjectHelper &page, QPDFPageObjectHelper &footerPage)
{
    QPDFObjectHandle form = pdf.copyForeignObject(footerPage.getFormXObjectForPage());
    QPDFObjectHandle resources = page.getObjectHandle().getKey("/Resources");
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    if (!xobjects.isDictionary()) {
        xobjects = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
    }
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/TrustbookFooter", suffix);
    xobjects.replaceKey(name, form);
    const std::string placement =
        page.placeFormXObject(form, name, page.getMediaBox().getArrayAsRectangle());
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "q\n"), true);
    page.addPageContents(QPDFObjectHandle::newStream(&pdf, "\nQ\n" + placement), false);
}

// Appends the pages of `part` to `pdf`, and its named destinations (Chromium's catalog /Dests)
// to those of `pdf`. The destinations are copied after the pages, by the same copier, so that
// they point at the copies. Chromium writes a destination only for an element that a link of
// the same print points to; the exporter gives every part such links (see PdfExporter).
void append(QPDF &pdf, QPDF &part)
{
    QPDFPageDocumentHelper pages(pdf);
    for (QPDFPageObjectHelper &page : pagesOf(part))
        pages.addPage(page, false);
    QPDFObjectHandle partDests = part.getRoot().getKey("/Dests");
    if (!partDests.isDictionary())
        return;
    if (!partDests.isIndirect()) // only an indirect object can be copied across files
        partDests = part.makeIndirectObject(partDests);
    QPDFObjectHandle copied = pdf.copyForeignObject(partDests);
    QPDFObjectHandle root = pdf.getRoot();
    QPDFObjectHandle dests = root.getKey("/Dests");
    if (!dests.isDictionary()) {
        root.replaceKey("/Dests", copied);
        return;
    }
    for (const std::string &name : copied.getKeys())
        dests.replaceKey(name, copied.getKey(name));
}

QByteArray written(QPDF &pdf)
{
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                      static_cast<qsizetype>(buffer->getSize()));
}

} // namespace

Result<QByteArray> PdfFinisher::finish(const QList<QByteArray> &printed,
                                       const PdfMetadata &metadata,
                                       const QpdfTools::FooterRenderer &footer)
{
    if (printed.isEmpty())
        return Result<QByteArray>::failure(tr("nothing was printed"));
    try {
        QPDF pdf;
        read(pdf, "printed.pdf", printed.constFirst());
        // Each part is read into its own QPDF, which must live until the joined file is
        // written: the copies refer to its streams.
        std::vector<std::unique_ptr<QPDF>> parts;
        for (qsizetype i = 1; i < printed.size(); ++i) {
            parts.push_back(std::make_unique<QPDF>());
            read(*parts.back(), "part.pdf", printed.at(i));
            append(pdf, *parts.back());
        }
        std::vector<QPDFPageObjectHelper> pages = pagesOf(pdf);
        QList<QSizeF> sizes;
        for (QPDFPageObjectHelper &page : pages) {
            const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
            sizes.append(QSizeF(box.urx - box.llx, box.ury - box.lly));
        }
        const Result<QByteArray> footerBytes = footer(sizes);
        if (!footerBytes)
            return Result<QByteArray>::failure(footerBytes.error());
        QPDF footers;
        read(footers, "footer.pdf", *footerBytes);
        std::vector<QPDFPageObjectHelper> footerPages = pagesOf(footers);
        if (footerPages.size() != pages.size())
            return Result<QByteArray>::failure(tr("the footers came out as %1 pages for %2")
                                                   .arg(footerPages.size())
                                                   .arg(pages.size()));
        for (size_t i = 0; i < pages.size(); ++i)
            overlay(pdf, pages[i], footerPages[i]);
        PdfDocumentInfo::write(pdf, metadata);
        if (const Result<int> outline = PdfOutline::write(pdf, metadata.outline); !outline)
            return Result<QByteArray>::failure(outline.error());
        return Result<QByteArray>::success(written(pdf));
    } catch (const std::exception &e) {
        return Result<QByteArray>::failure(
            tr("qpdf could not finish the PDF: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}
