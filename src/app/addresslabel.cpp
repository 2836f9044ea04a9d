#include "addresslabel.h"

#include <QFocusEvent>
#include <QUrl>

AddressLabel::AddressLabel(const QString &address, const QUrl &url, QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setText(QStringLiteral("<a href=\"%1\">%2</a>")
                .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), address.toHtmlEscaped()));
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setFocusPolicy(Qt::StrongFocus);
}

AddressLabel::~AddressLabel() = default;

void AddressLabel::focusInEvent(QFocusEvent *event)
{
    QLabel::focusInEvent(event);
    // The label's one link takes the focus it was given, from either direction (QLabel's own
    // step to its first link).
    const bool byKeyboard =
        event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (byKeyboard && !hasSelectedText())
        QLabel::focusNextPrevChild(true);
}

bool AddressLabel::focusNextPrevChild(bool next)
{
    // One link, so Tab and Shift+Tab leave the label. (QLabel's walk through its links kept
    // Shift+Tab on a label that starts with one.)
    return QWidget::focusNextPrevChild(next);
}
