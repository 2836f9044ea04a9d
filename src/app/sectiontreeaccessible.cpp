#include "sectiontreeaccessible.h"

#include "sectiontreeheaderaccessible.h"
#include "sectiontreeitemaccessible.h"

#include <QTreeView>

#include <algorithm>

namespace {

// The interface registered for `key`, or null if there is none (or QAccessible let it go).
template<typename Known, typename Key>
QAccessibleInterface *registeredFor(const QList<std::pair<Known, QAccessible::Id>> &registered,
                                    const Key &key)
{
    for (const auto &[known, id] : registered) {
        if (known != key)
            continue;
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(id))
            return iface;
    }
    return nullptr;
}

} // namespace

SectionTreeAccessible::SectionTreeAccessible(QTreeView *view)
    : QAccessibleWidget(view, QAccessible::Tree)
{
    // A closed document's sections are no longer shown: a screen reader must not keep
    // reading them. Opened rows need nothing: their objects are made when first asked for.
    QObject::connect(view, &QTreeView::collapsed, &m_connections, [this] { dropHidden(); });
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

int SectionTreeAccessible::shownRow(const QTreeView *view, const QModelIndex &index)
{
    if (!index.isValid() || !view->model())
        return -1;
    const QModelIndex wanted = index.siblingAtColumn(0);
    int row = 0;
    for (QModelIndex shown = view->model()->index(0, 0, view->rootIndex()); shown.isValid();
         shown = view->indexBelow(shown)) {
        if (shown == wanted)
            return row;
        ++row;
    }
    return -1;
}

QModelIndex SectionTreeAccessible::shownIndex(const QTreeView *view, int row, int column)
{
    if (row < 0 || column < 0 || !view->model())
        return {};
    QModelIndex shown = view->model()->index(0, 0, view->rootIndex());
    for (int i = 0; i < row && shown.isValid(); ++i)
        shown = view->indexBelow(shown);
    return shown.isValid() ? shown.siblingAtColumn(column) : QModelIndex();
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
    if (!view()->model())
        return 0;
    int rows = 0;
    for (QModelIndex shown = view()->model()->index(0, 0, view()->rootIndex()); shown.isValid();
         shown = view()->indexBelow(shown))
        ++rows;
    return rows;
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
    for (const auto &[column, id] : std::as_const(m_headers)) {
        if (QAccessible::accessibleInterface(id) == child)
            return column;
    }
    for (const auto &[index, id] : std::as_const(m_items)) {
        if (QAccessible::accessibleInterface(id) != child)
            continue;
        const int row = shownRow(view(), index);
        return row < 0 ? -1 : (row + 1) * columnCount() + index.column();
    }
    return -1;
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
    return itemFor(shownIndex(view(), row, column));
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
        const int row = shownRow(view(), index);
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
    const QModelIndex index = shownIndex(view(), row, 0);
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
    const QModelIndex index = shownIndex(view(), row, 0);
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
    if (event->modelChangeType() == QAccessibleTableModelChangeEvent::ModelReset)
        dropAll();
    else
        dropHidden();
}

bool SectionTreeAccessible::isShown(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != view()->model())
        return false;
    for (QModelIndex row = index; row != view()->rootIndex(); row = row.parent()) {
        if (!row.isValid() || view()->isRowHidden(row.row(), row.parent()))
            return false;
        if (row != index && !view()->isExpanded(row))
            return false;
    }
    return true;
}

QAccessibleInterface *SectionTreeAccessible::itemFor(const QModelIndex &index) const
{
    if (!isShown(index))
        return nullptr;
    if (QAccessibleInterface *known = registeredFor(m_items, index))
        return known;
    auto *item = new SectionTreeItemAccessible(view(), index);
    m_items.append({QPersistentModelIndex(index), QAccessible::registerAccessibleInterface(item)});
    return item;
}

QAccessibleInterface *SectionTreeAccessible::headerFor(int column) const
{
    if (column >= columnCount())
        return nullptr;
    if (QAccessibleInterface *known = registeredFor(m_headers, column))
        return known;
    auto *header = new SectionTreeHeaderAccessible(view(), column);
    m_headers.append({column, QAccessible::registerAccessibleInterface(header)});
    return header;
}

void SectionTreeAccessible::dropHidden()
{
    const auto hidden = [this](const std::pair<QPersistentModelIndex, QAccessible::Id> &item) {
        if (isShown(item.first))
            return false;
        QAccessible::deleteAccessibleInterface(item.second);
        return true;
    };
    m_items.erase(std::remove_if(m_items.begin(), m_items.end(), hidden), m_items.end());
    const int columns = columnCount();
    const auto gone = [columns](const std::pair<int, QAccessible::Id> &header) {
        if (header.first < columns)
            return false;
        QAccessible::deleteAccessibleInterface(header.second);
        return true;
    };
    m_headers.erase(std::remove_if(m_headers.begin(), m_headers.end(), gone), m_headers.end());
}

void SectionTreeAccessible::dropAll()
{
    for (const auto &[index, id] : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    for (const auto &[column, id] : std::as_const(m_headers))
        QAccessible::deleteAccessibleInterface(id);
    m_items.clear();
    m_headers.clear();
}
