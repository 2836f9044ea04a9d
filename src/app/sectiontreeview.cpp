#include "sectiontreeview.h"

#include <QAccessible>

SectionTreeView::SectionTreeView(QWidget *parent)
    : FocusTruthfulView<QTreeView>(parent)
{
    connect(this, &QTreeView::expanded, this, &SectionTreeView::announceExpandedChange);
    connect(this, &QTreeView::collapsed, this, &SectionTreeView::announceExpandedChange);
}

QAccessibleInterface *SectionTreeView::accessibleItem(const QModelIndex &index) const
{
    QAccessibleInterface *tree =
        QAccessible::queryAccessibleInterface(const_cast<SectionTreeView *>(this));
    if (!tree || !tree->tableInterface() || !index.isValid())
        return nullptr;
    // The accessible tree counts rows as they are shown, from the top.
    int row = 0;
    for (QModelIndex shown = model()->index(0, 0); shown.isValid() && shown != index;
         shown = indexBelow(shown))
        ++row;
    return tree->tableInterface()->cellAt(row, index.column());
}

// The item's own state says which it is now; the event says it changed.
void SectionTreeView::announceExpandedChange(const QModelIndex &index)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface *item = accessibleItem(index);
    if (!item)
        return;
    QAccessible::State changed;
    changed.expanded = true;
    changed.collapsed = true;
    QAccessibleStateChangeEvent event(item, changed);
    QAccessible::updateAccessibility(&event);
}
