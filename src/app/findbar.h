#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QWebEngineFindTextResult;
class QWebEnginePage;

// The find-in-page bar under the page: type to search, Enter/F3 for the next match,
// Shift+Enter/Shift+F3 for the previous one, a match count ("3 of 7"), a case option, and
// Esc to close it and clear the highlights.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWebEnginePage *page, QWidget *parent = nullptr);

    void activate(); // show, focus the field and select its text
    void findNext();
    void findPrevious();
    void dismiss(); // hide and clear the highlights
    QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page;
    QLineEdit *m_field;
    QLabel *m_status;
    QCheckBox *m_matchCase;
};
