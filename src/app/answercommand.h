#pragma once

#include "commandline.h"

#include <QString>

class ContentBundle;
class QTextStream;

// trustbook --answer: fills a questionnaire (CSV or xlsx) from the content, every answer word
// for word from its section, and writes the answered copy with its evidence (see
// QuestionnaireFiller and QuestionnaireOutput). Prints one line, "N questions: A answered,
// R to review, X without an answer"; on any failure one line on the error stream naming the
// file and the reason, and nothing written. Needs a QCoreApplication (the index is SQLite,
// a Qt SQL plugin) but no window and no Chromium.
class AnswerCommand final
{
public:
    // `bundle` must outlive the command.
    explicit AnswerCommand(const ContentBundle &bundle);

    // the process exit code: 0 written, 1 nothing written (the message says why)
    int run(const CommandLine::Answer &request, QTextStream &out, QTextStream &err) const;

    // IN.answered.csv (or .xlsx) beside IN.csv: never the questionnaire itself.
    static QString defaultOutputPath(const QString &inputPath);

private:
    const ContentBundle &m_bundle;
};
