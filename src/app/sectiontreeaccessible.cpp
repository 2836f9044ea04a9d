#include "sectiontreeaccessible.h"

#include "sectiontreeheaderaccessible.h"
#include "sectiontreeitemaccessible.h"
#include "sectiontreeview.h"

#include <QTreeView>

#include <algorithm>

namespace {

// The interface registered for `key`, or null if there is none (or QAccessible let it go).
template<typename Key>
QAccessibleInterface *registeredIn(const QHash<Key, QAccessible::Id> &registered, const Key &key)
{
    const auto known = registered.constFind(key);
    return known == registered.cend() ? nullptr : QAccessible::accessibleInterface(known.value());
}

// Unregisters, and forgets, every interface whose key `gone` says is no longer shown.
template<typename Key, typename Gone>
void unregisterIf(QHash<Key, QAccessible::Id> &registered, Gone gone)
{
    for (auto known = registered.begin(); known != registered.end();) {
        if (!gone(known.key())) {
            ++known;
            continue;
        }
        QAccessible::deleteAccessibleInterface(known.value());
        known = registered.erase(known);
    }
}

} // namespace

SectionTreeAccessible::SectionTreeAccessible(QTreeView *view)
    : QAccessibleWidget(view, QAccessible::Tree)
    , m_rows(view)
{
    // A closed document's sections are no longer shown: a screen reader must not keep
    // reading them. Opened rows need nothing: their objects are made when first asked for.
    // (The rows heard of it first: they were connected first.)
    QObject::connect(view, &QTreeView::collapsed, &m_connections, [this] { dropHidden(); });
    // expandAll(), collapseAll() and expandToDepth() lay the rows out with no signal of their
    // own; the section tree says when it laid its rows out.
    if (auto *tree = qobject_cast<SectionTreeView *>(view)) {
        QObject::connect(tree, &SectionTreeView::rowsLaidOut, &m_connections,
                         [this] { m_rows.invalidate(); });
    }
}

SectionTreeAccessible::~SectionTreeAccessible()
{
    dropAll();
}

QAccessibleInterface *SectionTreeAccessible::create(const QString &className, QObject *object)
{
    auto *view = qobject_cast<QTreeView *>(object);
    if (!view || className != QLatin1String("SectionTreeView"))
        return nullptr;
    return new SectionTreeAccessible(view);
}

void SectionTreeAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&SectionTreeAccessible::create);
        return true;
    }();
    Q_UNUSED(installed)
}

QTreeView *SectionTreeAccessible::view() const
{
    return static_cast<QTreeView *>(widget());
}

void *SectionTreeAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TableInterface)
        return static_cast<QAccessibleTableInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

int SectionTreeAccessible::columnCount() const
{
    return view()->model() ? view()->model()->columnCount(view()->rootIndex()) : 0;
}

int SectionTreeAccessible::rowCount() const
{
    return m_rows.count();
}

// The header's row first, then the rows shown.
int SectionTreeAccessible::childCount() const
{
    return (rowCount() + 1) * columnCount();
}

QAccessibleInterface *SectionTreeAccessible::child(int index) const
{
    const int columns = columnCount();
    if (index < 0 || columns == 0)
        return nullptr;
    const int row = index / columns - 1;
    const int column = index % columns;
    return row < 0 ? headerFor(column) : cellAt(row, column);
}

int SectionTreeAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    // Only this tree's own rows and header are its children; asking QAccessible for the id of
    // anything else would register it.
    for (auto header = m_headers.cbegin(); header != m_headers.cend(); ++header) {
        if (QAccessible::accessibleInterface(header.value()) == child)
            return header.key();
    }
    // A row says where it is; it is this tree's if this tree registered it for that place.
    // (tableCellInterface() is not const; asking changes nothing.)
    QAccessibleTableCellInterface *cell =
        const_cast<QAccessibleInterface *>(child)->tableCellInterface();
    if (!cell)
        return -1;
    const int row = cell->rowIndex();
    const int column = cell->columnIndex();
    const QModelIndex index = m_rows.at(row, column);
    if (!index.isValid() || registeredItem(index) != child)
        return -1;
    return (row + 1) * columnCount() + column;
}

QAccessibleInterface *SectionTreeAccessible::childAt(int x, int y) const
{
    const QPoint point = view()->viewport()->mapFromGlobal(QPoint(x, y));
    if (!view()->viewport()->rect().contains(point))
        return nullptr;
    return itemFor(view()->indexAt(point));
}

QAccessibleInterface *SectionTreeAccessible::focusChild() const
{
    if (!view()->hasFocus() || !view()->selectionModel())
        return nullptr;
    return itemFor(view()->selectionModel()->currentIndex());
}

QAccessibleInterface *SectionTreeAccessible::cellAt(int row, int column) const
{
    if (column >= columnCount())
        return nullptr;
    return itemFor(m_rows.at(row, column));
}

