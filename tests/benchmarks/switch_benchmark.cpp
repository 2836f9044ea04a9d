// switch_benchmark: how quickly the real reading window shows a section chosen in its tree, and
// the longest time its GUI thread ever stops serving events. It opens MainWindow exactly as the
// app does (engine set-up, profile, search service, compiled-in content), offscreen, then
//   - selects sections in the tree one after another, as a click does (setCurrentIndex on the
//     model's index), and times each until the section is visible: the page's hash names it and
//     its top is inside the viewport (asked from the app's script world, each question sent the
//     moment the last one is answered), and then the web view's render widget has painted;
//   - records the longest gap of a 2 ms precise timer per phase: start-up, the switch sweep,
//     typing a query into the search field, File > Export to PDF of all content.
// Prints a table and writes JSON. A program, not a test: timings depend on the machine.
//
//   switch_benchmark [--json FILE] [--seed N] [--across N] [--query TEXT] [--no-pdf]
//                    [--trace-stalls MS]
#include "benchmarkstats.h"
#include "contentbundle.h"
#include "engineenvironment.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "pdfexportcontroller.h"
#include "pdfexportdialog.h"
#include "searchpanel.h"
#include "searchservice.h"
#include "sectiontreemodel.h"
#include "stallsampler.h"
#include "uilanguage.h"
#include "webtestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

namespace {

// A process's proportional set size in MiB, -1 when it cannot be read.
double pssMiB(qint64 pid)
{
    const double kib =
        pid > 0 ? procKiB(QStringLiteral("/proc/%1/smaps_rollup").arg(pid), "Pss:") : -1;
    return kib < 0 ? -1 : kib / 1024;
}

constexpr int kTickMs = 2;
constexpr double kHitchMs = 50; // a stall a reader notices as a hitch
constexpr int kRepollMs = 250;  // a question to a page that navigated away may never be answered
constexpr int kPaintWaitMs = 1000;
constexpr int kSwitchTimeoutMs = 20000;

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// The program the window's PDF export starts as its child: the app holding the same content.
// run.sh copies each corpus's benchmark beside that corpus's app and then builds the next
// corpus in the same tree, so the one beside this program comes first; the build tree's app
// (which by then holds the last corpus) serves a benchmark run where it was built.
QString exportProgram()
{
    const QFileInfo beside(QCoreApplication::applicationDirPath() + QStringLiteral("/trustbook"));
    return beside.isExecutable() ? beside.filePath() : QStringLiteral(TRUSTBOOK_PATH);
}

struct Summary
{
    int n = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

// Nearest-rank percentiles: with 100 samples p99 is the second largest, never an interpolation.
Summary summarise(QList<double> samples)
{
    Summary summary;
    summary.n = static_cast<int>(samples.size());
    if (samples.isEmpty())
        return summary;
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const auto index = static_cast<qsizetype>(std::ceil(p * double(samples.size()))) - 1;
        return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
    };
    summary.p50 = rank(0.5);
    summary.p99 = rank(0.99);
    summary.max = samples.last();
    return summary;
}

QJsonObject toJson(const Summary &summary)
{
    return {{QStringLiteral("n"), summary.n},
            {QStringLiteral("p50_ms"), summary.p50},
            {QStringLiteral("p99_ms"), summary.p99},
            {QStringLiteral("max_ms"), summary.max}};
}

// The longest the GUI thread went without serving a 2 ms precise timer, less the 2 ms: how
// long a click or keystroke would have waited at worst. Qt does not queue missed ticks, so
// one long handler shows up as one long gap.
class StallMeter final
{
public:
    struct Result
    {
        double worstMs = 0;
        double worstAtMs = 0;      // into the phase, when the worst gap ended
        QString during;            // what the benchmark was doing then
        int hitches = 0;           // gaps over kHitchMs
        QStringList hitchesDuring; // the first few, with what was going on
        double phaseMs = 0;
    };

