#pragma once

// Alt+letter mnemonics and where each leads: a letter shared by two fields, buttons or menu
// entries takes the keyboard to the first of them only (or cycles), so a user who meant the
// second types into the first.

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QWidget>

namespace Mnemonics {

// Who uses which letter, the letters in lower case.
using Owners = QMap<QChar, QStringList>;

inline void add(const QString &text, Owners *owners)
{
    static const QRegularExpression mnemonic(QStringLiteral("&([^&])"));
    if (const QRegularExpressionMatch found = mnemonic.match(text); found.hasMatch())
        (*owners)[found.captured(1).at(0).toLower()].append(text);
}

// In a dialog or window: the labels with a buddy and the buttons that show when `root` does.
inline Owners inWidget(const QWidget *root)
{
    Owners owners;
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            add(label->text(), &owners);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            add(button->text(), &owners);
    }
    return owners;
}

// Among the visible entries of a menu bar or a menu.
inline Owners inActions(const QList<QAction *> &actions)
{
    Owners owners;
    for (const QAction *action : actions)
        if (action->isVisible() && !action->isSeparator())
            add(action->text(), &owners);
    return owners;
}

// "Alt+x: A, B" for each letter that leads to more than one place; empty when none does.
inline QStringList conflicts(const Owners &owners)
{
    QStringList found;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            found.append(
                QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    return found;
}

// A _data() table's "language" column, a row for each language the app ships.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

} // namespace Mnemonics
