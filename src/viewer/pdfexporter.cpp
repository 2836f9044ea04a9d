#include "pdfexporter.h"

#include "appscheme.h"
#include "atomicfilewriter.h"
#include "contentschemehandler.h"
#include "exportscope.h"
#include "helppage.h"
#include "pageaddress.h"
#include "pagesections.h"
#include "pdffooter.h"
#include "processcputime.h"
#include "qpdftoolsloader.h"
#include "viewerlogging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace {

using namespace std::chrono_literals;
constexpr auto kPrintAllowancePerSection = 25ms;
// How often a printing renderer is looked at, and the processor time it must have used since
// to count as working: a hung one uses none, a printing one most of a core.
constexpr auto kLivenessInterval = 2s;
constexpr auto kBusyCpu = 100ms;

// Turns the loaded page into one print of the export: the documents of the print (cut from
// their pages by PageSections) are parsed in, followed, when the loaded document is the print's
// last, by its chosen sections; the first print gets the title block. The loaded document's own
// nodes are kept, not re-parsed: for the usual one-document export nothing is parsed twice, and
// printing fresh nodes was slower. The title block is built with textContent, so no title or
// hash is ever parsed as HTML. Returns how many sections the print holds, for the exporter to
// check.
//
// Every document and section gets an anchor: Chromium writes a named destination for each
// element a link of the same print points to, and the bookmarks land there (PdfOutline). The
// title block's contents link to all of them; a later print links to its own from a list that
// is not displayed. Contents that link into a later print point at placeholders (not displayed
// either, so Chromium writes the link and no destination of its own); the finisher joins the
// prints' destinations, which the links then find.
const char kComposeScript[] = R"js(
(function (data) {
    var main = document.querySelector('main.document');
    if (!main) return -1;
    var last = null;
    if (data.keepLoaded) {
        var chosen = new Set(data.lastIds);
        last = document.createElement('article');
        last.className = 'export-document';
        Array.prototype.slice.call(main.childNodes).forEach(function (node) {
            if (node.nodeType === Node.ELEMENT_NODE && node.matches('section.qa') &&
                !chosen.has(node.id))
                node.remove();
            else
                last.appendChild(node);
        });
    }
    main.innerHTML = data.documents.map(function (html) {
        return '<article class="export-document">' + html + '</article>';
    }).join('\n');
    if (last) main.appendChild(last);
    function add(parent, tag, text, className) {
        var node = document.createElement(tag);
        if (text !== null) node.textContent = text;
        if (className) node.className = className;
        parent.appendChild(node);
        return node;
    }
    var articles = main.querySelectorAll('article.export-document');
    var sectionNodes = main.querySelectorAll('section.qa');
    if (sectionNodes.length !== data.sectionAnchors.length ||
        articles.length !== data.documentAnchors.length) return sectionNodes.length;
    articles.forEach(function (article, d) { article.id = data.documentAnchors[d]; });
    sectionNodes.forEach(function (node, s) {
        var heading = node.querySelector('h2, h3, h4, h5, h6');
        (heading || node).id = data.sectionAnchors[s];
    });
    var unseen = add(main, 'div', null, '');
    unseen.style.display = 'none';
    var title = data.title;
    if (title) {
        var header = document.createElement('header');
        header.className = 'export-title';
        add(header, 'p', title.label, 'export-label');
        add(header, 'p', title.heading, 'export-heading');
        var facts = add(header, 'dl', null, '');
        title.facts.forEach(function (fact) {
            add(facts, 'dt', fact.name, fact.hash ? 'export-hash' : '');
            add(facts, 'dd', fact.value, fact.hash ? 'export-hash' : '');
        });
        add(header, 'p', title.contentsLabel, 'export-label');
        var contents = add(header, 'ol', null, 'export-contents');
        title.contents.forEach(function (entry) {
            var item = add(contents, 'li', null, '');
            add(item, 'a', entry.title, '').href = '#' + entry.anchor;
            var sections = add(item, 'ol', null, '');
            entry.sections.forEach(function (section) {
                add(add(sections, 'li', null, ''), 'a', section.title, '').href =
                    '#' + section.anchor;
            });
        });
        main.insertBefore(header, main.firstChild);
        title.elsewhere.forEach(function (anchor) { add(unseen, 'span', null, '').id = anchor; });
        document.title = title.heading;
    } else {
        data.documentAnchors.concat(data.sectionAnchors).forEach(function (anchor) {
            add(unseen, 'a', null, '').href = '#' + anchor;
        });
    }
    // A link that shows its own address needs it printed only once.
    main.querySelectorAll('a[href]').forEach(function (link) {
        if (link.textContent.trim() === link.getAttribute('href')) link.classList.add('bare');
    });
    return sectionNodes.length;
})(%1)
)js";

