#include "contentgenerator.h"

#include "contentbundle.h"
#include "contentfolder.h"
#include "contentversion.h"
#include "pageaddress.h"
#include "searchcorpus.h"
#include "searchindex.h"
#include "stagedoutput.h"

#include <QDir>
#include <QFileInfo>

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
    // No scripts, no frames, no forms, nothing from anywhere but the app's own scheme.
    // Nothing may load from anywhere: the only style is the inlined sheet, allowed by its hash.
    // Pages are self-contained because LocalContentCanAccessFileUrls=false (a lockdown we keep)
    // stops a local-scheme page from loading even our own sub-resources.
    const QByteArray hash = ContentVersion::sha256(m_styleSheet).toBase64();
    return "default-src 'none'; style-src 'sha256-" + hash +
           "'; img-src data:; base-uri 'none'; form-action 'none'";
}

Generated ContentGenerator::generate(const QString &contentDir, const QString &outputDir,
                                     QList<ContentError> *warnings) const
{
    const Result<Output, QList<ContentError>> output = renderChecked(contentDir, warnings);
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
ContentGenerator::renderChecked(const QString &contentDir, QList<ContentError> *warnings) const
{
    using Checked = Result<Output, QList<ContentError>>;
    const qsizetype head = m_pageTemplate.indexOf("<head>");
    if (head < 0 || m_pageTemplate.mid(head + 6).trimmed().indexOf(kCspPlaceholder) != 0)
        return Checked::failure(
            {{m_templateName, 0,
              QStringLiteral("{{csp}} must be the first thing inside <head>: the "
                             "Content-Security-Policy has to precede anything it governs")}});
    ContentChecks::Findings findings;
    Output output = render(contentDir, &findings);
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
                                                  ContentChecks::Findings *findings) const
{
    Output output;
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
    QStringList paths;
    for (const QString &filePath : listing->files) {
        const QFileInfo file(filePath);
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
    const ContentChecks::Findings checked = ContentChecks::run(output.checked, m_today);
    // A broken link may be a consequence of a file that failed to render.
    if (errors.isEmpty())
        errors = checked.errors;
    findings->warnings = checked.warnings;

    output.manifest.contentVersion = ContentVersion::combinedHash(hashes);
    std::stable_sort(output.manifest.documents.begin(), output.manifest.documents.end(),
                     documentOrder);
    return output;
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
    output->files.append(
        {ContentBundle::relativePagePath(id), renderPage(document.entry.title, document.bodyHtml)});
    output->files.append({ContentBundle::relativeSearchTextPath(id), document.searchText});
    output->manifest.documents.append(document.entry);
    output->checked.append({path, document.entry, document.internalLinks, document.sectionTexts});
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

// The sections in the order the app reads them (SearchCorpus::load(): the manifest's document
// order), made into entries by the same code, indexed by the same SearchIndex. From the
// rendered texts, not the JSON written from them: parsing it back cost more than writing it.
Result<QByteArray> ContentGenerator::searchIndex(const Output &output)
{
    QHash<QString, const ContentChecks::Document *> rendered;
    for (const ContentChecks::Document &document : output.checked)
        rendered.insert(document.entry.id, &document);
    QList<SearchEntry> entries;
    for (const DocumentEntry &document : output.manifest.documents) {
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
    return SearchIndex::buildDatabase(entries, output.manifest.contentVersion);
}

Generated ContentGenerator::writeOutput(const Output &output, const QString &outputDir)
{
    const Result<QByteArray> index = searchIndex(output);
    if (!index)
        return Generated::failure(
            {{outputDir, 0, QStringLiteral("building the search index: %1").arg(index.error())}});
    StagedOutput::Files files = output.files;
    files.append({ContentBundle::relativeSearchIndexPath(), *index});
    files.append({ContentBundle::relativeManifestPath(), output.manifest.toJson()});
    const Result<Done, ContentError> published = StagedOutput::publish(outputDir, files);
    return published ? Generated::success({}) : Generated::failure({published.error()});
}
