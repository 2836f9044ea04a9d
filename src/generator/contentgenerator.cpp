#include "contentgenerator.h"

#include "brandmanifest.h"
#include "contentbundle.h"
#include "contentfolder.h"
#include "contentversion.h"
#include "pageaddress.h"
#include "searchcorpus.h"
#include "searchindex.h"
#include "stagedoutput.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace {

const QByteArray kCspPlaceholder = QByteArrayLiteral("{{csp}}");

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

bool documentOrder(const DocumentEntry &a, const DocumentEntry &b)
{
    if (a.order.has_value() != b.order.has_value())
        return a.order.has_value();
    if (a.order != b.order)
        return *a.order < *b.order;
    return a.title != b.title ? a.title < b.title : a.id < b.id;
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

QString notADocument(const QString &suffix, const QStringList &extensions)
{
    const QString known = QLatin1Char('.') + extensions.join(QLatin1String(", ."));
    return suffix.isEmpty()
               ? QStringLiteral("not a document: the name has no extension to choose a markup "
                                "format by (a content folder holds only %1 documents)")
                     .arg(known)
               : QStringLiteral("not a document: no markup format reads '.%1' files (a content "
                                "folder holds only %2 documents)")
                     .arg(suffix, known);
}

using Generated = Result<Done, QList<ContentError>>;

} // namespace

ContentGenerator::ContentGenerator(std::unique_ptr<const DocumentRenderer> renderer,
                                   QByteArray pageTemplate, QString templateName,
                                   QByteArray styleSheet)
    : m_renderer(std::move(renderer))
    , m_pageTemplate(std::move(pageTemplate))
    , m_templateName(std::move(templateName))
    , m_styleSheet(std::move(styleSheet))
{}

QByteArray ContentGenerator::contentSecurityPolicy() const
{
    return contentSecurityPolicy(m_styleSheet);
}

QByteArray ContentGenerator::contentSecurityPolicy(const QByteArray &styleSheet)
{
    // No scripts, no frames, no forms, nothing from anywhere but the app's own scheme.
    // Nothing may load from anywhere: the only style is the inlined sheet, allowed by its hash.
    // Pages are self-contained because LocalContentCanAccessFileUrls=false (a lockdown we keep)
    // stops a local-scheme page from loading even our own sub-resources.
    const QByteArray hash = ContentVersion::sha256(styleSheet).toBase64();
    return "default-src 'none'; style-src 'sha256-" + hash +
           "'; img-src data:; base-uri 'none'; form-action 'none'";
}

Generated ContentGenerator::generate(const QString &contentDir, const QString &outputDir,
                                     QList<ContentError> *warnings) const
{
    const Result<Output, QList<ContentError>> output =
        renderChecked(contentDir, warnings, Index::Build);
    return output ? writeOutput(*output, outputDir) : Generated::failure(output.error());
}

Result<QHash<QString, QByteArray>, QList<ContentError>>
ContentGenerator::renderFiles(const QString &contentDir, QList<ContentError> *warnings) const
{
    using Files = Result<QHash<QString, QByteArray>, QList<ContentError>>;
    const Result<Output, QList<ContentError>> output = renderChecked(contentDir, warnings);
    if (!output)
        return Files::failure(output.error());
    QHash<QString, QByteArray> files;
    for (const auto &[path, bytes] : output->files)
        files.insert(path, bytes);
    files.insert(ContentBundle::relativeManifestPath(), output->manifest.toJson());
    return Files::success(std::move(files));
}

Result<ContentGenerator::Output, QList<ContentError>>
ContentGenerator::renderChecked(const QString &contentDir, QList<ContentError> *warnings,
                                Index index) const
{
    using Checked = Result<Output, QList<ContentError>>;
    const qsizetype head = m_pageTemplate.indexOf("<head>");
    if (head < 0 || m_pageTemplate.mid(head + 6).trimmed().indexOf(kCspPlaceholder) != 0)
        return Checked::failure(
            {{m_templateName, 0,
              QStringLiteral("{{csp}} must be the first thing inside <head>: the "
                             "Content-Security-Policy has to precede anything it governs")}});
    ContentChecks::Findings findings;
    Output output = render(contentDir, &findings, index);
    if (m_strict)
        findings.errors += std::exchange(findings.warnings, {});
    if (warnings)
        *warnings = findings.warnings;
    if (!findings.errors.isEmpty())
        return Checked::failure(findings.errors);
    return Checked::success(std::move(output));
}

ContentChecks::Findings ContentGenerator::check(const QString &contentDir) const
{
    ContentChecks::Findings findings;
    render(contentDir, &findings);
    return findings;
}