// The ids the title block's contents link to, one per document and section of the export:
// ids of their own, since two documents may hold sections of the same id.
QString documentAnchor(int index)
{
    return QStringLiteral("trustbook-document-%1").arg(index + 1);
}

QString sectionAnchor(int index)
{
    return QStringLiteral("trustbook-section-%1").arg(index + 1);
}

QString script(const char *source, const QByteArray &json)
{
    return QString::fromUtf8(source).arg(QString::fromUtf8(json));
}

QJsonObject fact(const QString &name, const QString &value, bool hash = false)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("value"), value},
            {QStringLiteral("hash"), hash}};
}

// 0 when `pdf` is not a readable PDF, or when its first page lacks `mustShow`: that is how a
// blank page printed as "success" is caught before it can replace a good file.
int checkedPageCount(const QByteArray &pdf, const QString &mustShow)
{
    if (pdf.isEmpty())
        return 0;
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer); // synchronous for a buffer holding the whole file
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() < 1)
        return 0;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QString firstPage = document.getAllText(0).text().remove(whitespace);
    return !firstPage.isEmpty() && firstPage.contains(mustShow) ? document.pageCount() : 0;
}

// The pages of all the prints, or 0 when one of them fails the check: the first must show the
// content version (its title block does), every one some text.
int checkedPageCount(const QList<QByteArray> &prints, const QString &contentVersion)
{
    int pages = 0;
    for (qsizetype i = 0; i < prints.size(); ++i) {
        const int printed = checkedPageCount(prints.at(i), i == 0 ? contentVersion : QString());
        if (printed == 0)
            return 0;
        pages += printed;
    }
    return pages;
}

// The first footer drawn and the first PDF Qt PDF reads cost about 20 ms between them
// (fontconfig, FreeType, QPdfWriter, PDFium's start), and loading the qpdf module a few more,
// all of it after Chromium has printed and before the file can be written. Paid on another
// thread while the renderer prints, it is off that path: the module is loaded, one footer
// page is drawn and read back, and thrown away.
void warmUpFinishing(const PdfMetadata &metadata, const QSizeF &pageSize)
{
    static_cast<void>(QpdfToolsLoader::tools());
    if (const Result<QByteArray> footer = PdfFooter::render(metadata, {pageSize}))
        static_cast<void>(checkedPageCount(*footer, QString()));
}

Result<QByteArray> finishedPdf(const QList<QByteArray> &printed, const PdfMetadata &metadata)
{
    const Result<const QpdfTools *> tools = QpdfToolsLoader::tools();
    if (!tools)
        return Result<QByteArray>::failure(tools.error());
    return (*tools)->finish(printed, metadata, [&metadata](const QList<QSizeF> &pageSizes) {
        return PdfFooter::render(metadata, pageSizes);
    });
}

} // namespace

QPageLayout PdfExportRequest::defaultPageLayout(QPageSize::PageSizeId size,
                                                QPageLayout::Orientation orientation)
{
    // Room for a hole punch and a binder's edge, without wasting paper.
    return QPageLayout(QPageSize(size), orientation, QMarginsF(18, 16, 18, 16),
                       QPageLayout::Millimeter);
}

