#include "questionnairelayout.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

constexpr qsizetype headerSearchRows = 30;

QString header(const Sheet &sheet, qsizetype row, qsizetype column)
{
    return sheet.cell(row, column).displayText().simplified();
}

// "Question", "Question ID", "Questions", but not the title "... Questionnaire v4" above them.
bool saysQuestion(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\bquestions?\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    return word.match(text).hasMatch();
}

bool sameHeader(const QString &text, const QString &name)
{
    return text.compare(name.simplified(), Qt::CaseInsensitive) == 0;
}

// The header row: the first of the first rows with a cell that matches; else, when nothing is
// asked for by name, the first row with anything in it. -1 when there is none.
qsizetype findHeaderRow(const Sheet &sheet, const QString &questionColumn)
{
    const qsizetype rows = std::min(sheet.rowCount(), headerSearchRows);
    for (qsizetype r = 0; r < rows; ++r) {
        for (qsizetype c = 0; c < sheet.row(r).size(); ++c) {
            const QString text = header(sheet, r, c);
            if (questionColumn.isEmpty() ? saysQuestion(text) : sameHeader(text, questionColumn))
                return r;
        }
    }
    if (!questionColumn.isEmpty())
        return -1;
    for (qsizetype r = 0; r < sheet.rowCount(); ++r) {
        for (const Cell &cell : sheet.row(r)) {
            if (!cell.isEmpty())
                return r;
        }
    }
    return -1;
}

qsizetype findColumn(const Sheet &sheet, qsizetype headerRow, const QString &name)
{
    for (qsizetype c = 0; c < sheet.row(headerRow).size(); ++c) {
        if (sameHeader(header(sheet, headerRow, c), name))
            return c;
    }
    return -1;
}

qsizetype findQuestionColumn(const Sheet &sheet, qsizetype headerRow)
{
    const qsizetype columns = sheet.row(headerRow).size();
    for (const char *exact : {"Question", "Question Text"}) {
        const qsizetype column = findColumn(sheet, headerRow, QLatin1String(exact));
        if (column >= 0)
            return column;
    }
    for (qsizetype c = 0; c < columns; ++c) {
        if (saysQuestion(header(sheet, headerRow, c)))
            return c;
    }
    // No header says so: questions are the longest texts.
    qsizetype best = 0;
    double bestAverage = -1.0;
    const qsizetype width = sheet.columnCount();
    const qsizetype below = std::max<qsizetype>(sheet.rowCount() - headerRow - 1, 1);
    for (qsizetype c = 0; c < width; ++c) {
        qsizetype total = 0;
        for (qsizetype r = headerRow + 1; r < sheet.rowCount(); ++r)
            total += sheet.cell(r, c).displayText().size();
        const double average = static_cast<double>(total) / static_cast<double>(below);
        if (average > bestAverage) {
            bestAverage = average;
            best = c;
        }
    }
    return best;
}

bool emptyBelow(const Sheet &sheet, qsizetype headerRow, qsizetype column)
{
    for (qsizetype r = headerRow + 1; r < sheet.rowCount(); ++r) {
        if (!sheet.cell(r, column).isEmpty())
            return false;
    }
    return true;
}

std::optional<qsizetype> findAnswerColumn(const Sheet &sheet, qsizetype headerRow,
                                          qsizetype questionColumn)
{
    for (const char *word : {"vendor response", "response", "answer", "reply", "comment"}) {
        for (qsizetype c = 0; c < sheet.row(headerRow).size(); ++c) {
            if (c != questionColumn &&
                header(sheet, headerRow, c).contains(QLatin1String(word), Qt::CaseInsensitive) &&
                emptyBelow(sheet, headerRow, c))
                return c;
        }
    }
    return std::nullopt;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

QStringList headers(const Sheet &sheet, qsizetype headerRow)
{
    QStringList names;
    for (qsizetype c = 0; c < sheet.row(headerRow).size(); ++c) {
        const QString text = header(sheet, headerRow, c);
        if (!text.isEmpty())
            names.append(text);
    }
    return names;
}

} // namespace