// Everything generate() writes, in memory, and every problem with it in `findings`; the
// output is whole only when there are no errors.
ContentGenerator::Output ContentGenerator::render(const QString &contentDir,
                                                  ContentChecks::Findings *findings,
                                                  Index index) const
{
    Output output;
    output.styleSheet = m_styleSheet;
    QList<ContentError> &errors = findings->errors;

    // Every file is a document, whichever format it is in: the build compiles in what the folder
    // holds, and the content version covers every file, so a stray one is an error, not ignored.
    const Result<ContentFolder::Listing, ContentError> listing = ContentFolder::list(contentDir);
    if (!listing) {
        errors = {listing.error()};
        return output;
    }
    const QStringList extensions = m_renderer->extensions();
    if (listing->files.isEmpty() && listing->errors.isEmpty()) {
        errors = {{contentDir, 0,
                   QStringLiteral("no documents (.%1) in this folder")
                       .arg(extensions.join(QLatin1String(", .")))}};
        return output;
    }

    errors = listing->errors;
    const QStringList brandFiles = addBrand(contentDir, listing->files, &output, &errors);
    QStringList paths;
    for (const QString &filePath : listing->files) {
        const QFileInfo file(filePath);
        if (brandFiles.contains(filePath))
            continue;
        if (!extensions.contains(file.suffix().toLower()))
            errors.append({file.filePath(), 0, notADocument(file.suffix(), extensions)});
        else if (const std::optional<ContentError> error = checkDocumentId(file.filePath()))
            errors.append(*error);
        else
            paths.append(file.filePath());
    }
    QMap<QString, QString> hashes;
    const QList<RenderResult> results = m_renderer->renderAll(paths);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const RenderResult &result = results.at(i);
        if (!result) {
            errors.append(result.error());
            continue;
        }
        addDocument(paths.at(i), *result, &output);
        hashes.insert(result->entry.source, result->entry.sha256);
    }
    // Files in name order, whichever were rendered first.
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ContentError &a, const ContentError &b) { return a.file < b.file; });
    output.manifest.contentVersion = ContentVersion::combinedHash(hashes);
    std::stable_sort(output.manifest.documents.begin(), output.manifest.documents.end(),
                     documentOrder);
    // The index is most of a large build's time and needs nothing the checks find: it is built
    // meanwhile, from copies that share the texts (neither side changes them). A build the
    // checks then fail waits for it, and throws it away.
    if (index == Index::Build && errors.isEmpty())
        output.searchIndex =
            std::async(std::launch::async, searchIndex, output.manifest, output.checked).share();
    const ContentChecks::Findings checked = ContentChecks::run(output.checked, m_today);
    // A broken link may be a consequence of a file that failed to render.
    if (errors.isEmpty())
        errors = checked.errors;
    if (errors.isEmpty() && output.brand && !output.brand->brand.start.isEmpty() &&
        !startExists(output.brand->brand.start, output.manifest))
        errors.append(BrandManifest::unknownStart(brandFiles.constFirst(), *output.brand));
    findings->warnings = checked.warnings;
    return output;
}

// The brand beside the content (brand.json and the icon it names) is checked, and compiled in
// as the bundle's brand.json and brand.svg. Returns the files it claims, which are no documents.
QStringList ContentGenerator::addBrand(const QString &contentDir, const QStringList &files,
                                       Output *output, QList<ContentError> *errors)
{
    const auto found = std::find_if(files.begin(), files.end(), [](const QString &f) {
        return QFileInfo(f).fileName() == Brand::manifestFileName();
    });
    if (found == files.end())
        return {};
    QStringList claimed{*found};
    Result<BrandManifest::Parsed, QList<ContentError>> parsed = BrandManifest::read(contentDir);
    QFile manifest(*found);
    // The icon is claimed even when the manifest is wrong, so it is not also "not a document".
    if (manifest.open(QIODevice::ReadOnly)) {
        const QString icon = QJsonDocument::fromJson(manifest.readAll())
                                 .object()
                                 .value(QLatin1String("icon"))
                                 .toString();
        if (!icon.isEmpty())
            claimed.append(QDir(contentDir).filePath(icon));
    }
    if (!parsed) {
        for (ContentError error : parsed.error()) {
            error.file = *found;
            errors->append(error);
        }
        return claimed;
    }
    output->files.append({Brand::manifestFileName(), parsed->brand.toJson()});
    if (!parsed->iconPath.isEmpty()) {
        QFile icon(parsed->iconPath);
        if (!icon.open(QIODevice::ReadOnly)) {
            errors->append({parsed->iconPath, 0, icon.errorString()});
            return claimed;
        }
        output->files.append({Brand::iconFileName(), icon.readAll()});
    }
    if (!parsed->brand.accent.isEmpty())
        output->styleSheet += accentStyle(parsed->brand.accent);
    output->brand = *std::move(parsed);
    return claimed;
}

