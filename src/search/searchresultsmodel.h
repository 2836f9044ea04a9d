#pragma once

#include "searchhit.h"

#include <QAbstractListModel>
#include <QList>

// Search results as a list for a view: the question as display text, the rest as roles.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        DocumentRole,
        SnippetHtmlRole,
        ScoreRole,
        MatchedWordsRole, // QStringList: the query's words the section holds
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<SearchHit> m_hits;
};
