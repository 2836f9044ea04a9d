#pragma once

#include "focustruthfulview.h"

#include <QTreeView>

class QAccessibleInterface;

// The section tree of the main window (ui/mainwindow.ui promotes its QTreeView to this): its
// current item claims focus only while the tree has it, in events (FocusTruthfulView) and in
// its state (SectionTreeAccessible, which screen readers read it through), and opening or
// closing a document is told to assistive technologies, which Qt 6.4's QTreeView does not do.
class SectionTreeView final : public FocusTruthfulView<QTreeView>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeView)

public:
    explicit SectionTreeView(QWidget *parent = nullptr);

    // The row as a screen reader sees it (a tree item), or null while it is not shown.
    QAccessibleInterface *accessibleItem(const QModelIndex &index) const;

Q_SIGNALS:
    // The rows were laid out anew: expandAll(), collapseAll() and expandToDepth() change which
    // rows are shown and emit nothing else.
    void rowsLaidOut();

protected:
    void updateGeometries() override;

private:
    void announceExpandedChange(const QModelIndex &index);
};
