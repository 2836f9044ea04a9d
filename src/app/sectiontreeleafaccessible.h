#pragma once

#include <QAccessible>
#include <QPointer>
#include <QTreeView>

// What a row and the header of SectionTreeAccessible share: a part of the tree with no children
// and no QObject of its own, whose parent is the tree, and whose text a reader cannot change.
class SectionTreeLeafAccessible : public QAccessibleInterface
{
public:
    explicit SectionTreeLeafAccessible(QTreeView *view)
        : m_view(view)
    {}

    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    void setText(QAccessible::Text, const QString &) override {}

protected:
    QTreeView *view() const { return m_view.data(); }

private:
    QPointer<QTreeView> m_view;
};