// The brand's colour where style.css puts its accent (the questions' rule) and on selected
// text. On a dark page the colour is mixed halfway to white, so it stays as visible there.
QByteArray ContentGenerator::accentStyle(const QString &accent)
{
    const uint rgb = accent.mid(1).toUInt(nullptr, 16);
    QByteArray dark = "#";
    for (const int shift : {16, 8, 0}) {
        const uint channel = (rgb >> shift) & 0xffU;
        dark += QByteArray::number(channel + (0xffU - channel) / 2, 16).rightJustified(2, '0');
    }
    const QByteArray light = accent.toLatin1();
    return "\n/* The brand's accent (brand.json). */\n:root { --accent: " + light +
           "; }\n:root[data-theme=\"dark\"] { --accent: " + dark +
           "; }\n::selection { background: var(--accent); color: var(--background); }\n"
           "@media print { :root, :root[data-theme=\"dark\"] { --accent: " +
           light + "; } }\n";
}

bool ContentGenerator::startExists(const QString &start, const Manifest &manifest)
{
    const qsizetype slash = start.indexOf(QLatin1Char('/'));
    const QString document = start.left(slash);
    const QString section = start.mid(slash + 1);
    for (const DocumentEntry &entry : manifest.documents) {
        if (entry.id != document)
            continue;
        return slash < 0 ||
               std::any_of(entry.sections.begin(), entry.sections.end(),
                           [&section](const SectionEntry &s) { return s.id == section; });
    }
    return false;
}

std::optional<ContentError> ContentGenerator::checkDocumentId(const QString &path)
{
    const QString id = QFileInfo(path).completeBaseName();
    if (PageAddress::isDocumentId(id))
        return std::nullopt;
    return ContentError{
        path, 0,
        QStringLiteral("the file name gives the document id '%1', which must be lower-case "
                       "letters, digits and '-' (it is part of every link to it)")
            .arg(id)};
}

void ContentGenerator::addDocument(const QString &path, const RenderedDocument &document,
                                   Output *output) const
{
    const QString id = QFileInfo(path).completeBaseName();
    output->files.append({ContentBundle::relativePagePath(id),
                          renderPage(document.entry.title, document.bodyHtml, output->styleSheet)});
    output->files.append({ContentBundle::relativeSearchTextPath(id), document.searchText});
    output->manifest.documents.append(document.entry);
    output->checked.append({path, document.entry, document.internalLinks, document.sectionTexts});
}

QByteArray ContentGenerator::renderPage(const QString &title, const QByteArray &body,
                                        const QByteArray &styleSheet) const
{
    const QHash<QByteArray, QByteArray> values{
        {kCspPlaceholder, "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
                              contentSecurityPolicy(styleSheet) + "\">"},
        {"{{lang}}", "en"},
        {"{{style}}", "<style>" + styleSheet + "</style>"},
        {"{{title}}", escaped(title)},
        {"{{body}}", body}};
    return fillTemplate(m_pageTemplate, values);
}

// The sections in the order the app reads them (SearchCorpus::load(): the manifest's document
// order), made into entries by the same code, indexed by the same SearchIndex. From the
// rendered texts, not the JSON written from them: parsing it back cost more than writing it.
Result<QByteArray> ContentGenerator::searchIndex(const Manifest &manifest,
                                                 const QList<ContentChecks::Document> &checked)
{
    QHash<QString, const ContentChecks::Document *> rendered;
    for (const ContentChecks::Document &document : checked)
        rendered.insert(document.entry.id, &document);
    QList<SearchEntry> entries;
    for (const DocumentEntry &document : manifest.documents) {
        const ContentChecks::Document *texts = rendered.value(document.id);
        if (!texts || texts->sectionTexts.size() != document.sections.size())
            return Result<QByteArray>::failure(
                QStringLiteral("%1: the rendered text does not match its sections")
                    .arg(ContentBundle::relativeSearchTextPath(document.id)));
        for (qsizetype i = 0; i < document.sections.size(); ++i) {
            const SectionEntry &section = document.sections.at(i);
            entries.append(SearchCorpus::entry(document.id + QLatin1Char('/') + section.id,
                                               section.title, document.title,
                                               texts->sectionTexts.at(i)));
        }
    }
    return SearchIndex::buildDatabase(entries, manifest.contentVersion);
}

Generated ContentGenerator::writeOutput(const Output &output, const QString &outputDir)
{
    StagedOutput::Files files = output.files;
    const QByteArray manifest = output.manifest.toJson();
    const Result<QByteArray> &index = output.searchIndex.get();
    if (!index)
        return Generated::failure(
            {{outputDir, 0, QStringLiteral("building the search index: %1").arg(index.error())}});
    files.append({ContentBundle::relativeSearchIndexPath(), *index});
    files.append({ContentBundle::relativeManifestPath(), manifest});
    const Result<Done, ContentError> published = StagedOutput::publish(outputDir, files);
    return published ? Generated::success({}) : Generated::failure({published.error()});
}
