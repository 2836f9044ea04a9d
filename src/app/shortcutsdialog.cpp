#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, const QList<Row> &others,
                                 QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTreeWidget(this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHeaderLabels({tr("Action"), tr("Keys")});
    table->setRootIsDecorated(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QList<Row> rows;
    for (const QAction *action : actions) {
        if (!action->shortcuts().isEmpty())
            rows.append(rowFor(action));
    }
    rows += others;
    for (const Row &row : rows)
        table->addTopLevelItem(new QTreeWidgetItem({row.what, row.keys}));
    table->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setCurrentItem(table->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, 560);
}

ShortcutsDialog::Row ShortcutsDialog::rowFor(const QAction *action)
{
    QString what = action->text();
    what.remove(QRegularExpression(QStringLiteral("&(?!&)"))); // the mnemonic marks
    if (what.endsWith(QChar(0x2026)))
        what.chop(1);
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts())
        keys.append(shortcut.toString(QKeySequence::NativeText));
    return {what, keys.join(QLatin1String(", "))};
}
