#include "contentgenerator.h"

#include "contentversion.h"
#include "frontmatter.h"
#include "markdownrenderer.h"
#include "scriptblockstripper.h"
#include "sectionsplitter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace {

const QByteArray kCspPlaceholder = QByteArrayLiteral("{{csp}}");

// The document id is the host of its page URL, and URL hosts are case-folded: only ids that
// survive that unchanged are accepted.
bool isValidDocumentId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    return pattern.match(id).hasMatch();
}

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray sectionHtml(const Section &section)
{
    return "<section class=\"qa\" id=\"" + escaped(section.id) + "\">\n" + section.html +
           "</section>\n";
}

bool documentOrder(const DocumentEntry &a, const DocumentEntry &b)
{
    if (a.order.has_value() != b.order.has_value())
        return a.order.has_value();
    if (a.order != b.order)
        return *a.order < *b.order;
    return a.title != b.title ? a.title < b.title : a.id < b.id;
}

QJsonObject searchEntry(const DocumentEntry &document, const Section &section)
{
    return QJsonObject{
        {QStringLiteral("path"), QString(document.id + QLatin1Char('/') + section.id)},
        {QStringLiteral("title"), section.title},
        {QStringLiteral("document"), document.title},
        {QStringLiteral("text"), section.plainText}};
}

std::optional<QByteArray> readFile(const QString &path, ContentError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())};
        return std::nullopt;
    }
    return file.readAll();
}

// One pass over the template, so a value that happens to contain "{{body}}" stays text.
QByteArray fillTemplate(const QByteArray &pageTemplate, const QHash<QByteArray, QByteArray> &values)
{
    QByteArray page;
    qsizetype from = 0;
    for (qsizetype open = pageTemplate.indexOf("{{"); open >= 0;
         open = pageTemplate.indexOf("{{", from)) {
        const qsizetype close = pageTemplate.indexOf("}}", open);
        if (close < 0)
            break;
        const QByteArray key = pageTemplate.mid(open, close + 2 - open);
        page += pageTemplate.mid(from, open - from);
        page += values.value(key, key);
        from = close + 2;
    }
    return page + pageTemplate.mid(from);
}

} // namespace

ContentGenerator::ContentGenerator(QByteArray pageTemplate, QString templateName,
                                   QByteArray styleSheet)
    : m_pageTemplate(std::move(pageTemplate))
    , m_templateName(std::move(templateName))
    , m_styleSheet(std::move(styleSheet))
{}

QByteArray ContentGenerator::contentSecurityPolicy() const
{
    // No scripts, no frames, no forms, nothing from anywhere but the app's own scheme.
    // Nothing may load from anywhere: the only style is the inlined sheet, allowed by its hash.
    // Pages are self-contained because LocalContentCanAccessFileUrls=false (a lockdown we keep)
    // stops a local-scheme page from loading even our own sub-resources.
    const QByteArray hash =
        QCryptographicHash::hash(m_styleSheet, QCryptographicHash::Sha256).toBase64();
    return "default-src 'none'; style-src 'sha256-" + hash +
           "'; img-src data:; base-uri 'none'; form-action 'none'";
}

QList<ContentError> ContentGenerator::generate(const QString &contentDir,
                                               const QString &outputDir) const
{
    const qsizetype head = m_pageTemplate.indexOf("<head>");
    if (head < 0 || m_pageTemplate.mid(head + 6).trimmed().indexOf(kCspPlaceholder) != 0)
        return {{m_templateName, 0,
                 QStringLiteral("{{csp}} must be the first thing inside <head>: the "
                                "Content-Security-Policy has to precede anything it governs")}};

    const QFileInfoList files =
        QDir(contentDir)
            .entryInfoList({QStringLiteral("*.md")}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty())
        return {{contentDir, 0, QStringLiteral("no *.md documents in this folder")}};

    Output output;
    QList<ContentError> errors;
    QMap<QString, QString> hashes;
    for (const QFileInfo &file : files) {
        ContentError error;
        if (!renderDocument(file.filePath(), &output, &error))
            errors.append(error);
        else
            hashes.insert(file.fileName(), output.manifest.documents.last().sha256);
    }
    if (!errors.isEmpty())
        return errors;

    output.manifest.contentVersion = ContentVersion::combinedHash(hashes);
    std::stable_sort(output.manifest.documents.begin(), output.manifest.documents.end(),
                     documentOrder);
    return writeOutput(output, outputDir);
}

bool ContentGenerator::renderDocument(const QString &path, Output *output,
                                      ContentError *error) const
{
    const QString id = QFileInfo(path).completeBaseName();
    if (!isValidDocumentId(id)) {
        *error = {
            path, 0,
            QStringLiteral("the file name gives the document id '%1', which must be lower-case "
                           "letters, digits and '-' (it is part of every link to it)")
                .arg(id)};
        return false;
    }
    const std::optional<QByteArray> source = readFile(path, error);
    if (!source)
        return false;
    QByteArray body;
    const std::optional<FrontMatter> frontMatter = FrontMatter::parse(*source, path, &body, error);
    if (!frontMatter)
        return false;
    const std::optional<QByteArray> markdown = ScriptBlockStripper::strip(body, path, error);
    if (!markdown)
        return false;

    const SplitDocument split = SectionSplitter::split(MarkdownRenderer().render(*markdown));
    DocumentEntry entry{id,
                        frontMatter->title,
                        frontMatter->section,
                        frontMatter->description,
                        frontMatter->url,
                        frontMatter->order,
                        ContentVersion::documentHash(*source),
                        {}};
    QByteArray html = split.introHtml;
    for (const Section &section : split.sections) {
        entry.sections.append({section.id, section.title, section.line});
        html += sectionHtml(section);
    }
    output->files.append({QStringLiteral("pages/%1.html").arg(id), renderPage(entry.title, html)});
    QJsonArray searchText;
    for (const Section &section : split.sections)
        searchText.append(searchEntry(entry, section));
    output->files.append({QStringLiteral("search/%1.json").arg(id),
                          QJsonDocument(searchText).toJson(QJsonDocument::Indented)});
    output->manifest.documents.append(entry);
    return true;
}

QByteArray ContentGenerator::renderPage(const QString &title, const QByteArray &body) const
{
    const QHash<QByteArray, QByteArray> values{
        {kCspPlaceholder, "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
                              contentSecurityPolicy() + "\">"},
        {"{{lang}}", "en"},
        {"{{style}}", "<style>" + m_styleSheet + "</style>"},
        {"{{title}}", escaped(title)},
        {"{{body}}", body}};
    return fillTemplate(m_pageTemplate, values);
}

QList<ContentError> ContentGenerator::writeOutput(const Output &output, const QString &outputDir)
{
    QList<QPair<QString, QByteArray>> files = output.files;
    files.append({QStringLiteral("manifest.json"), output.manifest.toJson()});
    for (const auto &[relativePath, bytes] : files) {
        const QString path = outputDir + QLatin1Char('/') + relativePath;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return {{path, 0, QStringLiteral("cannot write: %1").arg(file.errorString())}};
    }
    return {};
}
