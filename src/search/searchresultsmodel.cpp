#include "searchresultsmodel.h"

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return hit.plainSnippet();
    case PathRole:
        return hit.path;
    case DocumentRole:
        return hit.document;
    case SnippetHtmlRole:
        return hit.htmlSnippet();
    case ScoreRole:
        return hit.score;
    case MatchedWordsRole:
        return hit.matchedWords;
    default:
        return {};
    }
}
