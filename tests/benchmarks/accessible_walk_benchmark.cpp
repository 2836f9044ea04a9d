// accessible_walk_benchmark: what a screen reader or an accessibility checker pays to read the
// whole section tree, as SectionTreeAccessible exposes it: childCount(), then child(i) and its
// name and state for every i, on a SectionTreeView over a synthetic catalog of N sections in
// N / 100 documents, every document open. A program, not a test: timings depend on the machine.
//
//   accessible_walk_benchmark [--runs N] [--sizes 1000,10000]
//
// Per size and run, a new view: the first walk (each row's object made and registered) and a
// second walk of the same tree (every object known), then closing the view. Prints the median,
// min and max of each walk in the thread's CPU time (a shared machine's load does not add to
// it), their medians in wall time, and the median of closing in CPU time; each run on stderr.
#include "benchmarkstats.h"
#include "contentcatalog.h"
#include "sectiontreemodel.h"
#include "sectiontreeview.h"
#include "syntheticcatalog.h"

#include <QAccessible>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <memory>

namespace {

struct Took
{
    double cpuMs, wallMs;
};

// One full walk: what it took; `read` counts what it read, so nothing is optimised away.
Took walk(QAccessibleInterface *tree, qsizetype *read)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMs();
    const int children = tree->childCount();
    *read = 0;
    for (int i = 0; i < children; ++i) {
        QAccessibleInterface *child = tree->child(i);
        if (!child)
            continue;
        *read += child->text(QAccessible::Name).size();
        *read += child->state().selected ? 1 : 0;
    }
    return {threadCpuMs() - cpuStart, double(timer.nsecsElapsed()) / 1e6};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per size."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Section counts."),
                                         QStringLiteral("LIST"), QStringLiteral("1000,10000"));
    parser.addOptions({runsOption, sizesOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTextStream out(stdout);
    QTextStream err(stderr); // each run as it ends
    out << "sections rows first_cpu_ms(median min max) second_cpu_ms(median min max) "
           "first_wall_ms(median) second_wall_ms(median) closing_cpu_ms(median)\n";
    const QStringList sizes = parser.value(sizesOption).split(QLatin1Char(','));
    for (const QString &size : sizes) {
        const ContentCatalog catalog(syntheticManifest(size.toInt()));
        QList<double> first, second, firstWall, secondWall;
        int rows = 0;
        QList<double> teardown;
        for (int run = 0; run < runs; ++run) {
            SectionTreeModel model(catalog);
            auto view = std::make_unique<SectionTreeView>();
            view->setUniformRowHeights(true); // as ui/mainwindow.ui sets it
            view->setModel(&model);
            view->expandAll();
            view->resize(360, 700);
            view->show();
            QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view.get());
            qsizetype read = 0;
            const Took one = walk(tree, &read);
            const Took two = walk(tree, &read);
            first.append(one.cpuMs);
            second.append(two.cpuMs);
            firstWall.append(one.wallMs);
            secondWall.append(two.wallMs);
            rows = tree->childCount() - 1; // less the header's row
            if (read == 0)
                return 1; // nothing read: the walk measured nothing
            // Closing the view lets every row's object go, and the persistent index each holds.
            const double cpuStart = threadCpuMs();
            view.reset();
            teardown.append(threadCpuMs() - cpuStart);
            err << size << " sections, run " << run + 1 << ": first " << one.cpuMs << ", second "
                << two.cpuMs << ", closing " << teardown.constLast() << " ms of CPU\n";
            err.flush();
        }
        const Spread a = spread(first), b = spread(second);
        out << size << ' ' << rows << ' ' << a.median << ' ' << a.min << ' ' << a.max << ' '
            << b.median << ' ' << b.min << ' ' << b.max << ' ' << spread(firstWall).median << ' '
            << spread(secondWall).median << ' ' << spread(teardown).median << '\n';
        out.flush();
    }
    return 0;
}
