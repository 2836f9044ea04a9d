#include "questionnairefiller.h"

#include "reviewline.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// A header that names a question's id: "ID", "Question ID", "CAIQ Control ID", "#", "No.".
bool namesId(const QString &header)
{
    static const QRegularExpression id(
        QStringLiteral("^(?:(?:.*\\s)?id|#|no\\.?|number|ref\\.?|reference)$"),
        QRegularExpression::CaseInsensitiveOption);
    return id.match(header.simplified()).hasMatch();
}

qsizetype idColumn(const Sheet &sheet, const QuestionnaireLayout &layout)
{
    const QList<Cell> &headers = sheet.row(layout.headerRow());
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (c != layout.questionColumn() && namesId(headers.at(c).displayText()))
            return c;
    }
    return -1;
}

// The first column right of every cell the header row and the rows below it use.
qsizetype firstFreeColumn(const Sheet &sheet, qsizetype headerRow)
{
    qsizetype free = 0;
    for (qsizetype r = headerRow; r < sheet.rowCount(); ++r) {
        const QList<Cell> &cells = sheet.row(r);
        for (qsizetype c = cells.size() - 1; c >= free; --c) {
            if (!cells.at(c).isEmpty()) {
                free = c + 1;
                break;
            }
        }
    }
    return free;
}

QString unusedSheetName(const Workbook &workbook, const QString &name)
{
    QString candidate = name;
    for (int n = 2; workbook.indexOfSheet(candidate) >= 0; ++n)
        candidate = QStringLiteral("%1 %2").arg(name).arg(n);
    return candidate;
}

QList<Cell> writtenCells(const QStringList &texts)
{
    QList<Cell> cells;
    for (const QString &text : texts)
        cells.append(Cell::written(text));
    return cells;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The page's review line, and whether the review was overdue when the answers were made.
QString reviewNote(const Review &review, QDate day)
{
    const QString line = ReviewLine::text(review);
    return review.isOverdue(day)
               ? QStringLiteral("%1; review overdue (due %2)").arg(line, isoDate(review.reviewBy))
               : line;
}

} // namespace

QuestionnaireFiller::QuestionnaireFiller(Workbook workbook, const QuestionnaireLayout &layout)
    : m_workbook(std::move(workbook))
    , m_layout(layout)
{
    const Sheet &sheet = m_workbook.sheets().at(m_layout.sheetIndex());
    const qsizetype ids = idColumn(sheet, m_layout);
    for (qsizetype r = m_layout.headerRow() + 1; r < sheet.rowCount(); ++r) {
        const QString text = sheet.cell(r, m_layout.questionColumn()).displayText();
        if (text.trimmed().isEmpty())
            continue;
        const QString id = ids >= 0 ? sheet.cell(r, ids).displayText().trimmed() : QString();
        m_questions.append({r, id.isEmpty() ? QString::number(r + 1) : id, text});
    }
}

QStringList QuestionnaireFiller::answerHeaders()
{
    return {QStringLiteral("Status"),        QStringLiteral("Section"),
            QStringLiteral("Link"),          QStringLiteral("Alternatives"),
            QStringLiteral("Matched words"), QStringLiteral("Content version"),
            QStringLiteral("Review")};
}

QStringList QuestionnaireFiller::evidenceHeaders()
{
    return {QStringLiteral("Question ID"),     QStringLiteral("Section"),
            QStringLiteral("Status"),          QStringLiteral("Matched words"),
            QStringLiteral("Content version"), QStringLiteral("Time"),
            QStringLiteral("Owner"),           QStringLiteral("Reviewed"),
            QStringLiteral("Review by")};
}

FilledQuestionnaire QuestionnaireFiller::fill(const QList<RowAnswer> &answers,
                                              const QString &contentVersion,
                                              const QDateTime &time) const
{
    FilledQuestionnaire filled{m_workbook, std::nullopt};
    Sheet &sheet = filled.workbook.sheets()[m_layout.sheetIndex()];
    const qsizetype headerRow = m_layout.headerRow();
    qsizetype column = firstFreeColumn(sheet, headerRow);
    const qsizetype answerColumn = m_layout.answerColumn().value_or(column);
    if (!m_layout.answerColumn())
        sheet.setCell(headerRow, column++, Cell::written(QStringLiteral("Answer")));
    const QStringList headers = answerHeaders();
    for (qsizetype i = 0; i < headers.size(); ++i)
        sheet.setCell(headerRow, column + i, Cell::written(headers.at(i)));

    const QString when = time.toUTC().toString(Qt::ISODate);
    Sheet evidence(unusedSheetName(filled.workbook, QStringLiteral("Answers")));
    evidence.appendRow(writtenCells(evidenceHeaders()));
    for (qsizetype q = 0; q < m_questions.size(); ++q) {
        const QuestionRow &question = m_questions.at(q);
        const RowAnswer answer = answers.value(q);
        const QString matched = answer.matchedWords.join(QStringLiteral(", "));
        // An empty answer leaves the cell as it was: an answer column the caller named may
        // hold the owner's own text.
        if (!answer.answer.isEmpty())
            sheet.setCell(question.row, answerColumn, Cell::written(answer.answer));
        const QStringList values{answer.status,
                                 answer.section,
                                 answer.link,
                                 answer.alternatives.join(QLatin1Char('\n')),
                                 matched,
                                 contentVersion,
                                 reviewNote(answer.review, time.toUTC().date())};
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!values.at(i).isEmpty())
                sheet.setCell(question.row, column + i, Cell::written(values.at(i)));
        }
        evidence.appendRow(
            writtenCells({question.id, answer.section, answer.status, matched, contentVersion, when,
                          answer.review.owner, isoDate(answer.review.reviewed),
                          isoDate(answer.review.reviewBy)}));
    }
    if (filled.workbook.csvDialect())
        filled.audit = std::move(evidence);
    else
        filled.workbook.appendSheet(std::move(evidence));
    return filled;
}
