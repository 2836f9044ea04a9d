#include "answercommand.h"

#include "contentbundle.h"
#include "questionanswerer.h"
#include "questionnaireloader.h"
#include "questionnaireoutput.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

QString summary(const QList<AnswerMatch::Status> &statuses)
{
    // For scripts as much as for people: the same words in every language.
    return QStringLiteral("%1 %2: %3 answered, %4 to review, %5 without an answer")
        .arg(statuses.size())
        .arg(statuses.size() == 1 ? QStringLiteral("question") : QStringLiteral("questions"))
        .arg(statuses.count(AnswerMatch::Status::Answered))
        .arg(statuses.count(AnswerMatch::Status::Review))
        .arg(statuses.count(AnswerMatch::Status::None));
}

} // namespace

AnswerCommand::AnswerCommand(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

QString AnswerCommand::defaultOutputPath(const QString &inputPath)
{
    const QFileInfo input(inputPath);
    const QString name = input.completeBaseName() + QLatin1String(".answered.") + input.suffix();
    return input.dir().filePath(name);
}

int AnswerCommand::run(const CommandLine::Answer &request, QTextStream &out, QTextStream &err) const
{
    const auto fail = [this, &err](const QString &message) {
        err << m_bundle.brand().messagePrefix() << message << '\n';
        return 1;
    };
    const QString input = request.inputPath;
    const QString output =
        request.outputPath.isEmpty() ? defaultOutputPath(input) : request.outputPath;

    // Before the work of answering: an output over the questionnaire is refused anyway.
    if (const Result<Done> target = QuestionnaireOutput::checkTarget(input, output); !target)
        return fail(target.error());
    const Result<QuestionnaireFiller> filler = QuestionnaireLoader::load(
        input, {request.sheet, request.questionColumn, request.answerColumn});
    if (!filler)
        return fail(filler.error());
    Result<std::unique_ptr<QuestionAnswerer>> answerer = QuestionAnswerer::build(m_bundle);
    if (!answerer)
        return fail(answerer.error());

    QList<RowAnswer> answers;
    QList<AnswerMatch::Status> statuses;
    for (const QuestionRow &question : filler.value().questions()) {
        const ProposedAnswer proposed = answerer.value()->answer(question.text);
        answers.append(proposed.row);
        statuses.append(proposed.match.status);
    }
    const FilledQuestionnaire filled = filler.value().fill(
        answers, m_bundle.catalog().contentVersion(), QDateTime::currentDateTimeUtc());
    const Result<Done> written = QuestionnaireOutput::write(filled, input, output);
    if (!written)
        return fail(written.error());
    out << summary(statuses) << '\n';
    return 0;
}
