#pragma once

#include <QImage>
#include <QObject>
#include <QTimer>

class MainWindow;

// Saves a picture of the window for --screenshot once the page has really painted: a web view
// grabbed right at loadFinished is often still blank, so it polls until the page area shows
// more than one colour, is scrolled to the section and is still, then writes the PNG atomically (an
// existing file is replaced whole or left untouched).
class WindowScreenshot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowScreenshot)

public:
    WindowScreenshot(MainWindow *window, QString path, QObject *parent = nullptr);

    void start(); // emits finished() with the exit code; an error message goes to stderr

Q_SIGNALS:
    void finished(int exitCode);

private:
    void poll();
    void save();
    void fail(const QString &message);

    MainWindow *m_window;
    QString m_path;
    QTimer m_poll;
    int m_attempts = 0;
    bool m_loaded = false;
    bool m_asking = false;  // the page is being asked whether it shows the section
    bool m_atPlace = false; // it does
    QImage m_lastFrame;     // the page area at the last poll
    int m_stillPolls = 0;   // polls since it last changed
};