QPageSize::PageSizeId PdfExportRequest::localPageSize(const QLocale &locale)
{
    const QLocale::Territory territory = locale.territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                              : QPageSize::A4;
}

// The documents of one print: scopes [first, end) of the export.
struct PdfExporter::Print
{
    qsizetype first = 0;
    qsizetype end = 0;
};

struct PdfExporter::Job
{
    quint64 id = 0;
    PdfExportRequest request;
    QList<DocumentScope> scopes;
    QList<Print> prints;
    // A bookmark per document with one per section under it, each with its anchor: what the
    // title block's contents link to, each print marks and the finisher makes the outline of.
    QList<PdfOutlineEntry> outline;
    // The chosen part of the documents that are parsed in, as HTML: every document but the last
    // for an export printed at once, every document for one printed in parts.
    QJsonArray bodies;
    qsizetype nextPrint = 0;   // the first print no lane has taken
    int started = 0;           // prints handed to Chromium
    qsizetype done = 0;        // prints back from Chromium
    QList<QByteArray> printed; // the prints, in order, as they come back
};

// The export's documents in prints of at most `sectionsPerPrint` sections (a document larger
// than that is a print by itself), in order.
QList<PdfExporter::Print> PdfExporter::plan(const QList<DocumentScope> &scopes,
                                            int sectionsPerPrint)
{
    QList<Print> prints;
    qsizetype inPrint = 0;
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const qsizetype sections = scopes.at(i).sections.size();
        if (prints.isEmpty() || (inPrint > 0 && inPrint + sections > sectionsPerPrint)) {
            prints.append({i, i});
            inPrint = 0;
        }
        prints.last().end = i + 1;
        inPrint += sections;
    }
    return prints;
}

PdfExporter::PdfExporter(QWebEngineProfile *profile, const ContentBundle &bundle, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_bundle(bundle)
    , m_catalog(bundle.catalog())
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_baseTimeout);
    // The limit is on time without progress, not on the whole export: everything at 10,000
    // sections takes minutes and is fine, a renderer that died never signals again.
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto seconds = static_cast<double>(m_timeout.intervalAsDuration().count()) / 1000.0;
        fail(tr("it did not finish: no progress within %1 s").arg(seconds));
    });
    m_liveness.setInterval(kLivenessInterval);
    connect(&m_liveness, &QTimer::timeout, this, &PdfExporter::checkRendererBusy);
    connect(this, &PdfExporter::progress, &m_timeout, [this] {
        if (m_timeout.isActive())
            m_timeout.start();
    });
}

PdfExporter::~PdfExporter()
{
    // A window closed mid-export: a page still printing outlives us (see retirePages).
    m_job.reset();
    retirePages();
}

void PdfExporter::setSectionsPerPrint(int sections)
{
    m_sectionsPerPrint = std::max(1, sections);
}

void PdfExporter::setTimeout(std::chrono::milliseconds timeout)
{
    m_baseTimeout = timeout;
    m_timeout.setInterval(timeout);
}

Result<Done> PdfExporter::start(const PdfExportRequest &request)
{
    if (m_job)
        return Result<Done>::failure(
            tr("Another PDF export is still running; wait for it to finish."));
    QList<DocumentScope> scopes = ExportScope::resolve(m_catalog, request.places);
    if (scopes.isEmpty())
        return Result<Done>::failure(tr("Nothing to export: choose at least one section."));
    QList<Print> prints = plan(scopes, m_sectionsPerPrint);
    Result<QJsonArray> bodies =
        documentBodies(scopes, prints.size() == 1 ? scopes.size() - 1 : scopes.size());
    if (!bodies)
        return Result<Done>::failure(bodies.error());
    auto job = std::make_unique<Job>();
    job->request = request;
    job->scopes = std::move(scopes);
    job->prints = std::move(prints);
    job->printed.resize(job->prints.size());
    job->outline = outline(job->scopes);
    job->bodies = *std::move(bodies);
    job->id = ++m_lastJobId;
    m_job = std::move(job);
    m_timeout.start(m_baseTimeout);
    Q_EMIT progress(0, progressSteps());
    // Every lane loads the export's last document: the only print that keeps a loaded
    // document's nodes is that of an export printed at once, which has one lane.
    const QUrl last =
        PageAddress::pageUrl(m_catalog.document(m_job->scopes.constLast().document).id);
    for (std::size_t lane = 0;
         lane < std::min(kLanes, static_cast<std::size_t>(m_job->prints.size())); ++lane) {
        m_lanes[lane].page = createPage(lane);
        m_lanes[lane].page->setUrl(last);
    }
    return Result<Done>::success({});
}

