#pragma once

#include "mainwindow.h"
#include "pdfexportprocess.h"

#include <QWidget>

#include <memory>

class AlertLabel;
class PreviewSource;
class QLabel;
class QStackedLayout;

// The window of `trustbook --preview DIR`: the reading window (MainWindow, with its lockdown
// unchanged) over the preview's content, marked "Preview — not a release". Each good render
// gets a reading window of its own, on a profile and search of its own, in this same
// top-level window: the window, its profile's scheme handler, search and copied answers all
// hold their content by reference, so new content means new ones rather than content changed
// under them. The new one opens where the reader was (the same section), then takes the old
// one's place. A failed render leaves the page as it was, under a banner that names each
// problem as file:line: message, until a render succeeds. Keeps no settings.
class PreviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWindow)

public:
    PreviewWindow(PreviewSource *source, ExportChildProgram exportProgram,
                  QWidget *parent = nullptr);
    ~PreviewWindow() override;

    // The reading window showing the content now; null until the folder first rendered.
    MainWindow *readingWindow() const;
    // The problems of the last render, shown over the page; hidden when it succeeded.
    AlertLabel *problemBanner() const { return m_banner; }
    // Where the first reading window opens ("DOC/SECTION"; empty: the first document), and in
    // which theme each one opens.
    void setStart(const QString &sectionPath) { m_start = sectionPath; }
    void setThemeMode(MainWindow::ThemeMode mode) { m_themeMode = mode; }

    // The label that marks every preview, in the title and the status bar.
    static QString previewNote();

Q_SIGNALS:
    // A reading window over new content has taken the old one's place.
    void reloaded();

private:
    struct Reading;
    void onReloaded();
    void onFailed(const QStringList &errors);
    QString placeToKeep() const;

    PreviewSource *m_source;
    ExportChildProgram m_exportProgram;
    QStackedLayout *m_stack;
    AlertLabel *m_banner;
    QLabel *m_waiting; // shown until the first render succeeds
    std::unique_ptr<Reading> m_reading;
    QString m_start;
    MainWindow::ThemeMode m_themeMode = MainWindow::ThemeMode::System;
};
