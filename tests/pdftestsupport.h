#pragma once

// Reading exports back the way a PDF tool would: `qpdf --check` on the file, and with libqpdf
// the document information, XMP, bookmarks and links a reader's viewer shows.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <map>
#include <stdexcept>

namespace PdfTest {

// Empty when `qpdf --check` passes, else what it said.
inline QString qpdfCheck(const QString &path)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    if (!qpdf.waitForFinished(60000))
        return QStringLiteral("qpdf --check did not finish");
    const QString said =
        QString::fromUtf8(qpdf.readAllStandardOutput() + qpdf.readAllStandardError());
    return qpdf.exitStatus() == QProcess::NormalExit && qpdf.exitCode() == 0 ? QString() : said;
}

struct Bookmark
{
    QString title;
    int page = -1; // 0-based page it lands on
    QList<Bookmark> children;
};

struct Structure
{
    bool read = false;
    QHash<QString, QString> info; // "Title", "Subject", ... (no slash)
    QString xmp;
    QList<Bookmark> outline;
    QString pageMode;
    QStringList firstPageLinkTargets; // the named destinations page 1's links go to
    // Every link to a named destination, page by page: "name -> page" (0-based), the page
    // found through the catalog's /Dests; "name -> none" when it leads nowhere.
    QStringList namedLinks;
    QByteArray id; // the trailer's first /ID
};

inline QList<Bookmark> bookmarks(std::vector<QPDFOutlineObjectHelper> items,
                                 const std::map<QPDFObjGen, int> &pageIndex)
{
    QList<Bookmark> made;
    for (QPDFOutlineObjectHelper &item : items) {
        QPDFObjectHandle page = item.getDestPage();
        made.append(
            {QString::fromStdString(item.getTitle()),
             page.isNull()
                 ? -1
                 : (pageIndex.count(page.getObjGen()) ? pageIndex.at(page.getObjGen()) : -1),
             bookmarks(item.getKids(), pageIndex)});
    }
    return made;
}

inline QString destinationName(QPDFObjectHandle dest)
{
    if (dest.isName())
        return QString::fromStdString(dest.getName().substr(1));
    if (dest.isString())
        return QString::fromStdString(dest.getUTF8Value());
    return {};
}

inline QStringList namedLinks(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages,
                              const std::map<QPDFObjGen, int> &pageIndex)
{
    QStringList links;
    QPDFObjectHandle dests = pdf.getRoot().getKey("/Dests");
    for (QPDFPageObjectHelper &page : pages) {
        QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
        for (int i = 0; annotations.isArray() && i < annotations.getArrayNItems(); ++i) {
            const QString name = destinationName(annotations.getArrayItem(i).getKey("/Dest"));
            if (name.isEmpty())
                continue;
            QPDFObjectHandle target =
                dests.isDictionary() ? dests.getKey("/" + name.toStdString()) : QPDFObjectHandle();
            const bool lands = target.isArray() && target.getArrayNItems() > 0 &&
                               pageIndex.count(target.getArrayItem(0).getObjGen());
            links.append(name + QStringLiteral(" -> ") +
                         (lands ? QString::number(pageIndex.at(target.getArrayItem(0).getObjGen()))
                                : QStringLiteral("none")));
        }
    }
    return links;
}

inline Structure structure(const QByteArray &bytes)
{
    Structure found;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("export.pdf", bytes.constData(), static_cast<size_t>(bytes.size()));
        QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
        for (const std::string &key : info.getKeys())
            if (info.getKey(key).isString())
                found.info.insert(QString::fromStdString(key.substr(1)),
                                  QString::fromStdString(info.getKey(key).getUTF8Value()));
        QPDFObjectHandle metadata = pdf.getRoot().getKey("/Metadata");
        if (metadata.isStream())
            found.xmp = QString::fromStdString(
                std::string(reinterpret_cast<const char *>(metadata.getStreamData()->getBuffer()),
                            metadata.getStreamData()->getSize()));
        QPDFObjectHandle mode = pdf.getRoot().getKey("/PageMode");
        found.pageMode = mode.isName() ? QString::fromStdString(mode.getName()) : QString();
        std::map<QPDFObjGen, int> pageIndex;
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        for (size_t i = 0; i < pages.size(); ++i)
            pageIndex[pages[i].getObjectHandle().getObjGen()] = static_cast<int>(i);
        QPDFOutlineDocumentHelper outline(pdf);
        found.outline = bookmarks(outline.getTopLevelOutlines(), pageIndex);
        QPDFObjectHandle annotations = pages.at(0).getObjectHandle().getKey("/Annots");
        for (int i = 0; annotations.isArray() && i < annotations.getArrayNItems(); ++i) {
            const QString name = destinationName(annotations.getArrayItem(i).getKey("/Dest"));
            if (!name.isEmpty())
                found.firstPageLinkTargets.append(name);
        }
        found.namedLinks = namedLinks(pdf, pages, pageIndex);
        QPDFObjectHandle id = pdf.getTrailer().getKey("/ID");
        if (id.isArray() && id.getArrayNItems() > 0)
            found.id = QByteArray::fromStdString(id.getArrayItem(0).getStringValue());
        found.read = true;
    } catch (const std::exception &) {
        found.read = false;
    }
    return found;
}

inline Structure structureOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? structure(file.readAll()) : Structure();
}

} // namespace PdfTest
