#pragma once

#include <QAbstractItemView>

// An item view that tells an assistive technology its current item has focus only while it
// has keyboard focus itself. Qt 6.4's QTreeView and QListView send a focus event for every
// new current item, even when the window moves it while the keyboard is elsewhere (the tree
// following the page, the results following the search field), so a screen reader jumped
// away from where the user was typing or reading.
template<typename View>
class FocusTruthfulView : public View
{
public:
    using View::View;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (this->hasFocus())
            View::currentChanged(current, previous);
        else
            QAbstractItemView::currentChanged(current, previous); // repaints, no focus event
    }
};
