#include "questionnaireloader.h"

#include "csvformat.h"
#include "xlsxreader.h"

Result<QuestionnaireFiller> QuestionnaireLoader::load(const QString &path,
                                                      const LayoutRequest &request)
{
    Result<Workbook> workbook =
        CsvFormat::isCsvFileName(path) ? CsvFormat().readFile(path) : XlsxReader().readFile(path);
    if (!workbook)
        return Result<QuestionnaireFiller>::failure(workbook.error());
    const Result<QuestionnaireLayout> layout =
        QuestionnaireLayout::find(workbook.value(), request, path);
    if (!layout)
        return Result<QuestionnaireFiller>::failure(layout.error());
    QuestionnaireFiller filler(std::move(workbook).value(), layout.value());
    if (filler.questions().isEmpty())
        return Result<QuestionnaireFiller>::failure(
            tr("%1: there are no questions below the header row %2")
                .arg(path)
                .arg(layout.value().headerRow() + 1));
    return Result<QuestionnaireFiller>::success(std::move(filler));
}