Result<QJsonArray> PdfExporter::documentBodies(const QList<DocumentScope> &scopes,
                                               qsizetype count) const
{
    // The documents come straight from their generated pages: loading each one in Chromium
    // just to copy its sections out took about 100 ms a document.
    QJsonArray bodies;
    for (qsizetype i = 0; i < count; ++i) {
        const QString id = m_catalog.document(scopes.at(i).document).id;
        QList<QString> sections;
        for (const QJsonValue &section : sectionIds(scopes.at(i)))
            sections.append(section.toString());
        std::optional<QByteArray> html = PageSections::select(m_bundle.page(id), sections);
        // Marked as the scheme handler marks the page that is loaded.
        const auto *handler = qobject_cast<const ContentSchemeHandler *>(
            m_profile->urlSchemeHandler(QByteArray(appScheme().data())));
        if (html && handler)
            html = handler->withReviewMarks(*std::move(html));
        if (!html)
            return Result<QJsonArray>::failure(
                tr("Could not prepare the pages: %1")
                    .arg(tr("the page of %1 holds no document").arg(id)));
        bodies.append(QString::fromUtf8(*html));
    }
    return Result<QJsonArray>::success(bodies);
}

void PdfExporter::cancel()
{
    if (m_job)
        fail(tr("the export was cancelled"));
}

bool PdfExporter::isCurrent(quint64 jobId) const
{
    return m_job && m_job->id == jobId;
}

// A fresh page per export: nothing of an earlier export (or a dead renderer) carries over.
HelpPage *PdfExporter::createPage(std::size_t lane)
{
    auto *page = new HelpPage(m_profile, LinkPolicy(appScheme()), this);
    Lane &into = m_lanes[lane];
    if (!into.host)
        into.host = std::make_unique<QWebEngineView>();
    into.host->setPage(page);
    into.print = -1;
    into.printing = false;
    connect(page, &QWebEnginePage::loadFinished, this,
            [this, lane](bool ok) { onLoadFinished(lane, ok); });
    connect(page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        Q_EMIT rendererStopped();
        fail(tr("the page renderer stopped"));
    });
    return page;
}

void PdfExporter::onLoadFinished(std::size_t lane, bool ok)
{
    if (!m_job || m_lanes[lane].print >= 0)
        return;
    if (!ok) {
        fail(tr("the page of %1 did not load").arg(m_lanes[lane].page->url().toDisplayString()));
        return;
    }
    takeNextPrint(lane);
}

void PdfExporter::takeNextPrint(std::size_t lane)
{
    Lane &taking = m_lanes[lane];
    if (m_job->nextPrint == m_job->prints.size()) {
        taking.print = -1;
        return;
    }
    taking.print = m_job->nextPrint++;
    compose(lane);
}

void PdfExporter::compose(std::size_t lane)
{
    const quint64 id = m_job->id;
    const qsizetype print = m_lanes[lane].print;
    m_lanes[lane].page->runJavaScript(
        script(kComposeScript, printJson(print)), QWebEngineScript::ApplicationWorld,
        [this, self = QPointer(this), id, lane, print](const QVariant &count) {
            if (!self || !isCurrent(id))
                return;
            const qsizetype expected = sectionsIn(m_job->prints.at(print));
            if (count.toInt() != expected)
                fail(tr("the pages hold %1 of the %2 sections asked for")
                         .arg(count.toInt())
                         .arg(expected));
            else
                this->print(lane);
        });
}

