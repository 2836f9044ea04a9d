#pragma once

#include "contentcatalog.h"

#include <QAbstractItemModel>

// Documents and their sections as a two-level tree for the navigation view. It reads the
// catalog on demand: no per-item objects, so 10,000 sections cost nothing up front. Starred
// sections, when there are any, come first, in a group of their own (setFavourites()); a
// section found there is the same place as its row under its document.
class SectionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTreeModel)

public:
    enum Role { SectionPathRole = Qt::UserRole + 1 };

    explicit SectionTreeModel(const ContentCatalog &catalog, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The section's row under its document (never its row among the favourites).
    QModelIndex indexForSection(SectionRef ref) const;
    QModelIndex indexForDocument(int document) const;
    // The place an index stands for; a document row stands for the top of its page, the
    // favourites group for no place.
    SectionRef sectionAt(const QModelIndex &index) const;

    // The starred sections, in the order they were starred. The group row appears with the
    // first and goes with the last; rows are inserted and removed, never reset, so the tree
    // keeps what is expanded and selected.
    const QList<SectionRef> &favourites() const { return m_favourites; }
    bool isFavourite(SectionRef ref) const { return m_favourites.contains(ref); }
    void setFavourites(const QList<SectionRef> &favourites);
    void addFavourite(SectionRef ref);
    void removeFavourite(SectionRef ref);
    // The group's title, in the user's language (this library has no translations).
    void setFavouritesTitle(const QString &title);
    QModelIndex favouritesGroup() const;
    bool isFavouritesRow(const QModelIndex &index) const;

private:
    // internalId 0 marks a top-level row (the favourites group or a document); kFavourite a
    // row in the favourites group; n > 0 otherwise a section row of document n - 1.
    static constexpr quintptr kFavourite = ~quintptr(0);
    static bool isTopLevel(const QModelIndex &index) { return index.internalId() == 0; }
    bool isGroup(const QModelIndex &index) const;
    int groupRows() const { return m_favourites.isEmpty() ? 0 : 1; }

    const ContentCatalog &m_catalog;
    QList<SectionRef> m_favourites;
    QString m_favouritesTitle = QStringLiteral("Favourites");
};
