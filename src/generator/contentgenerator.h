#pragma once

#include "brandmanifest.h"
#include "contentchecks.h"
#include "contenterror.h"
#include "documentrenderer.h"
#include "manifest.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <future>
#include <memory>
#include <optional>

// The build step: renders every document of a content folder (its markup format chosen by
// its extension) into the layout of a ContentBundle: one HTML page and one search text per
// document, the manifest, and the search index over all of it, keyed by the content version
// (built by the app's own SearchIndex, so the app opens it instead of building one). Everything is
// rendered in memory first and then put in place as a whole (StagedOutput), so a bad file or a
// failed write leaves the previous output untouched; the output depends only on the input bytes.
// Each document is rendered by `renderer`: in-process in the unit tests, in a child process
// in the build tool.
class ContentGenerator final
{
public:
    // pageTemplate holds {{lang}}, {{title}}, {{style}}, {{body}} and, first in <head>,
    // {{csp}}. The style sheet is inlined into every page and allowed by its hash.
    ContentGenerator(std::unique_ptr<const DocumentRenderer> renderer, QByteArray pageTemplate,
                     QString templateName, QByteArray styleSheet = {});

    // Fails with every problem found (file:line: message). The warnings (ContentChecks) go
    // into `warnings`, or fail the build under setStrict(true).
    Result<Done, QList<ContentError>> generate(const QString &contentDir, const QString &outputDir,
                                               QList<ContentError> *warnings = nullptr) const;
    // What generate() would write, in memory and without the search index (a reader builds its
    // own): the bundle's files by their relative names (`trustbook --preview`). Fails as
    // generate() does.
    Result<QHash<QString, QByteArray>, QList<ContentError>>
    renderFiles(const QString &contentDir, QList<ContentError> *warnings = nullptr) const;
    // Every problem generate() would find, with nothing written (`trustbook-gen --check`).
    ContentChecks::Findings check(const QString &contentDir) const;

    // Warnings fail the build.
    void setStrict(bool strict) { m_strict = strict; }
    // The day reviews are overdue against; today unless a test says otherwise.
    void setToday(QDate today) { m_today = today; }

    QByteArray contentSecurityPolicy() const;

private:
    struct Output
    {
        Manifest manifest;
        QList<QPair<QString, QByteArray>> files; // relative path -> bytes
        QList<ContentChecks::Document> checked;
        std::optional<BrandManifest::Parsed> brand; // when the folder holds a good brand.json
        QByteArray styleSheet; // inlined into every page: the given one, then the brand's accent
        // Built on a thread of its own while the checks run and the manifest is written, when asked
        // for and everything rendered (invalid otherwise).
        std::shared_future<Result<QByteArray>> searchIndex;
    };
    enum class Index { Build, Skip };
    Output render(const QString &contentDir, ContentChecks::Findings *findings,
                  Index index = Index::Skip) const;
    static QStringList addBrand(const QString &contentDir, const QStringList &files, Output *output,
                                QList<ContentError> *errors);
    static bool startExists(const QString &start, const Manifest &manifest);
    // render(), failing on the errors (and, strict, the warnings).
    Result<Output, QList<ContentError>> renderChecked(const QString &contentDir,
                                                      QList<ContentError> *warnings,
                                                      Index index = Index::Skip) const;
    static std::optional<ContentError> checkDocumentId(const QString &path);
    void addDocument(const QString &path, const RenderedDocument &document, Output *output) const;
    QByteArray renderPage(const QString &title, const QByteArray &body,
                          const QByteArray &styleSheet) const;
    static QByteArray contentSecurityPolicy(const QByteArray &styleSheet);
    static QByteArray accentStyle(const QString &accent);
    static Result<QByteArray> searchIndex(const Manifest &manifest,
                                          const QList<ContentChecks::Document> &checked);
    static Result<Done, QList<ContentError>> writeOutput(const Output &output,
                                                         const QString &outputDir);

    std::unique_ptr<const DocumentRenderer> m_renderer;
    QByteArray m_pageTemplate;
    QString m_templateName;
    QByteArray m_styleSheet;
    bool m_strict = false;
    QDate m_today = QDate::currentDate();
};
