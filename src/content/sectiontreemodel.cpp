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
    if (isGroup(parent))
        return createIndex(row, column, kFavourite);
    return createIndex(row, column, idOfDocument(parent.row() - groupRows()));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isTopLevel(child))
        return {};
    if (child.internalId() == kFavourite)
        return favouritesGroup();
    return indexForDocument(documentOfId(child.internalId()));
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_catalog.documentCount() + groupRows();
    if (parent.column() != 0 || !isTopLevel(parent))
        return 0;
    if (isGroup(parent))
        return static_cast<int>(m_favourites.size());
    return static_cast<int>(m_catalog.document(parent.row() - groupRows()).sections.size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isGroup(index))
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_favouritesTitle)
                                                                  : QVariant();
    const SectionRef ref = sectionAt(index);
    if (isTopLevel(index)) {
        const DocumentEntry &document = m_catalog.document(ref.document);
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
    if (isGroup(index))
        return Qt::ItemIsEnabled; // a heading: nothing to open or export
    Qt::ItemFlags itemFlags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isTopLevel(index) ? itemFlags : itemFlags | Qt::ItemNeverHasChildren;
}

QModelIndex SectionTreeModel::indexForSection(SectionRef ref) const
{
    if (!ref.isSection())
        return indexForDocument(ref.document);
    return index(ref.section, 0, indexForDocument(ref.document));
}

QModelIndex SectionTreeModel::indexForDocument(int document) const
{
    return index(document + groupRows(), 0);
}

SectionRef SectionTreeModel::sectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index))
        return {};
    if (index.internalId() == kFavourite)
        return m_favourites.value(index.row());
    if (isTopLevel(index))
        return {index.row() - groupRows(), -1};
    return {documentOfId(index.internalId()), index.row()};
}

QModelIndex SectionTreeModel::favouritesGroup() const
{
    return m_favourites.isEmpty() ? QModelIndex() : index(0, 0);
}

bool SectionTreeModel::isFavouritesRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == kFavourite;
}

bool SectionTreeModel::isGroup(const QModelIndex &index) const
{
    return isTopLevel(index) && index.row() < groupRows();
}

void SectionTreeModel::setFavourites(const QList<SectionRef> &favourites)
{
    while (!m_favourites.isEmpty())
        removeFavourite(m_favourites.constLast());
    for (const SectionRef ref : favourites)
        addFavourite(ref);
}

void SectionTreeModel::addFavourite(SectionRef ref)
{
    if (!ref.isSection() || isFavourite(ref))
        return;
    if (m_favourites.isEmpty()) {
        beginInsertRows({}, 0, 0);
        m_favourites.append(ref);
        endInsertRows();
        return;
    }
    const int row = static_cast<int>(m_favourites.size());
    beginInsertRows(favouritesGroup(), row, row);
    m_favourites.append(ref);
    endInsertRows();
}

void SectionTreeModel::removeFavourite(SectionRef ref)
{
    const int row = static_cast<int>(m_favourites.indexOf(ref));
    if (row < 0)
        return;
    if (m_favourites.size() == 1) {
        beginRemoveRows({}, 0, 0);
        m_favourites.clear();
        endRemoveRows();
        return;
    }
    beginRemoveRows(favouritesGroup(), row, row);
    m_favourites.removeAt(row);
    endRemoveRows();
}

void SectionTreeModel::setFavouritesTitle(const QString &title)
{
    m_favouritesTitle = title;
    if (const QModelIndex group = favouritesGroup(); group.isValid())
        Q_EMIT dataChanged(group, group);
}
