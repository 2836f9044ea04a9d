#pragma once

#include <QAccessible>
#include <QPointer>

class QTreeView;

// The section tree's column header as a screen reader reads it: hidden (the tree shows none),
// but a child of SectionTreeAccessible all the same, because QTreeView counts a header row
// when it numbers the children its focus and selection events are about.
class SectionTreeHeaderAccessible final : public QAccessibleInterface
{
public:
    SectionTreeHeaderAccessible(QTreeView *view, int column);

    bool isValid() const override;
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ColumnHeader; }
    QAccessible::State state() const override;

private:
    QPointer<QTreeView> m_view;
    int m_column;
};
