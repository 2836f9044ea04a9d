#pragma once

#include "questionanswerer.h"
#include "questionnairefiller.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

// The review table of a questionnaire: each question with the answer proposed for it, what
// the matcher thought of it, and what the reviewer made of it. The answer is editable (an
// edited answer is the reviewer's own words, and says so), an alternative section can take
// the proposal's place (its text word for word), and any answer can be accepted or cleared.
// rowAnswers() is what goes into the questionnaire.
class AnswerReviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerReviewModel)

public:
    enum Column { QuestionColumn, AnswerColumn, StatusColumn, AlternativesColumn, ColumnCount };
    enum Role {
        SectionRole = Qt::UserRole + 1, // "DOC/SECTION" of the answer, empty without one
        MatchedWordsRole,               // QStringList: what the answer's section matched
        AlternativesRole,               // QList<SearchHit>: the sections one may choose instead
    };
    // Where a row stands. Matching fills Pending rows; the reviewer moves them on.
    enum class Review { Pending, Proposed, Accepted, Edited, Cleared };

    // A section's answer, word for word, for the alternative a reviewer chose.
    using SectionAnswer = std::function<RowAnswer(const SearchHit &)>;

    explicit AnswerReviewModel(SectionAnswer sectionAnswer, QObject *parent = nullptr);

    void setQuestions(const QList<QuestionRow> &questions);
    void setProposal(int row, const ProposedAnswer &proposal);
    void accept(int row);
    void clear(int row);
    // the answer becomes that alternative's text; false when `path` is none of the row's
    bool chooseAlternative(int row, const QString &path);

    Review review(int row) const { return m_rows.at(row).review; }
    // The matcher's verdict for a row already matched.
    AnswerMatch::Status matchStatus(int row) const { return m_rows.at(row).match.status; }
    // One for each question, in order: the status is the matcher's until the reviewer acts,
    // then "answered" (accepted or chosen), "edited" (their own words) or "none" (cleared).
    QList<RowAnswer> rowAnswers() const;
    // How many rows are matched, and of those how many the matcher answered, sent to review
    // or found no answer for.
    int matchedCount() const;
    int countOf(AnswerMatch::Status status) const;
    int reviewCount(Review review) const;

    static QString statusText(Review review, AnswerMatch::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The reviewer accepted, edited, swapped or cleared an answer.
    void reviewed();

private:
    struct Row
    {
        QuestionRow question;
        Review review = Review::Pending;
        AnswerMatch match;
        RowAnswer answer; // what the row holds now
    };
    QList<SearchHit> alternatives(const Row &row) const;
    QVariant statusColor(const Row &row) const;
    void rowChanged(int row);

    SectionAnswer m_sectionAnswer;
    QList<Row> m_rows;
};
