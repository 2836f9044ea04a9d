#include "answerreviewmodel.h"

#include "rowanswers.h"

#include <QColor>

AnswerReviewModel::AnswerReviewModel(SectionAnswer sectionAnswer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sectionAnswer(std::move(sectionAnswer))
{}

void AnswerReviewModel::setQuestions(const QList<QuestionRow> &questions)
{
    beginResetModel();
    m_rows.clear();
    for (const QuestionRow &question : questions)
        m_rows.append({question, Review::Pending, {}, {}});
    endResetModel();
}

void AnswerReviewModel::setProposal(int row, const ProposedAnswer &proposal)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.match = proposal.match;
    r.answer = proposal.row;
    r.review = Review::Proposed;
    rowChanged(row);
}

void AnswerReviewModel::accept(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).answer.answer.isEmpty())
        return;
    m_rows[row].review = Review::Accepted;
    rowChanged(row);
    Q_EMIT reviewed();
}

void AnswerReviewModel::clear(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).review == Review::Pending)
        return;
    m_rows[row].answer = RowAnswer();
    m_rows[row].review = Review::Cleared;
    rowChanged(row);
    Q_EMIT reviewed();
}

bool AnswerReviewModel::chooseAlternative(int row, const QString &path)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    for (const SearchHit &hit : alternatives(r)) {
        if (hit.path == path) {
            r.answer = m_sectionAnswer(hit);
            r.review = Review::Accepted;
            rowChanged(row);
            Q_EMIT reviewed();
            return true;
        }
    }
    return false;
}

QList<SearchHit> AnswerReviewModel::alternatives(const Row &row) const
{
    QList<SearchHit> others;
    for (const SearchHit &hit : row.match.candidates) {
        if (hit.path != row.answer.section)
            others.append(hit);
    }
    return others;
}

QList<RowAnswer> AnswerReviewModel::rowAnswers() const
{
    QList<RowAnswer> answers;
    for (const Row &row : m_rows) {
        RowAnswer answer = row.review == Review::Cleared || row.review == Review::Pending
                               ? RowAnswer()
                               : row.answer;
        if (row.review == Review::Accepted)
            answer.status = AnswerMatch::statusName(AnswerMatch::Status::Answered);
        else if (row.review == Review::Edited)
            answer.status = QStringLiteral("edited");
        answer.alternatives.clear();
        for (const SearchHit &hit : alternatives(row)) {
            if (answer.alternatives.size() < RowAnswers::kAlternatives)
                answer.alternatives.append(hit.path);
        }
        answers.append(answer);
    }
    return answers;
}

int AnswerReviewModel::matchedCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.review != Review::Pending;
    }));
}

int AnswerReviewModel::countOf(AnswerMatch::Status status) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Row &row) {
        return row.review != Review::Pending && row.match.status == status;
    }));
}

int AnswerReviewModel::reviewCount(Review review) const
{
    return static_cast<int>(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [review](const Row &row) { return row.review == review; }));
}

QString AnswerReviewModel::statusText(Review review, AnswerMatch::Status status)
{
    switch (review) {
    case Review::Pending:
        return tr("Matching…");
    case Review::Accepted:
        return tr("Accepted");
    case Review::Edited:
        return tr("Edited");
    case Review::Cleared:
        return tr("Cleared");
    case Review::Proposed:
        break;
    }
    switch (status) {
    case AnswerMatch::Status::Answered:
        return tr("Answered");
    case AnswerMatch::Status::Review:
        return tr("Review");
    case AnswerMatch::Status::None:
        break;
    }
    return tr("No answer");
}

// The colour repeats what the status text says, for a quick look down the column; the text
// alone carries the meaning.
QVariant AnswerReviewModel::statusColor(const Row &row) const
{
    switch (row.review) {
    case Review::Pending:
        return {};
    case Review::Accepted:
        return QColor(0x2e, 0x7d, 0x32);
    case Review::Edited:
        return QColor(0x15, 0x65, 0xc0);
    case Review::Cleared:
        return QColor(0x75, 0x75, 0x75);
    case Review::Proposed:
        break;
    }
    switch (row.match.status) {
    case AnswerMatch::Status::Answered:
        return QColor(0x2e, 0x7d, 0x32);
    case AnswerMatch::Status::Review:
        return QColor(0xf9, 0xa8, 0x25);
    case AnswerMatch::Status::None:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

int AnswerReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AnswerReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnswerReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case SectionRole:
        return row.answer.section;
    case MatchedWordsRole:
        return row.answer.matchedWords;
    case AlternativesRole:
        return QVariant::fromValue(alternatives(row));
    default:
        break;
    }
    switch (index.column()) {
    case QuestionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.question.text;
        break;
    case AnswerColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return row.answer.answer;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(row.review, row.match.status);
        if (role == Qt::DecorationRole)
            return statusColor(row);
        break;
    case AlternativesColumn: {
        const QList<SearchHit> others = alternatives(row);
        if (role == Qt::DisplayRole && !others.isEmpty())
            return others.size() == 1 ? tr("1 other section")
                                      : tr("%1 other sections").arg(others.size());
        if (role == Qt::ToolTipRole && !others.isEmpty()) {
            QStringList titles;
            for (const SearchHit &hit : others)
                titles.append(hit.title);
            return titles.join(QLatin1Char('\n'));
        }
        break;
    }
    default:
        break;
    }
    return {};
}

bool AnswerReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    if (index.column() == AlternativesColumn)
        return chooseAlternative(row, value.toString());
    if (index.column() != AnswerColumn)
        return false;
    const QString text = value.toString();
    Row &r = m_rows[row];
    if (text == r.answer.answer)
        return true;
    if (text.trimmed().isEmpty()) {
        clear(row);
        return true;
    }
    r.answer.answer = text;
    r.review = Review::Edited;
    rowChanged(row);
    Q_EMIT reviewed();
    return true;
}

Qt::ItemFlags AnswerReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return flags;
    const Row &row = m_rows.at(index.row());
    if (row.review == Review::Pending)
        return flags;
    if (index.column() == AnswerColumn ||
        (index.column() == AlternativesColumn && !alternatives(row).isEmpty()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AnswerReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_rows.value(section).question.id;
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case AnswerColumn:
        return tr("Answer");
    case StatusColumn:
        return tr("Status");
    case AlternativesColumn:
        return tr("Alternatives");
    default:
        return {};
    }
}

void AnswerReviewModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
