#include "searchresultdelegate.h"

#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {
constexpr int kMargin = 6;
}

const QTextDocument &SearchResultDelegate::document(const QStyleOptionViewItem &option,
                                                    const QModelIndex &index) const
{
    const int width =
        std::max((option.widget ? option.widget->width() : option.rect.width()) - 2 * kMargin, 80);
    // Which of the query's words the section holds: with a question pasted whole, the part
    // of it a result answers.
    const QStringList matched = index.data(SearchResultsModel::MatchedWordsRole).toStringList();
    QString source = index.data(SearchResultsModel::DocumentRole).toString();
    if (!matched.isEmpty())
        source = QCoreApplication::translate("SearchResultDelegate", "%1 \u00b7 matches: %2")
                     .arg(source, matched.join(QStringLiteral(", ")));
    const QString html =
        QStringLiteral("<b>%1</b><br><small>%2</small><br>%3")
            .arg(index.data(Qt::DisplayRole).toString().toHtmlEscaped(), source.toHtmlEscaped(),
                 index.data(SearchResultsModel::SnippetHtmlRole).toString());
    // Everything the layout depends on; a result whose text changes is another document.
    const QString key =
        QString::number(width) + QLatin1Char('\n') + option.font.key() + QLatin1Char('\n') + html;
    if (const QTextDocument *kept = m_documents.object(key))
        return *kept;
    auto *built = new QTextDocument;
    built->setDocumentMargin(kMargin);
    built->setDefaultFont(option.font);
    built->setTextWidth(width);
    built->setHtml(html);
    m_documents.insert(key, built); // a cost of 1 always fits: it is kept until evicted
    return *built;
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the style draws background, selection and focus; the document the text
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QTextDocument &shown = document(option, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(), option.rect.size()));
    shown.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    return document(option, index).size().toSize();
}
