#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Whose app this is: the product name, ids and addresses that every visible place (window
// title, About, --version and --help, the PDF's title block and information, Copy Answer's
// citation, the single-instance socket) takes from one value instead of spelling "Trustbook".
// The generator checks the content folder's brand.json (BrandManifest) and writes the result
// into the bundle; without one the brand is Trustbook's own.
struct Brand
{
    QString name = QStringLiteral("Trustbook");
    QString id = QStringLiteral("org.trustbook.Trustbook"); // reverse-DNS app id
    QString binary = QStringLiteral("trustbook");           // the executable's and package's name
    QString accent;  // "#rrggbb", or empty for the page style's own colours
    QString start;   // DOC/SECTION shown when nothing else is asked for; empty for the first
    QString about;   // a paragraph for Help > About; empty for none
    QString support; // an e-mail or web address for questions; empty for none
    QString home = QStringLiteral("https://trustbook.org");
    bool hasIcon = false; // the bundle holds the brand's SVG icon (ContentBundle::brandIconPath)
    bool fromManifest = false; // a brand.json gave it, so it is someone else's product

    // Who publishes the content, for a citation: the brand's name when a brand.json gave one;
    // empty for Trustbook, whose citations name only the document.
    QString publisher() const { return fromManifest ? name : QString(); }
    // What a message on stderr starts with, the way command-line programs name themselves.
    QString messagePrefix() const { return binary + QStringLiteral(": "); }

    // The brand a bundle's brand.json (as the generator wrote it) describes.
    static Result<Brand> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    // The brand of the bundle at `root`: Trustbook's own when it holds no brand.json.
    static Result<Brand> load(const QString &root);

    // The name of the file beside the content, and in the bundle.
    static QString manifestFileName() { return QStringLiteral("brand.json"); }
    static QString iconFileName() { return QStringLiteral("brand.svg"); }
};
