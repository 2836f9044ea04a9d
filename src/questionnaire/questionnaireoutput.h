#pragma once

#include "questionnairefiller.h"
#include "result.h"

#include <QString>

// Puts a filled questionnaire on disk, never over the questionnaire it was read from (the
// same file by any path: a symbolic or hard link, "..", another spelling) and never halfway.
// An xlsx is one file, written atomically by XlsxFileWriter. A CSV comes with its evidence in
// a sidecar, auditPath(), and the two land together or not at all: see write().
class QuestionnaireOutput final
{
public:
    // "<output>.audit.csv": the evidence beside a CSV output.
    static QString auditPath(const QString &outputPath);

    // Refuses an output that is the questionnaire itself, or whose sidecar would be (a CSV's):
    // what write() checks first, for a caller that wants to know before the work of answering.
    static Result<Done> checkTarget(const QString &inputPath, const QString &outputPath);

    // inputPath: the questionnaire the answers were made for; refused as a target.
    static Result<Done> write(const FilledQuestionnaire &filled, const QString &inputPath,
                              const QString &outputPath);
};
