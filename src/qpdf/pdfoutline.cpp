#include "pdfoutline.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNameTreeObjectHelper.hh>

#include <optional>

namespace {

// Where `anchor` lands: the catalog's /Dests dictionary (what Chromium writes), else the
// /Names /Dests tree that PDF 1.2 added. A destination may be wrapped in a dictionary's /D.
class Destinations
{
public:
    explicit Destinations(QPDF &pdf)
        : m_pdf(pdf)
        , m_root(pdf.getRoot())
    {}

    std::optional<QPDFObjectHandle> find(const QString &anchor)
    {
        const std::string name = anchor.toStdString();
        QPDFObjectHandle found;
        QPDFObjectHandle dests = m_root.getKey("/Dests");
        if (dests.isDictionary() && dests.hasKey("/" + name))
            found = dests.getKey("/" + name);
        else if (QPDFObjectHandle names = m_root.getKey("/Names");
                 names.isDictionary() && names.getKey("/Dests").isDictionary()) {
            QPDFNameTreeObjectHelper tree(names.getKey("/Dests"), m_pdf);
            if (!tree.findObject(name, found))
                return std::nullopt;
        }
        if (found.isDictionary())
            found = found.getKey("/D");
        if (!found.isArray() || found.getArrayNItems() < 1)
            return std::nullopt;
        return found;
    }

private:
    QPDF &m_pdf;
    QPDFObjectHandle m_root;
};

QPDFObjectHandle text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

// Links `items` under `parent` as its children (/First, /Last, /Prev, /Next) and returns how
// many items are visible below it: every item is open, so all of them.
int link(QPDFObjectHandle parent, const QList<QPDFObjectHandle> &items)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QPDFObjectHandle item = items.at(i);
        item.replaceKey("/Parent", parent);
        if (i > 0)
            item.replaceKey("/Prev", items.at(i - 1));
        if (i + 1 < items.size())
            item.replaceKey("/Next", items.at(i + 1));
    }
    if (items.isEmpty())
        return 0;
    parent.replaceKey("/First", items.constFirst());
    parent.replaceKey("/Last", items.constLast());
    int visible = 0;
    for (QPDFObjectHandle item : items) // a handle is a shared reference; copies are cheap
        visible += 1 + (item.hasKey("/Count") ? item.getKey("/Count").getIntValueAsInt() : 0);
    return visible;
}

Result<QList<QPDFObjectHandle>> items(QPDF &pdf, Destinations &destinations,
                                      const QList<PdfOutlineEntry> &entries, int *written)
{
    QList<QPDFObjectHandle> made;
    for (const PdfOutlineEntry &entry : entries) {
        std::optional<QPDFObjectHandle> destination = destinations.find(entry.anchor);
        if (!destination)
            return Result<QList<QPDFObjectHandle>>::failure(
                PdfOutline::tr("the PDF has no destination for the bookmark \"%1\" (anchor %2)")
                    .arg(entry.title, entry.anchor));
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", text(entry.title));
        item.replaceKey("/Dest", *destination);
        Result<QList<QPDFObjectHandle>> children =
            items(pdf, destinations, entry.children, written);
        if (!children)
            return children;
        if (const int visible = link(item, *children); visible > 0)
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(visible));
        made.append(item);
        ++*written;
    }
    return Result<QList<QPDFObjectHandle>>::success(made);
}

} // namespace

Result<int> PdfOutline::write(QPDF &pdf, const QList<PdfOutlineEntry> &entries)
{
    Destinations destinations(pdf);
    int written = 0;
    const Result<QList<QPDFObjectHandle>> made = items(pdf, destinations, entries, &written);
    if (!made)
        return Result<int>::failure(made.error());
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(link(outlines, *made)));
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
    return Result<int>::success(written);
}