int SectionTreeAccessible::selectedCellCount() const
{
    return int(selectedCells().size());
}

QList<QAccessibleInterface *> SectionTreeAccessible::selectedCells() const
{
    QList<QAccessibleInterface *> cells;
    if (!view()->selectionModel())
        return cells;
    const QModelIndexList selected = view()->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : selected) {
        if (QAccessibleInterface *cell = itemFor(index))
            cells.append(cell);
    }
    return cells;
}

QString SectionTreeAccessible::columnDescription(int column) const
{
    if (!view()->model())
        return {};
    return view()->model()->headerData(column, Qt::Horizontal).toString();
}

int SectionTreeAccessible::selectedColumnCount() const
{
    return int(selectedColumns().size());
}

int SectionTreeAccessible::selectedRowCount() const
{
    return int(selectedRows().size());
}

QList<int> SectionTreeAccessible::selectedColumns() const
{
    QList<int> columns;
    for (int column = 0; column < columnCount(); ++column) {
        if (isColumnSelected(column))
            columns.append(column);
    }
    return columns;
}

QList<int> SectionTreeAccessible::selectedRows() const
{
    QList<int> rows;
    if (!view()->selectionModel())
        return rows;
    const QModelIndexList selected = view()->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int row = m_rows.rowOf(index);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool SectionTreeAccessible::isColumnSelected(int column) const
{
    return view()->selectionModel() &&
           view()->selectionModel()->isColumnSelected(column, view()->rootIndex());
}

bool SectionTreeAccessible::isRowSelected(int row) const
{
    const QModelIndex index = m_rows.at(row);
    return index.isValid() && view()->selectionModel() &&
           view()->selectionModel()->isRowSelected(index.row(), index.parent());
}

bool SectionTreeAccessible::selectRow(int row)
{
    return select(row, true);
}

bool SectionTreeAccessible::unselectRow(int row)
{
    return select(row, false);
}

// A tree selects rows; a column across every open document is nothing a reader can pick.
bool SectionTreeAccessible::selectColumn(int)
{
    return false;
}

bool SectionTreeAccessible::unselectColumn(int)
{
    return false;
}

// As the mouse and keyboard would: one row replaces the selection where only one may be.
bool SectionTreeAccessible::select(int row, bool on)
{
    const QModelIndex index = m_rows.at(row);
    QItemSelectionModel *selection = view()->selectionModel();
    if (!index.isValid() || !selection || view()->selectionMode() == QAbstractItemView::NoSelection)
        return false;
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::Rows;
    if (!on)
        flags |= QItemSelectionModel::Deselect;
    else if (view()->selectionMode() == QAbstractItemView::SingleSelection)
        flags |= QItemSelectionModel::ClearAndSelect;
    else
        flags |= QItemSelectionModel::Select;
    selection->select(index, flags);
    return true;
}

void SectionTreeAccessible::modelChange(QAccessibleTableModelChangeEvent *event)
{
    // The view tells this before the rows may have heard of the change themselves.
    m_rows.invalidate();
    if (event->modelChangeType() == QAccessibleTableModelChangeEvent::ModelReset)
        dropAll();
    else
        dropHidden();
}

bool SectionTreeAccessible::isShown(const QModelIndex &index) const
{
    return index.isValid() && index.model() == view()->model() && m_rows.rowOf(index) >= 0;
}

QAccessibleInterface *SectionTreeAccessible::registeredItem(const QModelIndex &index) const
{
    return registeredIn(m_items, QPersistentModelIndex(index));
}

QAccessibleInterface *SectionTreeAccessible::itemFor(const QModelIndex &index) const
{
    if (!isShown(index))
        return nullptr;
    if (QAccessibleInterface *known = registeredItem(index))
        return known;
    auto *item = new SectionTreeItemAccessible(view(), index, &m_rows);
    m_items.insert(QPersistentModelIndex(index), QAccessible::registerAccessibleInterface(item));
    return item;
}

QAccessibleInterface *SectionTreeAccessible::headerFor(int column) const
{
    if (column >= columnCount())
        return nullptr;
    if (QAccessibleInterface *known = registeredIn(m_headers, column))
        return known;
    auto *header = new SectionTreeHeaderAccessible(view(), column);
    m_headers.insert(column, QAccessible::registerAccessibleInterface(header));
    return header;
}

void SectionTreeAccessible::dropHidden()
{
    unregisterIf(m_items, [this](const QPersistentModelIndex &index) { return !isShown(index); });
    const int columns = columnCount();
    unregisterIf(m_headers, [columns](int column) { return column >= columns; });
}

void SectionTreeAccessible::dropAll()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    for (const QAccessible::Id id : std::as_const(m_headers))
        QAccessible::deleteAccessibleInterface(id);
    m_items.clear();
    m_headers.clear();
}
