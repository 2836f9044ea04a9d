// WindowFit: a window placed on a screen, as the main window places itself at every start (a
// first run, where the frame is only guessed, and a size and place saved on another screen):
// all of it, frame included, on the screen's available area, and a window that fits left alone.
#include "windowfit.h"

#include <QtTest>

class TestWindowFit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void into_framedWindowIsOnTheScreen_data();
    void into_framedWindowIsOnTheScreen();
};

void TestWindowFit::into_framedWindowIsOnTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QMargins>("frame");
    QTest::addColumn<QPoint>("position");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QSize>("fittedSize");
    QTest::addColumn<QPoint>("fittedPosition");

    // A first run, the form's 1180x760 at the top-left: on a 1280x800 screen the frame's top
    // used to land 32 pixels down, and the status bar below the screen's edge.
    QTest::newRow("first run, 1280x800")
        << QRect(0, 0, 1280, 800) << WindowFit::kGuessedFrame << QPoint(0, 0) << QSize(1180, 760)
        << QSize(1180, 760) << QPoint(0, 0);
    QTest::newRow("first run, 1366x768 laptop")
        << QRect(0, 0, 1366, 768) << WindowFit::kGuessedFrame << QPoint(0, 0) << QSize(1180, 760)
        << QSize(1180, 728) << QPoint(0, 0);
    // Below a 27-pixel top panel and beside a 64-pixel dock.
    QTest::newRow("panel and dock")
        << QRect(64, 27, 1216, 773) << WindowFit::kGuessedFrame << QPoint(0, 0) << QSize(1180, 760)
        << QSize(1180, 733) << QPoint(64, 27);
    // Saved at twice the scale on a larger screen (QT_SCALE_FACTOR=2, 1400x900).
    QTest::newRow("saved larger than the screen")
        << QRect(0, 0, 1400, 900) << QMargins(1, 20, 1, 1) << QPoint(200, 150) << QSize(2360, 1520)
        << QSize(1398, 879) << QPoint(0, 0);
    QTest::newRow("saved past the right and bottom edges")
        << QRect(0, 0, 1920, 1080) << QMargins(1, 20, 1, 1) << QPoint(1500, 700) << QSize(800, 600)
        << QSize(800, 600) << QPoint(1118, 459);
    QTest::newRow("saved above and left of a second screen")
        << QRect(1920, 0, 1280, 1024) << QMargins(1, 20, 1, 1) << QPoint(1800, -30)
        << QSize(800, 600) << QSize(800, 600) << QPoint(1920, 0);
    QTest::newRow("fits: left alone")
        << QRect(0, 0, 1920, 1080) << QMargins(1, 20, 1, 1) << QPoint(300, 200) << QSize(1180, 760)
        << QSize(1180, 760) << QPoint(300, 200);
    QTest::newRow("no frame (offscreen, full-screen kiosk)")
        << QRect(0, 0, 800, 800) << QMargins() << QPoint(0, 0) << QSize(1180, 760)
        << QSize(800, 760) << QPoint(0, 0);
}

void TestWindowFit::into_framedWindowIsOnTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QMargins, frame);
    QFETCH(QPoint, position);
    QFETCH(QSize, size);
    QFETCH(QSize, fittedSize);
    QFETCH(QPoint, fittedPosition);

    const WindowFit fit = WindowFit::into(available, frame, position, size);

    QCOMPARE(fit.size, fittedSize);
    QCOMPARE(fit.position, fittedPosition);
    const QRect framed(fit.position, fit.size.grownBy(frame));
    QVERIFY2(available.contains(framed), qPrintable(QStringLiteral("%1x%2+%3+%4")
                                                        .arg(framed.width())
                                                        .arg(framed.height())
                                                        .arg(framed.x())
                                                        .arg(framed.y())));
}

QTEST_GUILESS_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