QString PdfExporter::heading(const QStringList &titles)
{
    // Bounded, so the content version below it stays on the first page (where auditors look
    // for it and where the print is checked) however many documents go into one export; the
    // facts still name every document.
    constexpr qsizetype kNamed = 3;
    constexpr qsizetype kLongestTitle = 120;
    QStringList shown;
    for (const QString &title : titles)
        shown.append(title.size() > kLongestTitle ? title.left(kLongestTitle - 1) + QChar(0x2026)
                                                  : title);
    if (shown.size() <= kNamed)
        return shown.join(QStringLiteral(" · "));
    return tr("%1 and %2 more documents").arg(shown.first()).arg(shown.size() - 1);
}

QJsonArray PdfExporter::sectionIds(const DocumentScope &scope) const
{
    QJsonArray ids;
    for (const int s : scope.sections)
        ids.append(m_catalog.section({scope.document, s}).id);
    return ids;
}

qsizetype PdfExporter::sectionsIn(const Print &print) const
{
    qsizetype sections = 0;
    for (qsizetype i = print.first; i < print.end; ++i)
        sections += m_job->scopes.at(i).sections.size();
    return sections;
}

int PdfExporter::progressSteps() const
{
    // The page loaded, then each print.
    return static_cast<int>(m_job->prints.size()) + 1;
}

QJsonObject PdfExporter::titleBlock() const
{
    QStringList titles;
    QJsonArray contents;
    QJsonArray facts;
    QJsonArray elsewhere; // anchors printed after the first print
    const qsizetype firstPrintEnd = m_job->prints.constFirst().end;
    qsizetype chosen = 0;
    for (qsizetype i = 0; i < m_job->outline.size(); ++i) {
        const PdfOutlineEntry &entry = m_job->outline.at(i);
        const bool later = i >= firstPrintEnd;
        titles.append(entry.title);
        QJsonArray sections;
        for (const PdfOutlineEntry &section : entry.children) {
            sections.append(QJsonObject{{QStringLiteral("title"), section.title},
                                        {QStringLiteral("anchor"), section.anchor}});
            if (later)
                elsewhere.append(section.anchor);
        }
        chosen += entry.children.size();
        if (later)
            elsewhere.append(entry.anchor);
        contents.append(QJsonObject{{QStringLiteral("title"), entry.title},
                                    {QStringLiteral("anchor"), entry.anchor},
                                    {QStringLiteral("sections"), sections}});
        const DocumentEntry &document = m_catalog.document(m_job->scopes.at(i).document);
        facts.append(fact(tr("SHA-256 of %1").arg(document.source), document.sha256, true));
    }
    const QDateTime at = m_job->request.exportedAt;
    facts.prepend(fact(tr("Content version (SHA-256)"), m_catalog.contentVersion(), true));
    facts.append(
        fact(tr("Exported"), at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate)));
    facts.append(fact(tr("Exported with"), creator()));
    return {{QStringLiteral("label"), tr("Exported from %1").arg(m_bundle.brand().name)},
            {QStringLiteral("heading"), heading(titles)},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("contentsLabel"),
             tr("Sections included: %1 of %2").arg(chosen).arg(m_catalog.sectionCount())},
            {QStringLiteral("contents"), contents},
            {QStringLiteral("elsewhere"), elsewhere}};
}

