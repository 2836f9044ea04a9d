#pragma once

#include "answersource.h"
#include "contentbundle.h"
#include "pagetheme.h"
#include "pdfexportprocess.h"
#include "sectiontreemodel.h"
#include "viewersettings.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class AlertLabel;
class AnswerReviewDialog;
class FindBar;
class HelpProfile;
class HelpView;
class PageHighlighter;
class PdfExportController;
class QActionGroup;
class QMenu;
class QLabel;
class QTimer;
class SearchPanel;
class SearchService;
class ShortcutsDialog;

// The reading window: the section tree on the left, the page and its find bar on the right.
// It wires the two together (the tree follows the reading position and the page follows
// the tree) and turns the page's link decisions and the menus into what the user sees.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using ThemeMode = ViewerSettings::Theme;

    // `profile`, `search` and `exportProgram` (which prints PDFs) serve `bundle`. settings:
    // where the window's state is restored from and saved to on close; none keeps nothing
    // between runs (tests, screenshots).
    MainWindow(const ContentBundle &bundle, HelpProfile *profile, SearchService *search,
               const ExportChildProgram &exportProgram, ViewerSettings *settings = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // An invalid ref means "where the reader left off", else the first document.
    void showSection(SectionRef ref);
    HelpView *helpView() const { return m_view; }
    SearchPanel *searchPanel() const { return m_search; }
    FindBar *findBar() const { return m_findBar; }

    ThemeMode themeMode() const { return m_themeMode; }
    void setThemeMode(ThemeMode mode);
    PageTheme effectiveTheme() const;

    void copyAnswer(SectionRef ref);
    void copyLink(SectionRef ref);
    QString deepLink(SectionRef ref) const;
    // The page's context menu, top to bottom; nullptr stands for a separator.
    QList<QAction *> pageMenuActions() const;
    // The section tree's context menu for the item `ref`.
    std::unique_ptr<QMenu> createTreeMenu(SectionRef ref);
    // File > Answer a Questionnaire… once the file is chosen: the review window for `path`,
    // showing its rows' sections here; null (after saying why) when the file cannot be read.
    AnswerReviewDialog *openQuestionnaire(const QString &path);
    // Help > Keyboard Shortcuts: every key the window answers to.
    ShortcutsDialog *showShortcuts();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpShortcuts();
    void setUpActions();
    void setUpKeyboardActions();
    QList<QWidget *> panes() const;
    void focusPane(int step);
    void openContextMenuOfFocus();
    void showZoom();
    void setUpThemeMenu();
    void restoreViewerState();
    void saveViewerState();
    void setUpPrinting(const ExportChildProgram &program); // PDF export and paper
    void setUpQuestionnaires();
    void onTreeCurrentChanged(const QModelIndex &current);
    void openSearchResult(const QString &path, const QStringList &words);
    void onPlaceChanged(SectionRef place);
    void stepSection(int step);
    void updateHistoryActions();
    void showTreeMenu(const QPoint &position);
    void showPageMenu(const QPoint &globalPosition);
    void openExternal(const QUrl &url);
    void reportRefused(const QUrl &url);
    void showFailure(const QString &text);
    void showNotice(const QString &text);
    void showHoveredLink(const QString &url);
    void applyTheme();
    void showRendererNotice(bool killed, int exitCode);
    void showBlockedCount(int count);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ContentBundle &m_bundle;
    const ContentCatalog &m_catalog;
    HelpProfile *m_profile;
    AnswerSource m_answers;
    SectionTreeModel m_model;
    HelpView *m_view;
    SearchPanel *m_search;
    PageHighlighter *m_highlighter;
    FindBar *m_findBar;
    QActionGroup *m_themeGroup;
    PdfExportController *m_pdfExport = nullptr;
    QLabel *m_offline;    // "Offline · N requests blocked": proof the page never reached out
    QLabel *m_zoom;       // "Zoom 120%", shown while the zoom is not 100%
    AlertLabel *m_notice; // a short note over the page, e.g. after the renderer was restarted
    QTimer *m_noticeTimer;
    ThemeMode m_themeMode = ThemeMode::System;
    bool m_followingView = false; // the tree is being moved to where the reader is
    ViewerSettings *m_settings;
    ViewerSettings::State m_state;
};
