#include "alternativedelegate.h"

#include "answerreviewmodel.h"
#include "searchhit.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>

void AlternativeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // A drop-down's face, so the cell says it can be opened.
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // selection background only
    QStyleOptionComboBox box;
    box.rect = option.rect.adjusted(2, 2, -2, -2);
    box.rect.setHeight(qMin(box.rect.height(), option.fontMetrics.height() + 12));
    box.state = option.state | QStyle::State_Enabled;
    box.currentText = text;
    box.palette = option.palette;
    box.fontMetrics = option.fontMetrics;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawComplexControl(QStyle::CC_ComboBox, &box, painter, option.widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &box, painter, option.widget);
}

QWidget *AlternativeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("alternativeCombo"));
    combo->setPlaceholderText(tr("Choose another section…"));
    // A choice is final at once: the row shows that section's answer.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<AlternativeDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void AlternativeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->clear();
    const auto hits = index.data(AnswerReviewModel::AlternativesRole).value<QList<SearchHit>>();
    for (const SearchHit &hit : hits)
        combo->addItem(tr("%1 (%2)").arg(hit.title, hit.document), hit.path);
    combo->setCurrentIndex(-1);
}

void AlternativeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

void AlternativeDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                               const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setHeight(qMin(rect.height(), editor->sizeHint().height()));
    editor->setGeometry(rect);
}