QByteArray PdfExporter::printJson(qsizetype index) const
{
    const Print &print = m_job->prints.at(index);
    const bool atOnce = m_job->prints.size() == 1;
    QJsonArray documents;
    QJsonArray documentAnchors;
    QJsonArray sectionAnchors;
    for (qsizetype i = print.first; i < print.end; ++i) {
        if (!atOnce || i + 1 < print.end)
            documents.append(m_job->bodies.at(i));
        const PdfOutlineEntry &entry = m_job->outline.at(i);
        documentAnchors.append(entry.anchor);
        for (const PdfOutlineEntry &section : entry.children)
            sectionAnchors.append(section.anchor);
    }
    QJsonObject data{
        {QStringLiteral("documents"), documents},
        {QStringLiteral("keepLoaded"), atOnce},
        {QStringLiteral("lastIds"), atOnce ? sectionIds(m_job->scopes.constLast()) : QJsonArray()},
        {QStringLiteral("documentAnchors"), documentAnchors},
        {QStringLiteral("sectionAnchors"), sectionAnchors},
        {QStringLiteral("title"), QJsonValue()}};
    if (index == 0)
        data.insert(QStringLiteral("title"), titleBlock());
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}

// The brand's name and the version: the title block's "Exported with" and the PDF's Creator.
QString PdfExporter::creator() const
{
    return tr("%1 %2").arg(m_bundle.brand().name, QCoreApplication::applicationVersion());
}

PdfMetadata PdfExporter::stamp() const
{
    PdfMetadata stamp;
    stamp.contentVersion = m_catalog.contentVersion();
    stamp.creator = creator();
    stamp.publisher = m_bundle.brand().publisher();
    stamp.exportedAt = m_job->request.exportedAt;
    stamp.preparedFor = m_job->request.preparedFor;
    const QString first = m_catalog.document(m_job->scopes.constFirst().document).title;
    const qsizetype more = m_job->scopes.size() - 1;
    stamp.title =
        more == 0 ? first : tr("%1 and %n more", nullptr, static_cast<int>(more)).arg(first);
    return stamp;
}

QList<PdfOutlineEntry> PdfExporter::outline(const QList<DocumentScope> &scopes) const
{
    QList<PdfOutlineEntry> outline;
    int sections = 0;
    for (const DocumentScope &scope : scopes) {
        const DocumentEntry &document = m_catalog.document(scope.document);
        PdfOutlineEntry entry{document.title, documentAnchor(static_cast<int>(outline.size())), {}};
        for (const int s : scope.sections)
            entry.children.append({document.sections.at(s).title, sectionAnchor(sections++), {}});
        outline.append(entry);
    }
    return outline;
}

PdfMetadata PdfExporter::metadata() const
{
    PdfMetadata metadata = stamp();
    metadata.outline = m_job->outline;
    for (const DocumentScope &scope : m_job->scopes)
        for (const int s : scope.sections)
            metadata.sectionPaths.append(m_catalog.sectionPath({scope.document, s}));
    return metadata;
}

void PdfExporter::print(std::size_t lane)
{
    Lane &printing = m_lanes[lane];
    Q_EMIT progress(++m_job->started, progressSteps());
    // Chromium reports nothing while it prints, and printing takes time in proportion to the
    // sections (about 5 ms each here: 50 s for everything at 10,000); the allowance is five
    // times that on top of the usual limit, so a big export on a slow machine is not cut off.
    m_timeout.start(m_baseTimeout +
                    sectionsIn(m_job->prints.at(printing.print)) * kPrintAllowancePerSection);
    printing.rendererCpu = ProcessCpuTime::of(printing.page->renderProcessPid()).value_or(-1ms);
    m_liveness.start();
    printing.printing = true;
    const quint64 id = m_job->id;
    printing.page->printToPdf(
        [this, self = QPointer(this), id, lane,
         page = QPointer(printing.page)](const QByteArray &pdf) {
            if (self && isCurrent(id))
                onPrinted(lane, pdf);
            else if (page)
                page->deleteLater(); // retired while printing; now it is safe to go
        },
        m_job->request.pageLayout);
    if (!m_warmUp.valid())
        m_warmUp = std::async(std::launch::async, warmUpFinishing, stamp(),
                              m_job->request.pageLayout.fullRect(QPageLayout::Point).size());
}

