#include "sectiontreemodel.h"

SectionTreeModel::SectionTreeModel(const ContentCatalog &catalog, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
{}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isDocument(child))
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_catalog.documentCount();
    if (parent.column() != 0 || !isDocument(parent))
        return 0;
    return static_cast<int>(m_catalog.document(parent.row()).sections.size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const SectionRef ref = sectionAt(index);
    if (isDocument(index)) {
        const DocumentEntry &document = m_catalog.document(index.row());
        if (role == Qt::DisplayRole)
            return document.title;
        if (role == Qt::ToolTipRole)
            return document.description.isEmpty() ? document.title : document.description;
        return role == SectionPathRole ? QVariant(document.id) : QVariant();
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_catalog.section(ref).title;
    return role == SectionPathRole ? QVariant(m_catalog.sectionPath(ref)) : QVariant();
}

Qt::ItemFlags SectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags itemFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isDocument(index) ? itemFlags : itemFlags | Qt::ItemNeverHasChildren;
}

QModelIndex SectionTreeModel::indexForSection(SectionRef ref) const
{
    if (!ref.isSection())
        return indexForDocument(ref.document);
    return index(ref.section, 0, indexForDocument(ref.document));
}

QModelIndex SectionTreeModel::indexForDocument(int document) const
{
    return index(document, 0);
}

SectionRef SectionTreeModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (isDocument(index))
        return {index.row(), -1};
    return {static_cast<int>(index.internalId() - 1), index.row()};
}
