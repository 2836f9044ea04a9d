#pragma once

#include "answersource.h"
#include "contentbundle.h"
#include "pagetheme.h"
#include "pdfexportprocess.h"
#include "sectiontreemodel.h"
#include "viewersettings.h"
#include "windowpalette.h"

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
    // The page's context menu for the place `ref` under the pointer: what the page offers
    // for a selection or a link, then what the window does with that place.
    std::unique_ptr<QMenu> createPageMenu(SectionRef ref);
    // The section tree's context menu for the item `ref`.
    std::unique_ptr<QMenu> createTreeMenu(SectionRef ref);
    // File > Answer a Questionnaire… once the file is chosen: the review window for `path`,
    // showing its rows' sections here; null (after saying why) when the file cannot be read.
    AnswerReviewDialog *openQuestionnaire(const QString &path);
    // Help > Keyboard Shortcuts: every key the window answers to.
    ShortcutsDialog *showShortcuts();
    // For `--preview`: `note` in the title and the status bar, `banner` above the page, and
    // File's commands that write a file or remember a folder turned off.
    void markAsPreview(const QString &note, QWidget *banner);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpShortcuts();
    void setUpActions();
    void setUpFavourites(); // Go > Add to Favourites and the tree's Favourites group
    void setUpKeyboardActions();
    QList<QWidget *> panes() const;
    void focusPane(int step);
    void openContextMenuOfFocus();
    void showZoom();
    void setUpThemeMenu();
    void restoreViewerState();
    void saveViewerState();
    void fitIntoScreen();
    void setUpPrinting(const ExportChildProgram &program); // PDF export and paper
    void setUpQuestionnaires();
    void onTreeCurrentChanged(const QModelIndex &current);
    void openSearchResult(const QString &path, const QStringList &words);
    void onPlaceChanged(SectionRef place);
    // Stars `ref` or takes its star away, and says which.
    void toggleFavourite(SectionRef ref);
    QString favouriteActionText(SectionRef ref) const;
    // The tree's current row and its only selected one, whatever keys are held.
    void selectInTree(const QModelIndex &index);
    void showSections(bool show); // View > Show Sections: the search field and the tree
    // "Question — Document — Trustbook": which answer this window holds, from the taskbar.
    void showPlaceInTitle(SectionRef place);
    void stepSection(int step);
    void updateHistoryActions();
    void showTreeMenu(const QPoint &position);
    void showPageMenu(const QPoint &position);
    // "Copy Link Address" for a link in the page, in its public form.
    void addCopyLinkAddress(QMenu *menu, const QUrl &link);
    // Copy Answer and Copy Link for `ref`, as the tree's and the page's menus offer them.
    void addPlaceActions(QMenu *menu, SectionRef ref, bool withLink);
    void openExternal(const QUrl &url);
    void reportRefused(const QUrl &url);
    void showFailure(const QString &text);
    void showNotice(const QString &text);
    void showHoveredLink(const QString &url);
    void applyTheme();
    void updateToolbarIcons();
    void updateTreeSelectionColours();
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
    QAction *m_favouriteAction = nullptr; // Go > Add to Favourites, for the place being read
    QString m_appTitle;                   // the form's title, in the user's language
    QString m_hoveredLink; // the address in the status bar while the pointer is on a link
    ThemeMode m_themeMode = ThemeMode::System;
    WindowPalette m_windowPalette;
    bool m_ownToolbarIcons = false; // the desktop has no icon theme: ours, in the theme's colour
    bool m_followingView = false;   // the tree is being moved to where the reader is
    ViewerSettings *m_settings;
    ViewerSettings::State m_state;
};