// Seen on a machine at load 10: 10,000 sections took longer to print than the allowance, and a
// good export was cut off as "no progress". Either lane at work counts.
void PdfExporter::checkRendererBusy()
{
    bool busy = false;
    for (Lane &lane : m_lanes) {
        if (!lane.page || !lane.printing)
            continue;
        const std::optional<std::chrono::milliseconds> cpu =
            ProcessCpuTime::of(lane.page->renderProcessPid());
        busy = busy || (cpu && lane.rendererCpu >= 0ms && *cpu - lane.rendererCpu >= kBusyCpu);
        lane.rendererCpu = cpu.value_or(-1ms);
    }
    if (busy)
        m_timeout.start();
}

void PdfExporter::onPrinted(std::size_t lane, const QByteArray &pdf)
{
    Lane &printed = m_lanes[lane];
    printed.printing = false;
    m_job->printed[printed.print] = pdf;
    if (++m_job->done < m_job->prints.size()) {
        takeNextPrint(lane);
        return;
    }
    m_liveness.stop();
    finishPrints();
}

void PdfExporter::finishPrints()
{
    if (m_warmUp.valid())
        m_warmUp.wait();
    m_warmUp = {};
    QElapsedTimer finishing;
    finishing.start();
    // The check (Qt PDF reads the print back) and the finishing (qpdf) only read the print, so
    // they run side by side. A print that fails the check was finished for nothing: rare, and
    // nothing of it is kept.
    const QList<QByteArray> &prints = m_job->printed;
    std::future<int> check =
        std::async(std::launch::async, [&prints, version = m_catalog.contentVersion()] {
            return checkedPageCount(prints, version);
        });
    const Result<QByteArray> done = finishedPdf(prints, metadata());
    const int pageCount = check.get();
    if (pageCount == 0) {
        fail(std::any_of(prints.cbegin(), prints.cend(),
                         [](const QByteArray &print) { return print.isEmpty(); })
                 ? tr("Chromium produced no PDF")
                 : tr("Chromium produced a blank or unreadable PDF"));
        return;
    }
    // What the post-processing costs, for support and tests/benchmarks (pdf_finish_benchmark).
    qCInfo(lcViewer, "finished the PDF (%d pages) in %lld ms", pageCount,
           static_cast<long long>(finishing.elapsed()));
    if (!done) {
        fail(done.error());
        return;
    }
    const QString path = m_job->request.filePath;
    if (path.isEmpty() || !m_job->request.writeFile) {
        finish(PdfExportResult::success({path, pageCount, *done}));
        return;
    }
    const Result<Done> written = AtomicFileWriter::write(path, *done);
    finish(written ? PdfExportResult::success({path, pageCount, {}})
                   : PdfExportResult::failure(written.error()));
}

void PdfExporter::fail(const QString &reason)
{
    if (!m_job)
        return;
    finish(PdfExportResult::failure(failureMessage(m_job->request.filePath, reason)));
}

QString PdfExporter::failureMessage(const QString &filePath, const QString &reason)
{
    return filePath.isEmpty()
               ? tr("Could not prepare the pages: %1").arg(reason)
               : tr("Could not export %1: %2").arg(QFileInfo(filePath).absoluteFilePath(), reason);
}

void PdfExporter::finish(PdfExportResult result)
{
    m_timeout.stop();
    m_liveness.stop();
    m_job.reset();
    retirePages();
    Q_EMIT finished(result);
}

void PdfExporter::retirePages()
{
    for (Lane &lane : m_lanes) {
        lane.print = -1;
        HelpPage *page = std::exchange(lane.page, nullptr);
        if (!page)
            continue;
        disconnect(page, nullptr, this, nullptr);
        if (!std::exchange(lane.printing, false)) {
            page->deleteLater();
            continue;
        }
        // Stopping or deleting a page that prints crashes Qt 6.4 (QTBUG-108154), so a printing
        // page goes only when its print calls back (see print()), or when its renderer dies and
        // no call will come. Until then the profile owns it: every page must go before its
        // profile anyway, and neither the next export nor our destructor may take it along.
        page->setParent(m_profile);
        connect(page, &QWebEnginePage::renderProcessTerminated, page, &QObject::deleteLater);
    }
}
