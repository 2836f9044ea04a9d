#pragma once

// The reading window as the GUI tests drive it: the real content, offscreen, first page loaded.

#include "contentcatalog.h"
#include "helpview.h"
#include "mainwindow.h"
#include "webtestsupport.h"

#include <QTreeView>

#include <memory>

namespace WindowTest {

// The window at the first document, shown and loaded; null if it did not get that far.
inline std::unique_ptr<MainWindow> openWindow(const ContentCatalog &catalog,
                                              QWebEngineProfile *profile)
{
    auto window = std::make_unique<MainWindow>(catalog, profile);
    window->resize(1100, 700);
    window->showSection({});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !WebTest::waitForLoad(window->helpView()))
        return nullptr;
    return window;
}

// The tree row showing `title` (a document or a section), anywhere in the tree.
inline QModelIndex indexOfTitle(const QTreeView *tree, const QString &title)
{
    const QAbstractItemModel *model = tree->model();
    return model
        ->match(model->index(0, 0), Qt::DisplayRole, title, 1,
                Qt::MatchExactly | Qt::MatchRecursive)
        .value(0);
}

} // namespace WindowTest
