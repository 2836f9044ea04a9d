#include "resultlistview.h"

#include <QItemSelectionModel>

ResultListView::ResultListView(QWidget *parent)
    : FocusTruthfulView<QListView>(parent)
{}

void ResultListView::choose(const QModelIndex &index)
{
    if (hasFocus())
        setCurrentIndex(index);
    else
        selectOnly(index);
    if (index.isValid())
        scrollTo(index);
}

void ResultListView::selectOnly(const QModelIndex &index)
{
    selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
}

QModelIndex ResultListView::chosen() const
{
    if (currentIndex().isValid())
        return currentIndex();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QModelIndex() : selected.constFirst();
}

// The keyboard arrives where the field left off (QAbstractItemView would start at the top).
void ResultListView::focusInEvent(QFocusEvent *event)
{
    if (const QModelIndex row = chosen(); row.isValid() && !currentIndex().isValid())
        selectionModel()->setCurrentIndex(row, QItemSelectionModel::NoUpdate);
    FocusTruthfulView<QListView>::focusInEvent(event);
}

void ResultListView::focusOutEvent(QFocusEvent *event)
{
    if (const QModelIndex row = currentIndex(); row.isValid())
        selectOnly(row);
    FocusTruthfulView<QListView>::focusOutEvent(event);
}
