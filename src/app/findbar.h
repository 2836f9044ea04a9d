#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QWebEngineFindTextResult;
class QWebEnginePage;

// The find-in-page bar under the page: type to search, Enter/F3 or its down button for the
// next match, Shift+Enter/Shift+F3 or its up button for the previous one, a match count
// ("3 of 7", also the field's accessible description), a case option, and Esc or its close
// button to close it and clear the highlights.
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
    // Another document's body was put into the page without a load (DocumentSwap). A load
    // gives the page a new frame, and Blink a new find-in-page memory with it; a swap keeps
    // both, and Blink remembers a search that found nothing: the same words (or more letters
    // of them) are then not searched again, so "No matches" from the old body would stick to
    // the new one. Called after the swap, so that it never delays one.
    void documentReplaced();
    QString status() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStatus(const QString &text);
    void find(bool backward);
    void showResult(const QWebEngineFindTextResult &result);

    QWebEnginePage *m_page;
    QLineEdit *m_field;
    QLabel *m_status;
    QCheckBox *m_matchCase;
    bool m_searched = false;     // since the last documentReplaced()
    bool m_ignoreResult = false; // the next result answers documentReplaced()'s search
    bool m_fromView = true;      // the next search starts where the reader is (kStartAtView)
    bool m_placingCaret = false; // for that; searches wait for it
};
