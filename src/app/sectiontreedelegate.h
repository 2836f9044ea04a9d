#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextLayout>

// Draws a row of the section tree as the style does, but keeps each row's laid-out title.
// The style lays out and shapes a row's text (HarfBuzz) several times at every paint of it:
// to place it, to elide it and to draw it. The section tree is repainted whenever the current
// section changes or the tree scrolls, and those paints were the GUI thread's longest stalls
// while switching sections (switch_benchmark --trace-stalls). The style still draws the rest
// of the row: background, selection, hover and focus.
class SectionTreeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // How many titles were laid out since the delegate was made (for tests).
    int layoutsMade() const { return m_layoutsMade; }

private:
    void drawText(QPainter *painter, const QStyleOptionViewItem &item, const QString &text,
                  const QStyle *style) const;
    static void drawFocus(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style);
    const QTextLayout &layout(const QStyleOptionViewItem &item, int width) const;

    // A few screens' worth of rows, so that scrolling back and forth and a new current row
    // lay out nothing; each kept title costs about as much as its glyphs (a few KiB).
    static constexpr int kKeptTitles = 160;
    mutable QCache<QString, QTextLayout> m_layouts{kKeptTitles};
    mutable int m_layoutsMade = 0;
};
