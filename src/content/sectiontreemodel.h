#pragma once

#include "contentcatalog.h"

#include <QAbstractItemModel>

// Documents and their sections as a two-level tree for the navigation view. It reads the
// catalog on demand: no per-item objects, so 10,000 sections cost nothing up front.
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

    QModelIndex indexForSection(SectionRef ref) const;
    QModelIndex indexForDocument(int document) const;
    // The place an index stands for; a document row stands for the top of its page.
    SectionRef sectionAt(const QModelIndex &index) const;

private:
    // internalId 0 marks a document row; n > 0 a section row of document n - 1.
    static bool isDocument(const QModelIndex &index) { return index.internalId() == 0; }

    const ContentCatalog &m_catalog;
};
