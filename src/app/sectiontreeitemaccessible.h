#pragma once

#include "sectiontreeleafaccessible.h"

#include <QCoreApplication>
#include <QPersistentModelIndex>

class ShownRows;

// One row (one column of it) of the section tree as a screen reader reads it, a child of
// SectionTreeAccessible: the row's text, where it is, whether it is selected, open or closed,
// and FOCUSED only while the tree has the keyboard and the row is current. Its actions are
// Press (go to the row, as a click does), Toggle (select or unselect it, as Qt's rows do) and,
// for a document with sections, Expand or Collapse.
class SectionTreeItemAccessible final : public SectionTreeLeafAccessible,
                                        public QAccessibleTableCellInterface,
                                        public QAccessibleActionInterface
{
    Q_DECLARE_TR_FUNCTIONS(SectionTreeItemAccessible)

public:
    // `rows` (the tree's) says where the row is; it outlives this.
    SectionTreeItemAccessible(QTreeView *view, const QModelIndex &index, const ShownRows *rows);

    QModelIndex index() const { return m_index; }

    static const QString &expandAction();
    static const QString &collapseAction();

    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    bool isSelected() const override;
    QList<QAccessibleInterface *> columnHeaderCells() const override;
    QList<QAccessibleInterface *> rowHeaderCells() const override { return {}; }
    int columnIndex() const override { return m_index.column(); }
    int rowIndex() const override;
    int columnExtent() const override { return 1; }
    int rowExtent() const override { return 1; }
    QAccessibleInterface *table() const override { return parent(); }

    QStringList actionNames() const override;
    QString localizedActionName(const QString &name) const override;
    void doAction(const QString &name) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    bool isExpandable() const;

    QPersistentModelIndex m_index;
    const ShownRows *m_rows;
};