    explicit StallMeter(std::function<QString()> context, StallSampler *sampler)
        : m_context(std::move(context))
        , m_sampler(sampler)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_result = {};
        m_start = m_last = nowMs();
        m_timer.start();
    }
    // The gap up to now counts too: a phase may end inside a long handler.
    Result stop()
    {
        tick();
        m_timer.stop();
        if (m_sampler)
            m_sampler->pause(); // between phases nothing is measured
        m_result.phaseMs = m_last - m_start;
        return m_result;
    }

private:
    void tick()
    {
        if (m_sampler)
            m_sampler->beat();
        const double now = nowMs();
        const double late = now - m_last - kTickMs;
        if (late > kHitchMs && ++m_result.hitches <= 5)
            m_result.hitchesDuring.append(
                QStringLiteral("%1 ms during %2")
                    .arg(QString::number(late, 'f', 0), m_context ? m_context() : QString()));
        if (late > m_result.worstMs) {
            m_result.worstMs = late;
            m_result.worstAtMs = now - m_start;
            m_result.during = m_context ? m_context() : QString();
        }
        m_last = now;
    }

    std::function<QString()> m_context;
    StallSampler *m_sampler;
    QTimer m_timer;
    Result m_result;
    double m_start = 0;
    double m_last = 0;
};

// Sees the paints of the widget Chromium's frames are drawn into (the view's focus proxy), so
// a switch can wait for the first paint after the page reported the section in view. A page
// load can replace that widget: follow() moves the watch to the view's current one.
class PaintWatch final : public QObject
{
public:
    void follow(QWidget *target)
    {
        if (!target || target == m_target)
            return;
        if (m_target)
            m_target->removeEventFilter(this);
        m_target = target;
        m_target->installEventFilter(this);
        ++m_targets;
    }

    int paints() const { return m_paints; }
    int updateRequests() const { return m_updateRequests; }
    int targets() const { return m_targets; }
    QString targetClass() const
    {
        return m_target ? QString::fromLatin1(m_target->metaObject()->className()) : QString();
    }
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::UpdateRequest)
            ++m_updateRequests;
        if (event->type() == QEvent::Paint) {
            ++m_paints;
            if (onPaint)
                onPaint();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_target;
    int m_targets = 0;
    int m_paints = 0;
    int m_updateRequests = 0;
};

struct Step
{
    SectionRef ref;
    bool across = false; // the section is in another document than the one shown: a page load
};

// Every section grouped by document, in a seeded order within each (so each switch scrolls a
// real distance, not to the next heading), the first of each document after the first being a
// page load. With few documents that gives few loads: seeded switches to a section of another
// document top the loads up to `across`.
QList<Step> makePlan(const ContentCatalog &catalog, quint32 seed, int across)
{
    QRandomGenerator random(seed);
    QList<Step> plan;
    int loads = 0;
    for (int document = 0; document < catalog.documentCount(); ++document) {
        QList<SectionRef> refs;
        for (int section = 0; section < catalog.document(document).sections.size(); ++section)
            refs.append({document, section});
        std::shuffle(refs.begin(), refs.end(), random);
        for (int i = 0; i < refs.size(); ++i)
            plan.append({refs.at(i), i == 0 && document > 0});
        loads += document > 0 && !refs.isEmpty() ? 1 : 0;
    }
    for (int document = plan.isEmpty() ? 0 : plan.last().ref.document;
         catalog.documentCount() > 1 && loads < across; ++loads) {
        const int offset = random.bounded(1, catalog.documentCount());
        document = (document + offset) % catalog.documentCount();
        const auto sections = static_cast<int>(catalog.document(document).sections.size());
        if (sections > 0)
            plan.append({{document, random.bounded(sections)}, true});
    }
    return plan;
}

// Runs the plan: selects each section in the tree, asks the page back to back whether the
// section is in view, then waits for the render widget's next paint.
class SwitchSweep final : public QObject
{
public:
    struct Sample
    {
        bool across = false;
        double visibleMs = -1; // -1: never visible (timed out)
        double paintedMs = -1; // -1: no paint followed
        int earlyPaints = 0;   // paints before the page said "in view": may show it already
    };

