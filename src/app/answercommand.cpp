#include "answercommand.h"

#include "answermatcher.h"
#include "answersource.h"
#include "contentbundle.h"
#include "csvformat.h"
#include "questionnairefiller.h"
#include "questionnaireoutput.h"
#include "searchcorpus.h"
#include "searchengine.h"
#include "sectionlink.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTextStream>

namespace {

constexpr qsizetype kAlternatives = 2;

// What a questionnaire row gets from a match: for answered and review rows the proposal
// (candidate 0) with its answer word for word, and the next candidates as alternatives; for
// rows without an answer only the best candidates, as alternatives a reviewer may look at.
class RowAnswers final
{
public:
    explicit RowAnswers(const ContentBundle &bundle)
        : m_catalog(bundle.catalog())
        , m_source(bundle)
    {}

    RowAnswer rowAnswer(const AnswerMatch &match)
    {
        RowAnswer row;
        row.status = AnswerMatch::statusName(match.status);
        qsizetype next = 0;
        if (match.status != AnswerMatch::Status::None && !match.candidates.isEmpty()) {
            const SearchHit &proposal = match.candidates.first();
            row.answer = answer(proposal.path);
            row.section = proposal.path;
            row.link = link(proposal.path);
            row.matchedWords = proposal.matchedWords;
            next = 1;
        }
        for (qsizetype i = next;
             i < match.candidates.size() && row.alternatives.size() < kAlternatives; ++i)
            row.alternatives.append(match.candidates.at(i).path);
        return row;
    }

private:
    // Each document's answers are read once, when the first of its sections is proposed.
    QString answer(const QString &path)
    {
        const QString document = path.section(QLatin1Char('/'), 0, 0);
        auto answers = m_answers.find(document);
        if (answers == m_answers.end())
            answers = m_answers.insert(document, m_source.documentAnswers(document));
        return answers->value(path);
    }

    // The deep link, and on a second line the web address where the document has one.
    QString link(const QString &path) const
    {
        const SectionRef ref = m_catalog.find(path);
        QString link = SectionLink::deepLink(m_catalog, ref);
        const QUrl web = SectionLink::webLink(m_catalog, ref);
        if (!web.isEmpty())
            link += QLatin1Char('\n') + web.toString();
        return link;
    }

    const ContentCatalog &m_catalog;
    AnswerSource m_source;
    QHash<QString, QHash<QString, QString>> m_answers; // by document id
};

Result<Workbook> readQuestionnaire(const QString &path)
{
    return CsvFormat::isCsvFileName(path) ? CsvFormat().readFile(path)
                                          : XlsxReader().readFile(path);
}

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
    const auto fail = [&err](const QString &message) {
        err << "trustbook: " << message << '\n';
        return 1;
    };
    const QString input = request.inputPath;
    const QString output =
        request.outputPath.isEmpty() ? defaultOutputPath(input) : request.outputPath;

    // Before the work of answering: an output over the questionnaire is refused anyway.
    if (const Result<Done> target = QuestionnaireOutput::checkTarget(input, output); !target)
        return fail(target.error());
    Result<Workbook> workbook = readQuestionnaire(input);
    if (!workbook)
        return fail(workbook.error());
    const Result<QuestionnaireLayout> layout = QuestionnaireLayout::find(
        workbook.value(), {request.sheet, request.questionColumn, request.answerColumn}, input);
    if (!layout)
        return fail(layout.error());
    const QuestionnaireFiller filler(std::move(workbook).value(), layout.value());
    if (filler.questions().isEmpty())
        return fail(QCoreApplication::translate(
                        "AnswerCommand", "%1: there are no questions below the header row %2")
                        .arg(input)
                        .arg(layout.value().headerRow() + 1));

    QString error;
    const std::optional<QList<SearchEntry>> entries = SearchCorpus::load(m_bundle, &error);
    // The words of --search for the same failures.
    if (!entries)
        return fail(
            QCoreApplication::translate("SearchCommand", "the built-in search text is damaged: %1")
                .arg(error));
    // Questions arrive whole: the index needs none of the prefixes typing does.
    SearchEngine engine(*entries, nullptr, SearchEngine::defaultVocabulary(),
                        SearchIndex::Use::Questions);
    if (!engine.isValid())
        return fail(
            QCoreApplication::translate("SearchCommand", "cannot build the search index: %1")
                .arg(engine.errorString()));
    AnswerMatcher matcher(engine);
    RowAnswers rows(m_bundle);

    QList<RowAnswer> answers;
    QList<AnswerMatch::Status> statuses;
    for (const QuestionRow &question : filler.questions()) {
        const AnswerMatch match = matcher.match(question.text);
        answers.append(rows.rowAnswer(match));
        statuses.append(match.status);
    }
    const FilledQuestionnaire filled =
        filler.fill(answers, m_bundle.catalog().contentVersion(), QDateTime::currentDateTimeUtc());
    const Result<Done> written = QuestionnaireOutput::write(filled, input, output);
    if (!written)
        return fail(written.error());
    out << summary(statuses) << '\n';
    return 0;
}
