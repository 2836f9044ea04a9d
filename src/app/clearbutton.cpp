#include "clearbutton.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

void ClearButton::enable(QLineEdit *field)
{
    field->setClearButtonEnabled(true);
    // The button is the field's only tool button; Qt makes it when the option is turned on.
    for (QToolButton *button : field->findChildren<QToolButton *>()) {
        button->setAccessibleName(QCoreApplication::translate("ClearButton", "Clear"));
        button->setToolTip(button->accessibleName());
    }
}
