#pragma once

#include "contentcatalog.h"
#include "sectiontreemodel.h"

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
    MainWindow(const ContentCatalog &catalog, QWebEngineProfile *profile,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showSection(SectionRef ref);
    HelpView *helpView() const { return m_view; }

private:
    void setUpActions();
    void setUpPrinting(QWebEngineProfile *profile); // PDF export and paper
    void onTreeCurrentChanged(const QModelIndex &current);
    void openExternal(const QUrl &url);
    void reportRefused(const QUrl &url);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ContentCatalog &m_catalog;
    SectionTreeModel m_model;
    HelpView *m_view;
};
