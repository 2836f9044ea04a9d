#pragma once

#include "contentcatalog.h"
#include "sectiontreemodel.h"
#include "viewersettings.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class HelpView;
class QWebEngineProfile;

// The reading window: the section tree on the left, the page on the right. It wires the
// two together and turns the page's link decisions into what the user sees.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // settings: where the window's state is restored from and saved to on close; none keeps
    // nothing between runs (tests)
    MainWindow(const ContentCatalog &catalog, QWebEngineProfile *profile,
               ViewerSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // An invalid ref means "where the reader left off", else the first document.
    void showSection(SectionRef ref);
    HelpView *helpView() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void restoreViewerState();
    void saveViewerState();
    void onTreeCurrentChanged(const QModelIndex &current);
    void openExternal(const QUrl &url);
    void reportRefused(const QUrl &url);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ContentCatalog &m_catalog;
    SectionTreeModel m_model;
    HelpView *m_view;
    ViewerSettings *m_settings;
    ViewerSettings::State m_state;
};
