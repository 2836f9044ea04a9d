#include "pdfdocumentinfo.h"

#include <QXmlStreamWriter>

#include <qpdf/QPDF.hh>

namespace {

QPDFObjectHandle text(const QString &value)
{
    return QPDFObjectHandle::newUnicodeString(value.toStdString());
}

QString isoDate(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

// <prefix:name><rdf:Alt|Seq|Bag><rdf:li [xml:lang="x-default"]>value</rdf:li>…</…></…>
void writeList(QXmlStreamWriter &xml, const QString &ns, const QString &name,
               const QString &container, const QStringList &values)
{
    xml.writeStartElement(ns, name);
    xml.writeStartElement(kRdf, container);
    for (const QString &value : values) {
        xml.writeStartElement(kRdf, QStringLiteral("li"));
        if (container == QLatin1String("Alt"))
            xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

} // namespace

QString PdfDocumentInfo::pdfDate(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'"));
}

QString PdfDocumentInfo::keywords(const PdfMetadata &metadata)
{
    return metadata.sectionPaths.join(QLatin1Char(' '));
}

QByteArray PdfDocumentInfo::xmp(const PdfMetadata &metadata, const QString &producer)
{
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString pdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
    const QString xmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
    QByteArray packet;
    QXmlStreamWriter xml(&packet);
    xml.setAutoFormatting(true);
    xml.writeProcessingInstruction(
        QStringLiteral("xpacket"),
        QStringLiteral("begin=\"%1\" id=\"W5M0MpCehiHzreSzNTczkc9d\"").arg(QChar(0xFEFF)));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(kRdf, QStringLiteral("rdf"));
    xml.writeNamespace(dc, QStringLiteral("dc"));
    xml.writeNamespace(pdf, QStringLiteral("pdf"));
    xml.writeNamespace(xmpNs, QStringLiteral("xmp"));
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(kRdf, QStringLiteral("RDF"));
    xml.writeStartElement(kRdf, QStringLiteral("Description"));
    xml.writeAttribute(kRdf, QStringLiteral("about"), QString());
    xml.writeTextElement(dc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    writeList(xml, dc, QStringLiteral("title"), QStringLiteral("Alt"), {metadata.title});
    writeList(xml, dc, QStringLiteral("description"), QStringLiteral("Alt"),
              {metadata.contentVersion});
    writeList(xml, dc, QStringLiteral("subject"), QStringLiteral("Bag"), metadata.sectionPaths);
    xml.writeTextElement(pdf, QStringLiteral("Keywords"), keywords(metadata));
    xml.writeTextElement(pdf, QStringLiteral("Producer"), producer);
    xml.writeTextElement(xmpNs, QStringLiteral("CreatorTool"), metadata.creator);
    xml.writeTextElement(xmpNs, QStringLiteral("CreateDate"), isoDate(metadata.exportedAt));
    xml.writeTextElement(xmpNs, QStringLiteral("ModifyDate"), isoDate(metadata.exportedAt));
    xml.writeTextElement(xmpNs, QStringLiteral("MetadataDate"), isoDate(metadata.exportedAt));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return packet.trimmed(); // the packet header must come first
}

void PdfDocumentInfo::write(QPDF &pdf, const PdfMetadata &metadata)
{
    QPDFObjectHandle old = pdf.getTrailer().getKey("/Info");
    const QString chromium = old.isDictionary() && old.getKey("/Producer").isString()
                                 ? QString::fromStdString(old.getKey("/Producer").getUTF8Value())
                                 : QString();
    const QString qpdf = QStringLiteral("qpdf %1").arg(QString::fromStdString(QPDF::QPDFVersion()));
    const QString producer = chromium.isEmpty() ? qpdf : chromium + QStringLiteral(", ") + qpdf;
    const QString date = pdfDate(metadata.exportedAt);

    QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    info.replaceKey("/Title", text(metadata.title));
    info.replaceKey("/Subject", text(metadata.contentVersion));
    info.replaceKey("/Keywords", text(keywords(metadata)));
    info.replaceKey("/Creator", text(metadata.creator));
    info.replaceKey("/Producer", text(producer));
    info.replaceKey("/CreationDate", text(date));
    info.replaceKey("/ModDate", text(date));
    pdf.getTrailer().replaceKey("/Info", info);

    QPDFObjectHandle stream =
        QPDFObjectHandle::newStream(&pdf, xmp(metadata, producer).toStdString());
    stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    pdf.getRoot().replaceKey("/Metadata", stream);
}
