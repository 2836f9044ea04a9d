#include "sectiontreeitemaccessible.h"

#include "shownrows.h"

SectionTreeItemAccessible::SectionTreeItemAccessible(QTreeView *view, const QModelIndex &index,
                                                     const ShownRows *rows)
    : SectionTreeLeafAccessible(view)
    , m_index(index)
    , m_rows(rows)
{}

const QString &SectionTreeItemAccessible::expandAction()
{
    static const QString name = QStringLiteral("Expand");
    return name;
}

const QString &SectionTreeItemAccessible::collapseAction()
{
    static const QString name = QStringLiteral("Collapse");
    return name;
}

bool SectionTreeItemAccessible::isValid() const
{
    return view() && m_index.isValid() && m_index.model() == view()->model();
}

QString SectionTreeItemAccessible::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name: {
        const QString name = m_index.data(Qt::AccessibleTextRole).toString();
        return name.isEmpty() ? m_index.data(Qt::DisplayRole).toString() : name;
    }
    case QAccessible::Description:
        return m_index.data(Qt::AccessibleDescriptionRole).toString();
    default:
        return {};
    }
}

QRect SectionTreeItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect shown = view()->visualRect(m_index);
    return shown.translated(view()->viewport()->mapToGlobal(QPoint(0, 0)));
}

QAccessible::State SectionTreeItemAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    const QRect viewport(view()->viewport()->mapToGlobal(QPoint(0, 0)), view()->viewport()->size());
    if (!viewport.intersects(rect()))
        state.invisible = true; // scrolled out
    const QItemSelectionModel *selection = view()->selectionModel();
    if (m_index.flags() & Qt::ItemIsSelectable) {
        state.selectable = true;
        state.focusable = true;
        state.multiSelectable = view()->selectionMode() == QAbstractItemView::MultiSelection;
        state.extSelectable = view()->selectionMode() == QAbstractItemView::ExtendedSelection;
    }
    state.selected = selection && selection->isSelected(m_index);
    // The difference from Qt's rows: the current row has the focus only while the tree has.
    state.focused = view()->hasFocus() && selection && selection->currentIndex() == m_index;
    const QVariant check = m_index.data(Qt::CheckStateRole);
    if (check.isValid() && (m_index.flags() & Qt::ItemIsUserCheckable))
        state.checkable = true;
    state.checked = check.isValid() && check.toInt() == Qt::Checked;
    if (isExpandable()) {
        state.expandable = true;
        state.expanded = view()->isExpanded(m_index);
        state.collapsed = !state.expanded;
    }
    return state;
}

void *SectionTreeItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    switch (type) {
    case QAccessible::TableCellInterface:
        return static_cast<QAccessibleTableCellInterface *>(this);
    case QAccessible::ActionInterface:
        return static_cast<QAccessibleActionInterface *>(this);
    default:
        return nullptr;
    }
}

bool SectionTreeItemAccessible::isSelected() const
{
    return isValid() && view()->selectionModel() && view()->selectionModel()->isSelected(m_index);
}

QList<QAccessibleInterface *> SectionTreeItemAccessible::columnHeaderCells() const
{
    QAccessibleInterface *tree = parent();
    QAccessibleInterface *header = tree ? tree->child(m_index.column()) : nullptr;
    if (!header)
        return {};
    return {header};
}

int SectionTreeItemAccessible::rowIndex() const
{
    return isValid() ? m_rows->rowOf(m_index) : -1;
}

bool SectionTreeItemAccessible::isExpandable() const
{
    return view()->model()->hasChildren(m_index);
}

QStringList SectionTreeItemAccessible::actionNames() const
{
    if (!isValid())
        return {};
    QStringList names{pressAction()};
    if (m_index.flags() & Qt::ItemIsSelectable)
        names.append(toggleAction());
    if (isExpandable())
        names.append(view()->isExpanded(m_index) ? collapseAction() : expandAction());
    return names;
}

QString SectionTreeItemAccessible::localizedActionName(const QString &name) const
{
    if (name == expandAction())
        return tr("Expand");
    if (name == collapseAction())
        return tr("Collapse");
    return QAccessibleActionInterface::localizedActionName(name);
}

void SectionTreeItemAccessible::doAction(const QString &name)
{
    if (!actionNames().contains(name))
        return;
    if (name == pressAction()) {
        view()->setCurrentIndex(m_index); // as a click: the row becomes current and selected
    } else if (name == toggleAction()) {
        QAccessibleTableInterface *tree = parent()->tableInterface();
        const int row = rowIndex();
        if (isSelected())
            tree->unselectRow(row);
        else
            tree->selectRow(row);
    } else if (name == expandAction()) {
        view()->expand(m_index);
    } else if (name == collapseAction()) {
        view()->collapse(m_index);
    }
}
