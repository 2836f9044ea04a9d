#pragma once

#include <QLabel>

// A note over the page that a screen reader announces when it appears (WCAG 4.1.3): to
// assistive technologies it is an alert whose name is its text. Qt 6.4 has no announcement
// event, but its AT-SPI bridge reports an object being shown, and Orca speaks an alert as it
// appears.
class AlertLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLabel)

public:
    explicit AlertLabel(QWidget *parent = nullptr);

    // Shows `text` and says it: shown anew, so a second note is announced like the first.
    void announce(const QString &text);
};
