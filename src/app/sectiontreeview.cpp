#include "sectiontreeview.h"

#include "sectiontreeaccessible.h"
#include "sectiontreedelegate.h"

#include <QAccessible>

SectionTreeView::SectionTreeView(QWidget *parent)
    : FocusTruthfulView<QTreeView>(parent)
{
    SectionTreeAccessible::install();
    setItemDelegate(new SectionTreeDelegate(this));
    connect(this, &QTreeView::expanded, this, &SectionTreeView::announceExpandedChange);
    connect(this, &QTreeView::collapsed, this, &SectionTreeView::announceExpandedChange);
}

QAccessibleInterface *SectionTreeView::accessibleItem(const QModelIndex &index) const
{
    // SectionTreeAccessible::create() made it, unless another factory came first.
    auto *tree = dynamic_cast<SectionTreeAccessible *>(
        QAccessible::queryAccessibleInterface(const_cast<SectionTreeView *>(this)));
    return tree ? tree->itemFor(index) : nullptr;
}

// Every layout of the rows ends here, those that emit no signal too.
void SectionTreeView::updateGeometries()
{
    FocusTruthfulView<QTreeView>::updateGeometries();
    Q_EMIT rowsLaidOut();
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
