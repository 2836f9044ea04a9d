#pragma once

#include "questionnairelayout.h"
#include "rowanswer.h"
#include "sheet.h"
#include "workbook.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One question of a questionnaire: where it stands and what the evidence calls it.
struct QuestionRow final
{
    qsizetype row = 0; // in the layout's sheet, from 0
    QString id;        // the ID column's text, else the row number a spreadsheet shows
    QString text;      // the question, as its cell shows it
};

// A questionnaire with its answers in, ready for QuestionnaireOutput.
struct FilledQuestionnaire final
{
    Workbook workbook;          // an xlsx also gets its evidence here, as the last sheet
    std::optional<Sheet> audit; // a CSV's evidence, for the sidecar file
};

// Puts answers into a questionnaire as its owner laid it out. The answer goes into the
// layout's answer column or, when it has none, into an appended "Answer" column; after it
// come Status, Section, Link, Alternatives, Matched words, Content version and Review (the
// answer's review line, and "review overdue" when it was on the day of `time`). Appended
// columns start after the last column that the header row or any row below it uses, so no
// cell of the owner's is overwritten, not even one under a column without a header. Nothing
// else changes: other cells, row order, sheet names, other sheets. Every cell written is
// Cell::written, so both writers pass it through CellGuard.
//
// The evidence (question id, section, status, matched words, content version, time, and the
// answer's owner, reviewed and review-by dates) is an
// extra sheet "Answers" in an xlsx ("Answers 2" and so on when the name is taken) and a
// sheet of its own for a CSV, which cannot hold two.
//
// A question is any row below the header whose question cell holds text. Its id is the text
// of the ID column ("ID", "Question ID", "Control ID", "#", "No.", "Ref") when the sheet has
// one and the row fills it, else its row number.
class QuestionnaireFiller final
{
public:
    QuestionnaireFiller(Workbook workbook, const QuestionnaireLayout &layout);

    const QList<QuestionRow> &questions() const { return m_questions; }

    // answers: one for each of questions(), in that order; a question without one stays
    // unanswered (status none). time: when the answers were made, written in UTC.
    FilledQuestionnaire fill(const QList<RowAnswer> &answers, const QString &contentVersion,
                             const QDateTime &time) const;

    // The columns fill() appends after the answer, and the evidence's columns, in order.
    static QStringList answerHeaders();
    static QStringList evidenceHeaders();

private:
    Workbook m_workbook;
    QuestionnaireLayout m_layout;
    QList<QuestionRow> m_questions;
};
