#pragma once

#include "result.h"
#include "workbook.h"

#include <QString>

#include <optional>

// What the caller knows about a questionnaire: each field empty to let the layout find it.
struct LayoutRequest final
{
    QString sheet;          // a sheet name, matched ignoring case
    QString questionColumn; // a header, matched ignoring case and surrounding spaces
    QString answerColumn;   // likewise
};

// Where a questionnaire keeps its questions and where the answers go: the sheet, the header
// row, the question column and the answer column (none: the caller appends one, "Answer").
//
// Found as a person would: the header row is the first of the first 30 rows with a cell that
// says "question" or "questions" as a word (not "Questionnaire", the title above the headers
// of a CAIQ), else the first row with anything in it; the question column is the header
// "Question" or "Question Text", else the first header that says "question", else the column
// whose cells below the header hold the longest texts on average; the answer column is an
// empty column headed like "Vendor Response", "Response", "Answer", "Reply" or "Comment" (in
// that order of preference). The sheet is the first one with a question column.
class QuestionnaireLayout final
{
public:
    // fileName: how messages call the questionnaire.
    static Result<QuestionnaireLayout> find(const Workbook &workbook, const LayoutRequest &request,
                                            const QString &fileName);

    qsizetype sheetIndex() const { return m_sheetIndex; }
    qsizetype headerRow() const { return m_headerRow; }
    qsizetype questionColumn() const { return m_questionColumn; }
    std::optional<qsizetype> answerColumn() const { return m_answerColumn; }

private:
    QuestionnaireLayout() = default;

    qsizetype m_sheetIndex = 0;
    qsizetype m_headerRow = 0;
    qsizetype m_questionColumn = 0;
    std::optional<qsizetype> m_answerColumn;
};
