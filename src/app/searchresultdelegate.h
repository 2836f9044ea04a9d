#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

// Draws a search result as the question in bold, the document's title, and the snippet with
// the matched words in bold, wrapped to the view's width.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static void layOut(QTextDocument &document, const QStyleOptionViewItem &option,
                       const QModelIndex &index);
};
