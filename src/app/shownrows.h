#pragma once

#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemModel;
class QTreeView;

// The rows a QTreeView shows, top to bottom, as its indexBelow() walk from the root finds
// them, with where each one is. Walking is linear in the rows shown, so a screen reader that
// asked a row's place by walking, row after row, did quadratic work; this walks once when
// first asked after a change and answers from then on in constant time.
//
// It forgets what it knows when the view opens or closes a row, when the model inserts,
// removes or moves rows, resets or lays itself out again, and when the view is given another
// model or root index. QTreeView's expandAll(), collapseAll() and expandToDepth() emit no
// signal: whoever calls them (or hides rows) calls invalidate(), as SectionTreeView does on
// every new layout.
class ShownRows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShownRows)

public:
    explicit ShownRows(QTreeView *view);

    int count() const;
    // Where `index` (any column of its row) is shown, counted from the top row; -1 while it is
    // not shown.
    int rowOf(const QModelIndex &index) const;
    // The index in `column` of the row shown at `row`; invalid past the last row.
    QModelIndex at(int row, int column = 0) const;

    void invalidate() { m_built = false; }

private:
    // A column-0 index's identity within one model. Qt's qHash(QModelIndex) adds the row
    // times 16 to the internal id, so a model that numbers its parents (SectionTreeModel
    // counts documents) puts 10,000 rows on a few hundred hash values.
    struct RowKey
    {
        quintptr id;
        int row;
        friend bool operator==(RowKey a, RowKey b) { return a.id == b.id && a.row == b.row; }
        friend size_t qHash(RowKey key, size_t seed = 0)
        {
            return qHashMulti(seed, key.id, key.row);
        }
    };
    static RowKey keyOf(const QModelIndex &index) { return {index.internalId(), index.row()}; }

    void ensureBuilt() const;
    void follow(QAbstractItemModel *model) const;

    QPointer<QTreeView> m_view;
    mutable QPointer<QAbstractItemModel> m_model; // the model whose changes are followed
    mutable QPersistentModelIndex m_root;
    mutable bool m_built = false;
    mutable QList<QModelIndex> m_rows;
    mutable QHash<RowKey, int> m_rowOf;
};
