#pragma once

#include <QMargins>
#include <QPoint>
#include <QRect>
#include <QSize>

// Where a top-level window goes so that all of it, the window manager's frame included, is on
// the screen's available area: its size shrunk to what fits, its frame moved inside. A window
// that already fits stays as it is.
//
// Qt places a window by its frame (QWidget::move() takes the frame's top-left) but sizes it
// without (QWidget::resize()), so the two are worked out apart; mixing them up once put the
// frame's top at the height of a whole frame and the status bar below the screen.
class WindowFit final
{
public:
    QSize size;      // the window's own size, without the frame
    QPoint position; // the frame's top-left

    // The frame assumed before the window is first shown, when nothing knows it yet: a title
    // bar and borders as large as the usual desktops draw them.
    static constexpr QMargins kGuessedFrame{8, 32, 8, 8};

    // `frame`: the window manager's margins around the window, or kGuessedFrame.
    static WindowFit into(const QRect &available, const QMargins &frame, const QPoint &position,
                          const QSize &size);
};
