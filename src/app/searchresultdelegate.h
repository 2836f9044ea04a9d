#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

// Draws a search result as the question in bold, the document's title, and the snippet with
// the matched words in bold, wrapped to the view's width. Each result's document is built once
// for its text, font and width and kept: building one parses its HTML and lays it out, and
// the list asks every result's size and then paints the ones in view, again at every change
// of selection, scroll or focus (the results list's paints were among the GUI thread's
// longest stalls while typing, switch_benchmark --trace-stalls).
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
    const QTextDocument &document(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const;

    // Enough for every result a search lists (20) at two widths while the panel is resized.
    static constexpr int kKeptDocuments = 64;
    mutable QCache<QString, QTextDocument> m_documents{kKeptDocuments};
};
