#include "answertextdelegate.h"

#include <QPlainTextEdit>

QWidget *AnswerTextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(QStringLiteral("answerEditor"));
    editor->setTabChangesFocus(true);
    return editor;
}

void AnswerTextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
}

void AnswerTextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
}
