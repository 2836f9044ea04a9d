#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;

// Help > Keyboard Shortcuts: every key the window answers to, in a table a screen reader
// reads row by row. The actions' own shortcuts are read when the dialog opens, so what it
// lists is what the keys do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Row
    {
        QString what;
        QString keys; // as the desktop writes them, alternatives separated by commas
    };

    // `actions` with shortcuts first (their text without mnemonics), then `others`: keys that
    // work in one place and have no action (e.g. Up/Down in the search field).
    ShortcutsDialog(const QList<QAction *> &actions, const QList<Row> &others,
                    QWidget *parent = nullptr);

    static Row rowFor(const QAction *action);
};
