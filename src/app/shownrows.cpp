#include "shownrows.h"

#include <QTreeView>

ShownRows::ShownRows(QTreeView *view)
    : m_view(view)
{
    connect(view, &QTreeView::expanded, this, &ShownRows::invalidate);
    connect(view, &QTreeView::collapsed, this, &ShownRows::invalidate);
}

int ShownRows::count() const
{
    ensureBuilt();
    return int(m_rows.size());
}

int ShownRows::rowOf(const QModelIndex &index) const
{
    ensureBuilt();
    if (!index.isValid() || index.model() != m_model)
        return -1;
    return m_rowOf.value(keyOf(index.siblingAtColumn(0)), -1);
}

QModelIndex ShownRows::at(int row, int column) const
{
    ensureBuilt();
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).siblingAtColumn(column);
}

void ShownRows::ensureBuilt() const
{
    QAbstractItemModel *model = m_view ? m_view->model() : nullptr;
    if (model != m_model)
        follow(model);
    if (m_built && m_root == (m_view ? m_view->rootIndex() : QModelIndex()))
        return;
    m_rows.clear();
    m_rowOf.clear();
    m_root = m_view ? m_view->rootIndex() : QModelIndex();
    // Set before the walk: indexBelow() lays out what the view had put off, and a layout may
    // invalidate this (SectionTreeView's does); the walk then sees that layout, and the next
    // question walks once more.
    m_built = true;
    if (!model)
        return;
    for (QModelIndex shown = model->index(0, 0, m_root); shown.isValid();
         shown = m_view->indexBelow(shown)) {
        m_rowOf.insert(keyOf(shown), int(m_rows.size()));
        m_rows.append(shown);
    }
}

void ShownRows::follow(QAbstractItemModel *model) const
{
    auto *self = const_cast<ShownRows *>(this);
    if (m_model)
        disconnect(m_model, nullptr, self, nullptr);
    m_model = model;
    m_built = false;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, self, &ShownRows::invalidate);
    connect(model, &QAbstractItemModel::rowsRemoved, self, &ShownRows::invalidate);
    connect(model, &QAbstractItemModel::rowsMoved, self, &ShownRows::invalidate);
    connect(model, &QAbstractItemModel::modelReset, self, &ShownRows::invalidate);
    connect(model, &QAbstractItemModel::layoutChanged, self, &ShownRows::invalidate);
}
