#pragma once

#include "sectiontreeleafaccessible.h"

// The section tree's column header as a screen reader reads it: hidden (the tree shows none),
// but a child of SectionTreeAccessible all the same, because QTreeView counts a header row
// when it numbers the children its focus and selection events are about.
class SectionTreeHeaderAccessible final : public SectionTreeLeafAccessible
{
public:
    SectionTreeHeaderAccessible(QTreeView *view, int column);

    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ColumnHeader; }
    QAccessible::State state() const override;

private:
    int m_column;
};
