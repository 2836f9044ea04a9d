#include "sectiontreeview.h"

#include "sectiontreeaccessible.h"

#include <QAccessible>

SectionTreeView::SectionTreeView(QWidget *parent)
    : FocusTruthfulView<QTreeView>(parent)
{
    SectionTreeAccessible::install();
    connect(this, &QTreeView::expanded, this, &SectionTreeView::announceExpandedChange);
    connect(this, &QTreeView::collapsed, this, &SectionTreeView::announceExpandedChange);
}

QAccessibleInterface *SectionTreeView::accessibleItem(const QModelIndex &index) const
{
    QAccessibleInterface *tree =
        QAccessible::queryAccessibleInterface(const_cast<SectionTreeView *>(this));
    const int row = SectionTreeAccessible::shownRow(this, index);
    if (!tree || !tree->tableInterface() || row < 0)
        return nullptr;
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
