// tree_paint_benchmark: what a paint of the section tree costs the GUI thread, with the style
// drawing every row (QStyledItemDelegate, as before) and with SectionTreeDelegate, which keeps
// each row's laid-out title. A program, not a test: timings depend on the machine.
//
//   tree_paint_benchmark [--runs N] [--steps N] [--sizes 1000,10000]
//
// Per size and run, a SectionTreeView over a synthetic catalog (every document open, uniform
// row heights as ui/mainwindow.ui has them, 360 x 700 pixels, so titles are elided as in the
// window) is shown, and each step makes another row current, as a switch of sections does:
//   - "jump": a row picked at random (seeded, the same for both delegates), scrolled to;
//   - "next": the row below, in view already (reading on);
//   - "back": the row of the previous jump again (history, the favourites).
// After each step the viewport is repainted at once (the tree's postponed layout first) and
// the paint timed in the thread's CPU
// time. The two delegates take turns run by run. Prints median and p99 per step kind and
// delegate, and the ratio of the delegate's medians to the style's.
#include "benchmarkstats.h"
#include "contentcatalog.h"
#include "sectiontreedelegate.h"
#include "sectiontreemodel.h"
#include "sectiontreeview.h"
#include "syntheticcatalog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QStyledItemDelegate>
#include <QTextStream>

#include <array>
#include <memory>

namespace {

enum Step { Jump, Next, Back, StepKinds };
const std::array<const char *, StepKinds> kStepNames{"jump", "next", "back"};

using Timings = std::array<QList<double>, StepKinds>;

void paintRun(const ContentCatalog &catalog, bool kept, int steps, quint32 seed, Timings *timings)
{
    SectionTreeModel model(catalog);
    SectionTreeView view;
    if (!kept)
        view.setItemDelegate(new QStyledItemDelegate(&view));
    view.setUniformRowHeights(true);
    view.setHeaderHidden(true);
    view.setModel(&model);
    view.expandAll();
    view.resize(360, 700);
    view.show();
    QApplication::processEvents();
    QRandomGenerator random(seed);
    const int documents = model.rowCount();
    QModelIndex previous = model.index(0, 0, model.index(0, 0));
    const auto paint = [&](Step kind, const QModelIndex &row) {
        view.setCurrentIndex(row);
        view.scrollTo(row);
        // The first paint after the change, as the window's next frame would make it (the
        // tree lays out what it postponed first); then the updates the change asked for,
        // untimed, so that none is left over for the next step.
        const double start = threadCpuMs();
        view.viewport()->repaint();
        (*timings)[std::size_t(kind)].append(threadCpuMs() - start);
        QApplication::processEvents();
    };
    for (int step = 0; step < steps; ++step) {
        const QModelIndex document = model.index(int(random.bounded(documents)), 0);
        const QModelIndex jump =
            model.index(int(random.bounded(std::max(1, model.rowCount(document)))), 0, document);
        paint(Jump, jump);
        const QModelIndex below = view.indexBelow(jump);
        paint(Next, below.isValid() ? below : jump);
        paint(Back, previous);
        previous = jump;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per size and delegate."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("Steps per run."),
                                         QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Section counts."),
                                         QStringLiteral("LIST"), QStringLiteral("1000,10000"));
    parser.addOptions({runsOption, stepsOption, sizesOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int steps = std::max(1, parser.value(stepsOption).toInt());

    QTextStream out(stdout);
    out << "sections step style_median_ms style_p99_ms kept_median_ms kept_p99_ms "
           "kept/style(median)\n";
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','))) {
        const ContentCatalog catalog(syntheticManifest(size.toInt()));
        Timings style, kept;
        for (int run = 0; run < runs; ++run) {
            const quint32 seed = 8 + quint32(run);
            // Alternating, so that a change in the machine's load falls on both.
            const bool keptFirst = run % 2;
            paintRun(catalog, keptFirst, steps, seed, keptFirst ? &kept : &style);
            paintRun(catalog, !keptFirst, steps, seed, keptFirst ? &style : &kept);
        }
        for (std::size_t kind = 0; kind < StepKinds; ++kind) {
            const Spread a = spread(style[kind]), b = spread(kept[kind]);
            out << size << ' ' << kStepNames[kind] << ' ' << a.median << ' ' << a.p99 << ' '
                << b.median << ' ' << b.p99 << ' ' << (a.median > 0 ? b.median / a.median : 0)
                << '\n';
        }
        out.flush();
    }
    return 0;
}