Result<QuestionnaireLayout> QuestionnaireLayout::find(const Workbook &workbook,
                                                      const LayoutRequest &request,
                                                      const QString &fileName)
{
    using LayoutResult = Result<QuestionnaireLayout>;
    QuestionnaireLayout layout;
    const QList<Sheet> &sheets = workbook.sheets();
    if (!request.sheet.isEmpty()) {
        layout.m_sheetIndex = workbook.indexOfSheet(request.sheet);
        if (layout.m_sheetIndex < 0)
            return LayoutResult::failure(
                QStringLiteral("%1 has no sheet named \"%2\"; its sheets are: %3")
                    .arg(fileName, request.sheet, quotedList(workbook.sheetNames())));
    } else {
        // The first sheet whose header names the question column; else the first with anything.
        layout.m_sheetIndex = -1;
        for (qsizetype s = 0; s < sheets.size() && layout.m_sheetIndex < 0; ++s) {
            const Sheet &sheet = sheets.at(s);
            const qsizetype row = findHeaderRow(sheet, request.questionColumn);
            if (row >= 0 && (!request.questionColumn.isEmpty() ||
                             saysQuestion(headers(sheet, row).join(QLatin1Char(' ')))))
                layout.m_sheetIndex = s;
        }
        for (qsizetype s = 0; s < sheets.size() && layout.m_sheetIndex < 0; ++s) {
            if (request.questionColumn.isEmpty() && findHeaderRow(sheets.at(s), {}) >= 0)
                layout.m_sheetIndex = s;
        }
        if (layout.m_sheetIndex < 0 && !request.questionColumn.isEmpty())
            return LayoutResult::failure(
                QStringLiteral("%1: no sheet has a column \"%2\" in its first %3 rows; its "
                               "sheets are: %4")
                    .arg(fileName, request.questionColumn)
                    .arg(headerSearchRows)
                    .arg(quotedList(workbook.sheetNames())));
        if (layout.m_sheetIndex < 0)
            return LayoutResult::failure(
                QStringLiteral("%1 has no questions: every sheet is empty").arg(fileName));
    }

    const Sheet &sheet = sheets.at(layout.m_sheetIndex);
    const QString where = QStringLiteral("%1, sheet \"%2\"").arg(fileName, sheet.name());
    layout.m_headerRow = findHeaderRow(sheet, request.questionColumn);
    if (layout.m_headerRow < 0 && request.questionColumn.isEmpty())
        return LayoutResult::failure(QStringLiteral("%1 is empty").arg(where));
    const auto missing = [&](const QString &name) {
        const qsizetype row = std::max<qsizetype>(layout.m_headerRow, findHeaderRow(sheet, {}));
        return LayoutResult::failure(
            QStringLiteral("%1 has no column \"%2\"; the headers in row %3 are: %4")
                .arg(where, name)
                .arg(row + 1)
                .arg(quotedList(row >= 0 ? headers(sheet, row) : QStringList())));
    };
    if (layout.m_headerRow < 0)
        return missing(request.questionColumn);

    layout.m_questionColumn = request.questionColumn.isEmpty()
                                  ? findQuestionColumn(sheet, layout.m_headerRow)
                                  : findColumn(sheet, layout.m_headerRow, request.questionColumn);
    if (!request.answerColumn.isEmpty()) {
        const qsizetype answer = findColumn(sheet, layout.m_headerRow, request.answerColumn);
        if (answer < 0)
            return missing(request.answerColumn);
        layout.m_answerColumn = answer;
    } else {
        layout.m_answerColumn =
            findAnswerColumn(sheet, layout.m_headerRow, layout.m_questionColumn);
    }
    return LayoutResult::success(layout);
}
