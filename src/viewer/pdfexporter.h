#pragma once

#include "contentbundle.h"
#include "pdfmetadata.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QObject>
#include <QPageLayout>
#include <QTimer>

#include <array>
#include <chrono>
#include <future>
#include <memory>

class HelpPage;
struct DocumentScope;
class QWebEngineProfile;
class QWebEngineView;

struct PdfExportRequest
{
    QList<SectionRef> places; // sections and/or whole documents (section -1), any order
    QString filePath;         // empty: keep the PDF in memory (PdfExport::pdf), for printing
    QPageLayout pageLayout = defaultPageLayout(QPageSize::A4);
    QDateTime exportedAt = QDateTime::currentDateTime(); // in the title block and every footer
    QString preparedFor; // the recipient stamped on every page; empty: none
    // False: the PDF comes back in PdfExport::pdf even with a path, for the caller to write
    // (the export child hands it to its parent); the path still names the file in messages.
    bool writeFile = true;

    static QPageLayout
    defaultPageLayout(QPageSize::PageSizeId size,
                      QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // The paper people in that locale have: Letter in the US and Canada, else A4.
    static QPageSize::PageSizeId localPageSize(const QLocale &locale);
};

// What a finished export made.
struct PdfExport
{
    QString filePath;
    int pageCount = 0;
    QByteArray pdf; // the document, when the request named no file
};

// The export, or why it failed: the message names the path and the reason.
using PdfExportResult = Result<PdfExport>;

// Exports places in the content to a PDF file, text kept as text (printToPdf, not a raster
// print). It renders on its own off-screen page of the locked-down profile: each document's
// page is loaded, the chosen sections are taken from it, and the last page is rebuilt as the
// export (title block first) by the app's own script. Loading real pages, rather than
// building HTML here, keeps the one generated page, its inlined style sheet and its CSP hash
// the only way content reaches Chromium.
//
// The Qt 6.4 traps it avoids (docs/platform-notes.md): it prints only after loadFinished(true)
// (before that Chromium returns a blank PDF as success); it takes the bytes through the
// callback and writes them with QSaveFile (the file overload truncates the target first); it
// runs one export at a time and refuses another; it never stops or deletes a page that prints
// (segfault), not even when it is destroyed itself, but parks it on the profile until it is
// done; and it gives up when nothing progresses for 60 s (the print itself, which reports
// nothing, gets 25 ms a section more), since a renderer that dies mid-print never calls back.
class PdfExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExporter)

public:
    // `profile` serves `bundle`'s pages; both must outlive the exporter.
    // See setSectionsPerPrint(). Measured at 3,000 and 10,000 sections (tests/benchmarks):
    // parts of a few hundred sections cost Chromium less than a tenth of what one print's
    // destinations did, and the joining little.
    static constexpr int kSectionsPerPrint = 300;

    PdfExporter(QWebEngineProfile *profile, const ContentBundle &bundle, QObject *parent = nullptr);
    ~PdfExporter() override;

    // Starts an export; finished() follows. Fails, with no signal, when another export runs,
    // the request names nothing to export, or a page cannot be read.
    Result<Done> start(const PdfExportRequest &request);
    // Abandons the running export: finished() reports it cancelled, the target is untouched.
    void cancel();
    bool isBusy() const { return m_job != nullptr; }
    void setTimeout(std::chrono::milliseconds timeout);
    // Chromium's print costs, beyond the pages, the pages times the named destinations (every
    // page is searched for every link target): at 10,000 sections more than the pages
    // themselves. So an export of more sections than this is printed in parts at document
    // boundaries, each with its own destinations, and the parts are joined (QpdfTools). Each
    // document starts a page either way, so the pages are the same.
    void setSectionsPerPrint(int sections);

    // "Could not export PATH: REASON", or for an export kept in memory "Could not prepare the
    // pages: REASON": every export failure reads the same, wherever it happened.
    static QString failureMessage(const QString &filePath, const QString &reason);

Q_SIGNALS:
    // `done` of `total` steps: the page loaded, then each print; the last step is the last
    // print.
    void progress(int done, int total);
    void finished(const PdfExportResult &result);
    // The page's renderer died: finished() follows with a failure that a retry may not have.
    void rendererStopped();

private:
    struct Job;
    struct Print;
    // A page that prints. An export of several prints uses two at once, each in its own
    // renderer process on its own processor, each taking the next print when it is done with
    // one: at 10,000 sections that took the export from 85 to 46 s on two processors.
    struct Lane
    {
        HelpPage *page = nullptr;
        // Never shown: a page printed from a view prints faster than one without (Qt 6.4:
        // about 15% at 100 sections), so each export's page is put in its lane's view.
        std::unique_ptr<QWebEngineView> host;
        qsizetype print = -1; // the print it composes or prints; -1: none
        bool printing = false;
        std::chrono::milliseconds rendererCpu{-1}; // at the last look; -1: unknown
    };
    static constexpr std::size_t kLanes = 2;

    HelpPage *createPage(std::size_t lane);
    void onLoadFinished(std::size_t lane, bool ok);
    static QList<Print> plan(const QList<DocumentScope> &scopes, int sectionsPerPrint);
    // The chosen part of the first `count` documents, as HTML.
    Result<QJsonArray> documentBodies(const QList<DocumentScope> &scopes, qsizetype count) const;
    qsizetype sectionsIn(const Print &print) const;
    int progressSteps() const;
    void takeNextPrint(std::size_t lane);
    void compose(std::size_t lane);
    void print(std::size_t lane);
    void onPrinted(std::size_t lane, const QByteArray &pdf);
    void finishPrints();
    void checkRendererBusy();
    void fail(const QString &reason);
    void finish(PdfExportResult result);
    void retirePages();
    bool isCurrent(quint64 jobId) const;
    QByteArray printJson(qsizetype print) const; // what kComposeScript makes a print of
    QJsonObject titleBlock() const;              // the first print's
    PdfMetadata stamp() const;    // what every footer says: no bookmarks, no keywords
    PdfMetadata metadata() const; // for PdfFinisher
    // A bookmark per document and section of `scopes`, each with its anchor.
    QList<PdfOutlineEntry> outline(const QList<DocumentScope> &scopes) const;
    QString creator() const;
    QJsonArray sectionIds(const DocumentScope &scope) const;
    static QString heading(const QStringList &titles);

    QWebEngineProfile *m_profile;
    const ContentBundle &m_bundle;
    const ContentCatalog &m_catalog;
    std::array<Lane, kLanes> m_lanes;
    std::unique_ptr<Job> m_job;
    int m_sectionsPerPrint = kSectionsPerPrint;
    quint64 m_lastJobId = 0; // callbacks carry their job's id; those of ended jobs are ignored
    // The finishing's first use of fonts, QPdfWriter and Qt PDF, made while Chromium prints.
    std::future<void> m_warmUp;
    QTimer m_timeout;
    std::chrono::milliseconds m_baseTimeout = std::chrono::seconds(60);
    // While Chromium prints: a renderer still using the processor is still printing, so the
    // limit on time without progress starts again (see ProcessCpuTime).
    QTimer m_liveness;
};