    SwitchSweep(MainWindow *window, PaintWatch *paints, QList<Step> plan)
        : m_view(window->helpView())
        , m_tree(window->findChild<QTreeView *>(QStringLiteral("sectionTree")))
        , m_model(qobject_cast<SectionTreeModel *>(m_tree->model()))
        , m_paints(paints)
        , m_plan(std::move(plan))
    {
        m_repoll.setInterval(kRepollMs);
        m_repoll.setSingleShot(true);
        connect(&m_repoll, &QTimer::timeout, this, [this] {
            ++m_repolls;
            poll();
        });
        m_paintWait.setInterval(kPaintWaitMs);
        m_paintWait.setSingleShot(true);
        connect(&m_paintWait, &QTimer::timeout, this, [this] { finish(-1); });
        m_paints->onPaint = [this] {
            if (m_state == State::AwaitingVisible)
                ++m_earlyPaints;
            else if (m_state == State::AwaitingPaint)
                finish(nowMs());
        };
    }

    void start(std::function<void()> done)
    {
        m_done = std::move(done);
        next();
    }
    const QList<Sample> &samples() const { return m_samples; }
    qsizetype rendererProcesses() const { return m_rendererPids.size(); }
    QString describeCurrent() const
    {
        if (m_index >= m_plan.size())
            return QStringLiteral("after the sweep");
        const Step &step = m_plan.at(m_index);
        return QStringLiteral("switch %1 (%2 document) to %3/%4")
            .arg(m_index)
            .arg(step.across ? QStringLiteral("across") : QStringLiteral("within"))
            .arg(step.ref.document)
            .arg(step.ref.section);
    }

private:
    enum class State { Idle, AwaitingVisible, AwaitingPaint };

    // 0: another document still shown, 1: hash not (yet) the section, 2: not in the
    // viewport, 3: visible.
    QString probeScript(SectionRef ref) const
    {
        const QUrl url = m_view->urlFor(ref);
        return QStringLiteral("(function(){if(location.host!==%1)return 0;var id=%2;"
                              "if(decodeURIComponent(location.hash.slice(1))!==id)return 1;"
                              "var e=document.getElementById(id);if(!e)return 1;"
                              "var t=e.getBoundingClientRect().top;"
                              "return t>=0&&t<window.innerHeight?3:2;})()")
            .arg(WebTest::jsString(url.host()), WebTest::jsString(url.fragment()));
    }

    void next()
    {
        if (m_index >= m_plan.size()) {
            m_done();
            return;
        }
        if (m_index % 500 == 0)
            progress();
        const Step &step = m_plan.at(m_index);
        const QModelIndex index = m_model->indexForSection(step.ref);
        m_tree->scrollTo(index); // a reader clicks a row they can see
        m_script = probeScript(step.ref);
        m_paints->follow(m_view->focusProxy());
        m_state = State::AwaitingVisible;
        m_earlyPaints = 0;
        ++m_generation;
        m_started = nowMs();
        m_tree->setCurrentIndex(index); // MainWindow::onTreeCurrentChanged shows the section
        poll();
    }

    void progress() const
    {
        int unpainted = 0;
        for (const Sample &sample : m_samples)
            unpainted += sample.paintedMs < 0 ? 1 : 0;
        QTextStream(stderr) << "switch_benchmark: " << m_index << " of " << m_plan.size()
                            << " switches, " << unpainted << " unpainted, " << m_repolls
                            << " questions asked again\n";
    }

    void poll()
    {
        if (m_state != State::AwaitingVisible)
            return;
        if (nowMs() - m_started > kSwitchTimeoutMs) {
            record(-1, -1);
            return;
        }
        m_repoll.start();
        const quint64 generation = m_generation;
        m_view->page()->runJavaScript(m_script, QWebEngineScript::ApplicationWorld,
                                      [this, generation](const QVariant &stage) {
                                          if (generation == m_generation)
                                              answered(stage.toInt());
                                      });
    }

    void answered(int stage)
    {
        if (m_state != State::AwaitingVisible)
            return;
        if (stage != 3) {
            poll();
            return;
        }
        m_repoll.stop();
        m_visibleAt = nowMs();
        m_paints->follow(m_view->focusProxy()); // a load may have brought a new one
        m_state = State::AwaitingPaint;
        m_paintWait.start();
    }

