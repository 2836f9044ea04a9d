#pragma once

#include <QStyledItemDelegate>

// The review table's Answer column edits in a multi-line editor: answers are paragraphs, and
// a line edit would flatten their line breaks. Enter starts a new line; leaving the cell (Tab,
// a click elsewhere) keeps the text, Esc drops it.
class AnswerTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};
