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
    // row in the favourites group; otherwise a section row of the document idOfDocument() names.
    static constexpr quintptr kFavourite = ~quintptr(0);
    // Qt hashes a model index, the model's own table of persistent indexes too, as row * 16 +
    // internal id: ids 1, 2, 3 put 10,000 sections on a few hundred hash values, and the
    // persistent index a screen reader's view of each row holds then took quadratic time to
    // make and to let go (minutes at 10,000 rows). Multiplying by an odd number spreads the
    // document numbers over the whole range; its inverse modulo 2^n gets them back.
    static constexpr quintptr kSpread = quintptr(0x9E3779B97F4A7C15ULL);
    static constexpr quintptr inverseOf(quintptr odd)
    {
        quintptr inverse = odd; // right in 3 bits; each step doubles them
        for (int i = 0; i < 6; ++i)
            inverse *= 2 - odd * inverse;
        return inverse;
    }
    static quintptr idOfDocument(int document) { return (quintptr(document) + 1) * kSpread; }
    static int documentOfId(quintptr id) { return static_cast<int>(id * inverseOf(kSpread)) - 1; }
    static bool isTopLevel(const QModelIndex &index) { return index.internalId() == 0; }
    bool isGroup(const QModelIndex &index) const;
    int groupRows() const { return m_favourites.isEmpty() ? 0 : 1; }

    const ContentCatalog &m_catalog;
    QList<SectionRef> m_favourites;
    QString m_favouritesTitle = QStringLiteral("Favourites");
};