    void finish(double paintedAt)
    {
        m_paintWait.stop();
        record(m_visibleAt - m_started, paintedAt < 0 ? -1 : paintedAt - m_started);
    }

    void record(double visibleMs, double paintedMs)
    {
        m_repoll.stop();
        m_state = State::Idle;
        m_samples.append({m_plan.at(m_index).across, visibleMs, paintedMs, m_earlyPaints});
        m_rendererPids.insert(m_view->page()->renderProcessPid());
        ++m_index;
        // Not from inside the paint event or the script's answer: the next click comes from
        // the event loop, as a reader's would.
        QMetaObject::invokeMethod(
            this, [this] { next(); }, Qt::QueuedConnection);
    }

    HelpView *m_view;
    QTreeView *m_tree;
    SectionTreeModel *m_model;
    PaintWatch *m_paints;
    QList<Step> m_plan;
    QList<Sample> m_samples;
    QSet<qint64> m_rendererPids;
    qsizetype m_index = 0;
    quint64 m_generation = 0;
    int m_repolls = 0;
    State m_state = State::Idle;
    QString m_script;
    double m_started = 0;
    double m_visibleAt = 0;
    int m_earlyPaints = 0;
    QTimer m_repoll;
    QTimer m_paintWait;
    std::function<void()> m_done;
};

// Types a query into the real search field one letter every `intervalMs` (a quick typist),
// then waits for the answer to the whole query. Records how long each answer took.
class SearchTyping final : public QObject
{
public:
    SearchTyping(SearchPanel *panel, SearchService *service, QString query, int intervalMs)
        : m_field(panel->field())
        , m_query(std::move(query))
    {
        panel->focusField();
        m_typing.setInterval(intervalMs);
        connect(&m_typing, &QTimer::timeout, this, [this] { typeNext(); });
        connect(service, &SearchService::resultsReady, this,
                [this](const QString &text) { answered(text); });
    }

    void start(std::function<void()> done)
    {
        m_done = std::move(done);
        m_typing.start();
        typeNext();
    }
    const QList<double> &answerMs() const { return m_answerMs; }

private:
    void typeNext()
    {
        if (m_typed == m_query.size()) {
            m_typing.stop();
            QTimer::singleShot(10000, this, [this] { finish(); }); // in case no answer comes
            return;
        }
        m_sentAt.append(nowMs());
        QTest::keyClick(m_field, m_query.at(m_typed++).toLatin1());
    }

    void answered(const QString &text)
    {
        const auto length = text.size();
        if (length == 0 || length > m_sentAt.size() || text != m_query.left(length))
            return;
        m_answerMs.append(nowMs() - m_sentAt.at(length - 1));
        if (length == m_query.size())
            finish();
    }

    void finish()
    {
        if (!m_done)
            return;
        QTest::keyClick(m_field, Qt::Key_Escape); // the tree comes back
        std::exchange(m_done, nullptr)();
    }

    QLineEdit *m_field;
    QString m_query;
    QTimer m_typing;
    qsizetype m_typed = 0;
    QList<double> m_sentAt;
    QList<double> m_answerMs;
    std::function<void()> m_done;
};

// File > Export to PDF… of all content, through the window's dialog as a person fills it in.
class PdfExportRun final : public QObject
{
public:
    explicit PdfExportRun(MainWindow *window)
        : m_window(window)
    {}

