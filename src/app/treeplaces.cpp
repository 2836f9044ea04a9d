#include "treeplaces.h"

#include "sectiontreemodel.h"

#include <QItemSelectionModel>
#include <QTreeView>

TreePlaces::TreePlaces(const QTreeView *tree, const SectionTreeModel &model)
    : m_tree(tree)
    , m_model(model)
{}

SectionRef TreePlaces::current() const
{
    return m_model.sectionAt(m_tree->currentIndex());
}

QList<SectionRef> TreePlaces::selected() const
{
    QList<SectionRef> places;
    for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
        places.append(m_model.sectionAt(index));
    return places;
}
