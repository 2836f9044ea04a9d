#pragma once

// The reading window as the GUI tests drive it: the real content, offscreen, first page loaded.

#include "contentbundle.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "searchservice.h"
#include "webtestsupport.h"

#include <QTreeView>

#include <memory>

namespace WindowTest {

#ifdef TRUSTBOOK_FIXTURE_PATH
// The export child for a window on the tests' content: the app built with that content.
inline ExportChildProgram exportProgram()
{
    return {QStringLiteral(TRUSTBOOK_FIXTURE_PATH), {}};
}
#endif

// The window at the first document, shown and loaded; null if it did not get that far.
inline std::unique_ptr<MainWindow> openWindow(const ContentBundle &bundle, HelpProfile *profile,
                                              SearchService *search)
{
    auto window = std::make_unique<MainWindow>(bundle, profile, search, exportProgram());
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

// What the window tests share: the compiled-in content and one profile for the whole run, a
// fresh window for each test. Call load() in initTestCase(), open() in init(), close() in
// cleanup().
class Fixture final
{
public:
    bool load()
    {
        Result<ContentBundle> bundle = WebTest::builtInBundle();
        if (!bundle) {
            qWarning("%s", qPrintable(bundle.error()));
            return false;
        }
        m_bundle = *std::move(bundle);
        m_profile = std::make_unique<HelpProfile>(*m_bundle);
        m_search = std::make_unique<SearchService>(*m_bundle);
        return true;
    }
    bool open()
    {
        m_window = openWindow(*m_bundle, m_profile.get(), m_search.get());
        return m_window != nullptr;
    }
    void close() { m_window.reset(); }
    // A window of its own, neither shown nor loaded, for a test that watches it start.
    std::unique_ptr<MainWindow> create() const
    {
        return std::make_unique<MainWindow>(*m_bundle, m_profile.get(), m_search.get(),
                                            exportProgram());
    }

    const ContentBundle &bundle() const { return *m_bundle; }
    const ContentCatalog &catalog() const { return m_bundle->catalog(); }
    MainWindow *window() const { return m_window.get(); }

private:
    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<HelpProfile> m_profile;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace WindowTest