    void start(const QString &path, std::function<void()> done)
    {
        m_started = nowMs();
        auto *controller = m_window->findChild<PdfExportController *>();
        connect(controller, &PdfExportController::exportFinished, this,
                [this, done](const PdfExportResult &result) {
                    m_result = result;
                    m_ms = nowMs() - m_started;
                    done();
                });
        m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
        auto *dialog = m_window->findChild<PdfExportDialog *>();
        dialog->findChild<QAbstractButton *>(QStringLiteral("allContentButton"))->click();
        dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(path);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    // Empty until the export has finished.
    const std::optional<PdfExportResult> &result() const { return m_result; }
    double ms() const { return m_ms; }

private:
    MainWindow *m_window;
    std::optional<PdfExportResult> m_result;
    double m_started = 0;
    double m_ms = 0;
};

// Runs one asynchronous phase to its end in a local event loop (no sleeps: the GUI thread keeps
// serving events, and the stall meter keeps ticking).
void runToEnd(const std::function<void(std::function<void()>)> &phase)
{
    QEventLoop loop;
    bool finished = false;
    phase([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

struct Options
{
    QString jsonPath;
    quint32 seed = 8;
    int across = 100;
    QString query;
    bool pdf = true;
    bool startOnly = false;
    double traceStallsMs = 0; // 0: no sampling
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times section switches in the real window and the GUI thread's longest stalls."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write numbers to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Order of the switches (default 8)."),
                                  QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption across(
        QStringLiteral("across"),
        QStringLiteral("Page loads to time at least, when documents > 1 (default 100)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption query(QStringLiteral("query"),
                                   QStringLiteral("What to type into the search field."),
                                   QStringLiteral("TEXT"), QStringLiteral("kubernetes cluster"));
    const QCommandLineOption noPdf(QStringLiteral("no-pdf"),
                                   QStringLiteral("Skip the export of all content to PDF."));
    const QCommandLineOption startOnly(
        QStringLiteral("start-only"),
        QStringLiteral("Only start-up and the first search results, none of the phases after."));
    const QCommandLineOption traceStalls(
        QStringLiteral("trace-stalls"),
        QStringLiteral("Sample the GUI thread's stack in stalls longer than MS and print the "
                       "longest stalls' stacks."),
        QStringLiteral("MS"));
    parser.addOptions({json, seed, across, query, noPdf, startOnly, traceStalls});
    parser.process(app);
    return {parser.value(json),
            parser.value(seed).toUInt(),
            parser.value(across).toInt(),
            parser.value(query),
            !parser.isSet(noPdf),
            parser.isSet(startOnly),
            parser.value(traceStalls).toDouble()};
}

// What the run found, printed as a table and written as JSON.
class Report final
{
public:
    explicit Report(const ContentCatalog &catalog)
        : m_catalog(catalog)
    {}

    // A time the GUI thread could not serve events at all (a constructor), or one phase's
    // wall-clock time, beside the phases' stalls.
    void addElapsed(const QString &name, double ms, bool blocking)
    {
        m_elapsed.append({name, ms, blocking});
    }
    void addLatency(const QString &name, const Summary &summary, const QString &note = {})
    {
        m_latency.append({name, summary, note});
    }
    void addStall(const QString &name, const StallMeter::Result &stall)
    {
        m_stalls.append({name, stall});
    }
    void addNote(const QString &note) { m_notes.append(note); }

    void print() const;
    bool write(const QString &path) const;

private:
    struct Elapsed
    {
        QString name;
        double ms = 0;
        bool blocking = false;
    };
    struct Latency
    {
        QString name;
        Summary summary;
        QString note;
    };
    struct Stall
    {
        QString name;
        StallMeter::Result result;
    };

    const ContentCatalog &m_catalog;
    QList<Elapsed> m_elapsed;
    QList<Latency> m_latency;
    QList<Stall> m_stalls;
    QStringList m_notes;
};

void Report::print() const
{
    QTextStream out(stdout);
    out << "switch_benchmark: " << m_catalog.sectionCount() << " sections in "
        << m_catalog.documentCount() << " documents\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("latency (ms)"), -44)
               .arg(QStringLiteral("n"), 6)
               .arg(QStringLiteral("p50"), 8)
               .arg(QStringLiteral("p99"), 8)
               .arg(QStringLiteral("max"), 8);
    const auto ms = [](const Summary &summary, double value) {
        return summary.n > 0 ? QString::number(value, 'f', 1) : QStringLiteral("-");
    };
    for (const Latency &row : m_latency) {
        out << QStringLiteral("%1 %2 %3 %4 %5%6\n")
                   .arg(row.name, -44)
                   .arg(row.summary.n, 6)
                   .arg(ms(row.summary, row.summary.p50), 8)
                   .arg(ms(row.summary, row.summary.p99), 8)
                   .arg(ms(row.summary, row.summary.max), 8)
                   .arg(row.note.isEmpty() ? QString() : QLatin1String("  ") + row.note);
    }
    out << QStringLiteral("%1 %2 %3  %4\n")
               .arg(QStringLiteral("GUI thread (ms)"), -44)
               .arg(QStringLiteral("stall"), 8)
               .arg(QStringLiteral(">50ms"), 6)
               .arg(QStringLiteral("worst stall during"));
    for (const Elapsed &row : m_elapsed) {
        if (row.blocking)
            out << QStringLiteral("%1 %2 %3  blocking: no events served\n")
                       .arg(row.name, -44)
                       .arg(row.ms, 8, 'f', 1)
                       .arg(QStringLiteral("-"), 6);
    }
    for (const Stall &row : m_stalls) {
        out << QStringLiteral("%1 %2 %3  %4 (at %5 of %6 ms)\n")
                   .arg(row.name, -44)
                   .arg(row.result.worstMs, 8, 'f', 1)
                   .arg(row.result.hitches, 6)
                   .arg(row.result.during)
                   .arg(row.result.worstAtMs, 0, 'f', 0)
                   .arg(row.result.phaseMs, 0, 'f', 0);
    }
    for (const Elapsed &row : m_elapsed) {
        if (!row.blocking)
            out << "took: " << row.name << ' ' << QString::number(row.ms, 'f', 1) << " ms\n";
    }
    for (const Stall &row : m_stalls) {
        if (!row.result.hitchesDuring.isEmpty())
            out << "hitches: " << row.name << ": "
                << row.result.hitchesDuring.join(QStringLiteral("; ")) << '\n';
    }
    for (const QString &note : m_notes)
        out << "note: " << note << '\n';
}

bool Report::write(const QString &path) const
{
    QJsonObject elapsed;
    for (const Elapsed &row : m_elapsed)
        elapsed[row.name] =
            QJsonObject{{QStringLiteral("ms"), row.ms}, {QStringLiteral("blocking"), row.blocking}};
    QJsonObject latency;
    for (const Latency &row : m_latency) {
        QJsonObject entry = toJson(row.summary);
        if (!row.note.isEmpty())
            entry[QStringLiteral("note")] = row.note;
        latency[row.name] = entry;
    }
    QJsonObject stalls;
    for (const Stall &row : m_stalls)
        stalls[row.name] = QJsonObject{
            {QStringLiteral("worst_ms"), row.result.worstMs},
            {QStringLiteral("hitches_over_50ms"), row.result.hitches},
            {QStringLiteral("first_hitches"), QJsonArray::fromStringList(row.result.hitchesDuring)},
            {QStringLiteral("during"), row.result.during},
            {QStringLiteral("at_ms"), row.result.worstAtMs},
            {QStringLiteral("phase_ms"), row.result.phaseMs}};
    const QJsonObject root{{QStringLiteral("sections"), m_catalog.sectionCount()},
                           {QStringLiteral("documents"), m_catalog.documentCount()},
                           {QStringLiteral("elapsed"), elapsed},
                           {QStringLiteral("latency"), latency},
                           {QStringLiteral("stalls"), stalls},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(m_notes)}};
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) >= 0 &&
           file.commit();
}

// The switches' latencies, within a document and across, to the section's being visible and
// to the paint after it; switches that timed out or saw no paint are counted, not averaged.
void reportSwitches(Report &report, const QList<SwitchSweep::Sample> &samples)
{
    for (const bool across : {false, true}) {
        QList<double> visible;
        QList<double> painted;
        int lost = 0;
        int early = 0;
        for (const SwitchSweep::Sample &sample : samples) {
            if (sample.across != across)
                continue;
            early += sample.earlyPaints > 0 ? 1 : 0;
            if (sample.visibleMs < 0)
                ++lost;
            else
                visible.append(sample.visibleMs);
            if (sample.paintedMs >= 0)
                painted.append(sample.paintedMs);
        }
        const QString kind = across ? QStringLiteral("across documents (load)")
                                    : QStringLiteral("within a document (fragment)");
        report.addLatency(QStringLiteral("switch %1: in view").arg(kind), summarise(visible),
                          lost > 0 ? QStringLiteral("%1 never in view").arg(lost) : QString());
        const auto unpainted = visible.size() - painted.size();
        QStringList notes;
        if (unpainted > 0)
            notes.append(
                QStringLiteral("%1 without a paint in %2 ms").arg(unpainted).arg(kPaintWaitMs));
        if (early > 0)
            notes.append(QStringLiteral("%1 painted before in view").arg(early));
        report.addLatency(QStringLiteral("switch %1: painted").arg(kind), summarise(painted),
                          notes.join(QStringLiteral("; ")));
    }
}

// The phases in order, on one window, each with the stall meter running.
class Benchmark final
{
public:
    Benchmark(const ContentBundle &bundle, Report &report, StallSampler *sampler)
        : m_bundle(bundle)
        , m_catalog(bundle.catalog())
        , m_profile(bundle)
        , m_search(bundle)
        , m_report(report)
        , m_stalls([this] { return m_sweep ? m_sweep->describeCurrent() : m_phase; }, sampler)
    {}

    // As main.cpp starts the window, without the user's saved state (as --screenshot does).
    bool startUp()
    {
        const double constructing = nowMs();
        m_window = std::make_unique<MainWindow>(m_bundle, &m_profile, &m_search,
                                                ExportChildProgram{exportProgram(), {}});
        m_report.addElapsed(QStringLiteral("start-up: MainWindow constructor"),
                            nowMs() - constructing, true);
        m_window->resize(1180, 760); // the app's default size, so the page area is the app's
        startPhase(QStringLiteral("start-up"));
        const double showing = nowMs();
        m_window->showSection({});
        m_window->show();
        const bool loaded = WebTest::waitForLoad(m_window->helpView());
        m_report.addElapsed(QStringLiteral("start-up: show to first loadFinished"),
                            nowMs() - showing, false);
        m_report.addStall(QStringLiteral("start-up: show to first loadFinished"), m_stalls.stop());
        return loaded;
    }

    // Right after the first page, as a user who starts typing at once: the query asked of the
    // window's own search service (the window prepared it on loadFinished), until its results
    // arrive. Without a prebuilt index this waits for the whole build.
    void firstResults(const QString &query)
    {
        startPhase(QStringLiteral("search: first results"));
        const double asked = nowMs();
        double answered = -1;
        QMetaObject::Connection connection;
        runToEnd([&](std::function<void()> done) {
            connection =
                QObject::connect(&m_search, &SearchService::resultsReady, m_window.get(),
                                 [&answered, done](const QString &, const SearchResults &) {
                                     if (answered < 0) {
                                         answered = nowMs();
                                         done();
                                     }
                                 });
            m_search.search(query);
        });
        QObject::disconnect(connection);
        m_report.addElapsed(QStringLiteral("search: first loadFinished to first results"),
                            answered - asked, false);
        m_report.addStall(QStringLiteral("search: first results"), m_stalls.stop());
    }

    void switchSections(quint32 seed, int across)
    {
        PaintWatch paints;
        SwitchSweep sweep(m_window.get(), &paints, makePlan(m_catalog, seed, across));
        m_sweep = &sweep;
        m_stalls.start();
        runToEnd([&](std::function<void()> done) { sweep.start(std::move(done)); });
        m_report.addStall(QStringLiteral("switch sweep"), m_stalls.stop());
        m_sweep = nullptr;
        reportSwitches(m_report, sweep.samples());
        m_report.addNote(
            QStringLiteral("render widget (%1): %2 paint events, %3 update requests; %4 "
                           "widgets and %5 renderer processes over the sweep")
                .arg(paints.targetClass())
                .arg(paints.paints())
                .arg(paints.updateRequests())
                .arg(paints.targets())
                .arg(sweep.rendererProcesses()));
        // What the page holds after visiting every document (the bodies DocumentSwap keeps).
        m_report.addNote(
            QStringLiteral("renderer PSS after the sweep: %1 MiB")
                .arg(pssMiB(m_window->helpView()->page()->renderProcessPid()), 0, 'f', 1));
    }

    void typeQuery(const QString &query)
    {
        if (!m_search.isReady() && m_search.errorString().isEmpty())
            runToEnd([&](std::function<void()> done) {
                QObject::connect(&m_search, &SearchService::ready, m_window.get(), done);
            });
        SearchTyping typing(m_window->searchPanel(), &m_search, query, 100);
        startPhase(QStringLiteral("typing \"%1\"").arg(query));
        runToEnd([&](std::function<void()> done) { typing.start(std::move(done)); });
        m_report.addStall(QStringLiteral("search: typing \"%1\"").arg(query), m_stalls.stop());
        m_report.addLatency(QStringLiteral("search: keystroke to its results"),
                            summarise(typing.answerMs()),
                            QStringLiteral("only the newest query is answered"));
    }

    void exportPdf()
    {
        QTemporaryDir dir;
        PdfExportRun pdf(m_window.get());
        startPhase(QStringLiteral("File > Export to PDF, all content"));
        runToEnd([&](std::function<void()> done) {
            pdf.start(dir.filePath(QStringLiteral("all.pdf")), std::move(done));
        });
        m_report.addStall(QStringLiteral("PDF export of all content"), m_stalls.stop());
        m_report.addElapsed(QStringLiteral("PDF export of all content"), pdf.ms(), false);
        if (!pdf.result() || !*pdf.result())
            m_report.addNote(QStringLiteral("PDF export failed: %1")
                                 .arg(pdf.result() ? pdf.result()->error() : QString()));
    }

private:
    void startPhase(const QString &name)
    {
        m_phase = name;
        m_stalls.start();
    }

    const ContentBundle &m_bundle;
    const ContentCatalog &m_catalog;
    HelpProfile m_profile;
    SearchService m_search;
    Report &m_report;
    QString m_phase; // what the stall meter names as the cause outside the sweep
    const SwitchSweep *m_sweep = nullptr;
    StallMeter m_stalls;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("trustbook"));
    QCoreApplication::setOrganizationName(QStringLiteral("Trustbook"));
    QTextStream err(stderr);
    for (const QString &warning : EngineEnvironment::prepareProcess())
        err << "switch_benchmark: " << warning << '\n';
    QApplication app(argc, argv);
    // The export dialog remembers its folder in QSettings: not in the user's own.
    QStandardPaths::setTestModeEnabled(true);
    const Options options = parseOptions(app);
    UiLanguage uiLanguage;
    uiLanguage.install({});
    const Result<ContentBundle> bundle = WebTest::builtInBundle();
    if (!bundle) {
        err << "switch_benchmark: the built-in content is damaged: " << bundle.error() << '\n';
        return 1;
    }
    Report report(bundle->catalog());
    std::unique_ptr<StallSampler> sampler;
    if (options.traceStallsMs > 0)
        sampler = std::make_unique<StallSampler>(options.traceStallsMs);
    Benchmark benchmark(*bundle, report, sampler.get());
    if (!benchmark.startUp()) {
        err << "switch_benchmark: the first page did not load\n";
        return 1;
    }
    benchmark.firstResults(options.query);
    if (!options.startOnly) {
        benchmark.switchSections(options.seed, options.across);
        benchmark.typeQuery(options.query);
    }
    if (options.pdf && !options.startOnly)
        benchmark.exportPdf();
    else
        report.addNote(QStringLiteral("PDF phase skipped (--no-pdf or --start-only)"));
    report.print();
    if (sampler) {
        for (const QString &line : sampler->report(8))
            err << line << '\n';
    }
    if (!options.jsonPath.isEmpty() && !report.write(options.jsonPath)) {
        err << "switch_benchmark: cannot write " << options.jsonPath << '\n';
        return 1;
    }
    return 0;
}
