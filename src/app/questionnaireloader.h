#pragma once

#include "questionnairefiller.h"
#include "questionnairelayout.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

// Reads a questionnaire (CSV by its name, else xlsx), finds its layout and its questions:
// everything before matching that `trustbook --answer` and the review window share. A file
// without a single question is an error too, naming the header row the questions should follow.
class QuestionnaireLoader final
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireLoader)

public:
    static Result<QuestionnaireFiller> load(const QString &path, const LayoutRequest &request = {});
};
