#include "findbar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace {

QToolButton *toolButton(const QString &iconName, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon::fromTheme(iconName));
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
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Find in page"));
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
    m_page->findText(QString()); // clears the highlights
    m_status->clear();
    hide();
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
    } else if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
               event->modifiers().testFlag(Qt::ShiftModifier)) {
        findPrevious();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void FindBar::find(bool backward)
{
    QWebEnginePage::FindFlags flags;
    if (backward)
        flags |= QWebEnginePage::FindBackward;
    if (m_matchCase->isChecked())
        flags |= QWebEnginePage::FindCaseSensitively;
    if (m_field->text().isEmpty())
        m_status->clear();
    m_page->findText(m_field->text(), flags);
}

void FindBar::showResult(const QWebEngineFindTextResult &result)
{
    if (m_field->text().isEmpty())
        return;
    if (result.numberOfMatches() == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 of %2").arg(result.activeMatch()).arg(result.numberOfMatches()));
}
