#pragma once

#include <QLabel>

class QUrl;

// One address shown as a link that the keyboard reaches as well as the mouse: a plain QLabel
// with a link takes the focus itself and only a second Tab reaches the link, so Enter right
// after Tab did nothing. Here Tab (or Shift+Tab) into the label lands on the link, Enter or a
// click emits linkActivated(), and the address can still be selected with the mouse.
class AddressLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressLabel)

public:
    // `address` as shown, a link to `url`; neither is ever read as markup.
    AddressLabel(const QString &address, const QUrl &url, QWidget *parent = nullptr);
    ~AddressLabel() override;

protected:
    void focusInEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
};
