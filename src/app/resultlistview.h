#pragma once

#include "focustruthfulview.h"

#include <QListView>

// The search results: a list whose row is chosen from the search field (Up, Down, Enter) while
// the keyboard stays in the field. Qt 6.4's accessible list reports its current row FOCUSED
// whatever has the keyboard, so a row chosen from the field is only selected: it becomes
// current when the list gets the keyboard and goes back to selected when the list loses it.
// A screen reader then finds one focused object, the field or the list's row, never both.
class ResultListView final : public FocusTruthfulView<QListView>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultListView)

public:
    explicit ResultListView(QWidget *parent = nullptr);

    // Makes `index` the chosen row, shown and highlighted.
    void choose(const QModelIndex &index);
    // The chosen row: the current one, or while the list lacks the keyboard the selected one.
    QModelIndex chosen() const;

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Selected, and not current: nothing in the list claims the keyboard.
    void selectOnly(const QModelIndex &index);
};
