#include "sectiontreedelegate.h"

#include <QApplication>
#include <QPainter>

const QTextLayout &SectionTreeDelegate::layout(const QStyleOptionViewItem &item, int width) const
{
    // Everything the laid-out line depends on.
    const QString key = QString::number(width) + QLatin1Char(' ') +
                        QString::number(int(item.direction)) + QLatin1Char(' ') +
                        QString::number(int(item.textElideMode)) + QLatin1Char(' ') +
                        QString::number(int(item.displayAlignment)) + QLatin1Char('\n') +
                        item.font.key() + QLatin1Char('\n') + item.text;
    if (const QTextLayout *kept = m_layouts.object(key))
        return *kept;
    ++m_layoutsMade;
    // As QCommonStyle draws an item's text on one line: elided to the width, aligned in it.
    const QString shown = QFontMetrics(item.font).elidedText(item.text, item.textElideMode, width);
    auto *made = new QTextLayout(shown, item.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(item.direction);
    textOption.setAlignment(QStyle::visualAlignment(item.direction, item.displayAlignment));
    made->setTextOption(textOption);
    made->setCacheEnabled(true);
    made->beginLayout();
    QTextLine line = made->createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    made->endLayout();
    m_layouts.insert(key, made); // a cost of 1 always fits: kept until evicted
    return *made;
}

void SectionTreeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    // Without its text, the style's drawing of the row lays out nothing. The focus frame comes
    // last, over the text, as the style draws it (Fusion's is a translucent fill).
    item.text.clear();
    const bool focused = item.state & QStyle::State_HasFocus;
    item.state &= ~QStyle::State_HasFocus;
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    drawText(painter, item, text, style);
    if (focused)
        drawFocus(painter, item, style);
}

void SectionTreeDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &item,
                                   const QString &text, const QStyle *style) const
{
    if (text.isEmpty())
        return;
    const QWidget *widget = item.widget;

    // The text's place as QCommonStyle finds it: the item's text rectangle less the focus
    // frame's margin on either side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget)
                               .adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    QStyleOptionViewItem withText = item;
    withText.text = text;
    const QTextLayout &shown = layout(withText, textRect.width());
    if (shown.lineCount() == 0)
        return;
    const qreal height = shown.lineAt(0).height();
    qreal top = textRect.top();
    if (item.displayAlignment & Qt::AlignVCenter)
        top += (textRect.height() - height) / 2;
    else if (item.displayAlignment & Qt::AlignBottom)
        top += textRect.height() - height;

    const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled)  ? QPalette::Disabled
                                       : !(item.state & QStyle::State_Active) ? QPalette::Inactive
                                                                              : QPalette::Normal;
    painter->save();
    painter->setPen(item.palette.color(
        group, (item.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    shown.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

// As QCommonStyle draws an item's focus: the style's focus frame around the text's rectangle,
// as after a change of focus by keyboard, on the row's background colour.
void SectionTreeDelegate::drawFocus(QPainter *painter, const QStyleOptionViewItem &item,
                                    const QStyle *style)
{
    QStyleOptionFocusRect frame;
    frame.QStyleOption::operator=(item);
    frame.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, item.widget);
    frame.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    const QPalette::ColorGroup group =
        item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    frame.backgroundColor = item.palette.color(
        group, item.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    painter->save();
    painter->setClipRect(item.rect, Qt::IntersectClip);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &frame, painter, item.widget);
    painter->restore();
}
