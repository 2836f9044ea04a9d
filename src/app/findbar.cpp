#include "findbar.h"

#include "bundledicon.h"
#include "clearbutton.h"
#include "documentswap.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <utility>

namespace {

// Blink's find starts from the selection when there is one, else from the top of the
// document: a reader at the last question who searches would be thrown to the first match
// of the page. A caret (a collapsed selection, invisible in a page nobody edits) at the start
// of the first line in view makes the search start where the reader is, as browsers do. A
// selection of the reader's own that is in view is left alone: the search starts there.
const char kStartAtView[] = R"JS(
(function () {
  'use strict';
  const selection = window.getSelection();
  if (selection.rangeCount > 0 && !selection.isCollapsed) {
    const box = selection.getRangeAt(0).getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) return;
  }
  const main = document.querySelector('main') || document.body;
  if (!main) return;
  const left = Math.max(main.getBoundingClientRect().left, 0) + 1;
  for (let y = 1; y < window.innerHeight; y += 8) {
    const range = document.caretRangeFromPoint(left, y);
    if (range && main.contains(range.startContainer)) {
      selection.collapse(range.startContainer, range.startOffset);
      return;
    }
  }
})()
)JS";

QToolButton *toolButton(const QString &iconName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(BundledIcon::themed(iconName));
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
{
    m_field->setPlaceholderText(tr("Find in page"));
    ClearButton::enable(m_field);
    m_field->setAccessibleName(tr("Find in page"));
    m_field->installEventFilter(this); // Shift+Enter, before the field takes Enter itself
    QToolButton *previous =
        toolButton(QStringLiteral("go-up"), tr("Previous match (Shift+F3)"), this);
    QToolButton *next = toolButton(QStringLiteral("go-down"), tr("Next match (F3)"), this);
    QToolButton *close = toolButton(QStringLiteral("window-close"), tr("Close (Esc)"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(close);
    // Tab follows the bar left to right (the check box was made first).
    setTabOrder(m_field, previous);
    setTabOrder(previous, next);
    setTabOrder(next, m_matchCase);
    setTabOrder(m_matchCase, close);

    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_matchCase, &QCheckBox::toggled, this, [this] { find(false); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    hide();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::findNext()
{
    if (isHidden())
        activate();
    find(false);
}

void FindBar::findPrevious()
{
    if (isHidden())
        activate();
    find(true);
}

void FindBar::dismiss()
{
    m_fromView = true;
    m_page->findText(QString()); // clears the highlights
    setStatus(QString());
    hide();
}

void FindBar::documentReplaced()
{
    m_fromView = true;
    if (!m_searched)
        return;
    m_searched = false;
    // A search for a code point nobody types (one of the private use area, never the start
    // of a reader's search) replaces what Blink remembers. Its result is no reader's.
    m_ignoreResult = true;
    m_page->findText(QString(QChar(0xE000)));
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        dismiss();
    else
        QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// The count is also the field's description: a screen reader presents a change to the
// description of what has focus, so "3 of 7" is heard while typing (Qt 6.4 has no
// announcement event), and the count stays tied to the field it belongs to.
void FindBar::setStatus(const QString &text)
{
    m_status->setText(text);
    m_field->setAccessibleDescription(text);
}

void FindBar::find(bool backward)
{
    QWebEnginePage::FindFlags flags;
    if (backward)
        flags |= QWebEnginePage::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QWebEnginePage::FindCaseSensitively;
    if (m_field->text().isEmpty())
        setStatus(QString());
    else
        m_searched = true;
    if (m_placingCaret) // find() runs again once the caret is in place, with the field's text
        return;
    if (m_fromView && !m_field->text().isEmpty()) {
        m_fromView = false;
        m_placingCaret = true;
        // Every section of the body, for the find to reach them all.
        m_page->runJavaScript(DocumentSwap::finishScript() + QString::fromUtf8(kStartAtView),
                              QWebEngineScript::ApplicationWorld,
                              [self = QPointer(this), backward](const QVariant &) {
                                  if (!self)
                                      return;
                                  self->m_placingCaret = false;
                                  self->find(backward);
                              });
        return;
    }
    m_page->findText(m_field->text(), flags);
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (std::exchange(m_ignoreResult, false) || m_field->text().isEmpty())
        return;
    if (result.numberOfMatches() == 0)
        setStatus(tr("No matches"));
    else
        setStatus(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
}
