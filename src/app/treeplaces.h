#pragma once

#include "contentcatalog.h"

#include <QList>

class QTreeView;
class SectionTreeModel;

// The places the user points at in the section tree: the current row, and the selected rows
// (several, with Ctrl- or Shift-click), for the commands that act on them.
class TreePlaces final
{
public:
    TreePlaces(const QTreeView *tree, const SectionTreeModel &model);

    SectionRef current() const;
    QList<SectionRef> selected() const;

private:
    const QTreeView *m_tree;
    const SectionTreeModel &m_model;
};
