#include "alertlabel.h"

#include <QAccessibleWidget>

namespace {

class AccessibleAlert final : public QAccessibleWidget
{
public:
    explicit AccessibleAlert(AlertLabel *label)
        : QAccessibleWidget(label, QAccessible::AlertMessage)
    {}

    QString text(QAccessible::Text type) const override
    {
        if (type == QAccessible::Name)
            return static_cast<const AlertLabel *>(widget())->text();
        return QAccessibleWidget::text(type);
    }
};

QAccessibleInterface *alertFactory(const QString &, QObject *object)
{
    if (auto *label = qobject_cast<AlertLabel *>(object))
        return new AccessibleAlert(label);
    return nullptr;
}

} // namespace

AlertLabel::AlertLabel(QWidget *parent)
    : QLabel(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    static_cast<void>(installed);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

void AlertLabel::announce(const QString &text)
{
    setText(text);
    hide(); // showing it again is what tells the screen reader
    show();
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}
