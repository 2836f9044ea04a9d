// `trustbook --answer` as a script runs it: the real binary (built on the tests' own content),
// no display, the questionnaires of data/questionnaire copied to a scratch folder, and what it
// wrote read back with the questionnaire library. Hostile input is made here, byte for byte.
#include "answersource.h"
#include "csvformat.h"
#include "fixturecontent.h"
#include "processrunner.h"
#include "questionnairefiller.h"
#include "reviewline.h"
#include "scratchfiles.h"
#include "sheettables.h"
#include "xlsxreader.h"
#include "xlsxtestsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using ScratchFiles::contents;
using ScratchFiles::filesIn;
using ScratchFiles::put;

const QString kTrustbook = QStringLiteral(TRUSTBOOK_PATH);
const QString kQuestionnaires = QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/questionnaire");
constexpr int kProcessTimeoutMs = 60000;

// Headless without being told so, in English, and with no Chromium to start: a command that
// wrongly started it would fail loudly.
ProcessResult runTrustbook(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE", "LC_ALL",
                             "LC_MESSAGES", "LANG"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QTWEBENGINEPROCESS_PATH"),
                       QStringLiteral("/nonexistent/QtWebEngineProcess"));
    return runProcess(kTrustbook, arguments, environment, kProcessTimeoutMs);
}

Result<Workbook> readBack(const QString &path)
{
    return CsvFormat::isCsvFileName(path) ? CsvFormat().readFile(path)
                                          : XlsxReader().readFile(path);
}

// A zip of the parts, as an xlsx: a sheet "Questions" with the XML given.
QByteArray xlsxWithSheet(const QByteArray &sheetData)
{
    return zipOf(workbookParts({{QStringLiteral("Questions"), sheetXml(sheetData)}}));
}

// What the hostile files of answer_hostileInput hold.
QByteArray hostileBytes(const QString &kind)
{
    if (kind == QLatin1String("zip bomb")) // 16 MB of one byte: inflates thousands of times
        return xlsxWithSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Question</t></is></c>"
                             "</row>" +
                             QByteArray(16 * 1024 * 1024, ' '));
    if (kind == QLatin1String("a million rows"))
        return xlsxWithSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Question</t></is>"
                             "</c></row><row r=\"1000000\"><c r=\"A1000000\" t=\"inlineStr\"><is>"
                             "<t>Do you?</t></is></c></row>");
    if (kind == QLatin1String("malformed XML"))
        return xlsxWithSheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Question</t></c>");
    if (kind == QLatin1String("encrypted")) // what Excel saves with a password: a CFB file
        return QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0');
    if (kind == QLatin1String("csv of a million rows")) {
        QByteArray csv = "Question\r\n";
        for (int i = 0; i < 1000000; ++i)
            csv += "Do you?\r\n";
        return csv;
    }
    if (kind == QLatin1String("latin-1"))
        return "ID,Question\r\n1,Quelle est votre politique de s\xe9"
               "curit\xe9 ?\r\n";
    if (kind == QLatin1String("only a header"))
        return "ID,Question,Answer\r\n";
    return {};
}

struct Counts
{
    int answered = 0;
    int review = 0;
    int none = 0;
};

} // namespace

class TestAnswerCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void answer_fillsQuestionnaire_data();
    void answer_fillsQuestionnaire();
    void answer_output_goesWhereAsked();
    void answer_overInput_isRefused_data();
    void answer_overInput_isRefused();
    void answer_hostileInput_exitsOneWritingNothing_data();
    void answer_hostileInput_exitsOneWritingNothing();
    void answer_usageError_exitsTwoWritingNothing_data();
    void answer_usageError_exitsTwoWritingNothing();

private:
    // The questionnaire of data/questionnaire copied into the scratch folder.
    QString copied(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<ContentBundle> m_bundle; // what the binary holds
};

void TestAnswerCommand::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = std::move(bundle).value();
}

void TestAnswerCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestAnswerCommand::copied(const QString &name) const
{
    return ScratchFiles::copied(kQuestionnaires, name, m_dir->path());
}

void TestAnswerCommand::answer_fillsQuestionnaire_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("sheet"); // with the questions, in an xlsx
    QTest::addColumn<int>("answerColumn");

    QTest::newRow("csv: BOM, CRLF, a quoted line break, an answer column")
        << QStringLiteral("lanternfish.csv") << QStringLiteral("lanternfish.answered.csv")
        << QString() << 2;
    QTest::newRow("xlsx: three sheets, numbers and formulas")
        << QStringLiteral("lanternfish.xlsx") << QStringLiteral("lanternfish.answered.xlsx")
        << QStringLiteral("Questions") << 2;
}

void TestAnswerCommand::answer_fillsQuestionnaire()
{
    QFETCH(QString, file);
    QFETCH(QString, output);
    QFETCH(QString, sheet);
    QFETCH(int, answerColumn);

    const QString input = copied(file);
    const QByteArray before = contents(input);
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ProcessResult run = runTrustbook({QStringLiteral("--answer"), input});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err, QString());
    static const QRegularExpression summary(QStringLiteral(
        "^6 questions: (\\d+) answered, (\\d+) to review, (\\d+) without an answer\\n$"));
    const QRegularExpressionMatch said = summary.match(run.out);
    QVERIFY2(said.hasMatch(), qPrintable(run.out));

    // The input as it was; beside it the output and, for a CSV, its evidence.
    QCOMPARE(contents(input), before);
    const bool csv = file.endsWith(QLatin1String(".csv"));
    const QString outputPath = m_dir->filePath(output);
    QStringList expectedFiles{file, output};
    if (csv)
        expectedFiles.append(output + QStringLiteral(".audit.csv"));
    expectedFiles.sort();
    QCOMPARE(filesIn(m_dir->path()), expectedFiles);

    const Result<Workbook> original = readBack(input);
    const Result<Workbook> answered = readBack(outputPath);
    QVERIFY2(answered, qPrintable(answered.error()));
    // A CSV's one sheet is named after its file.
    const qsizetype sheetIndex = csv ? 0 : answered.value().indexOfSheet(sheet);
    QVERIFY(sheetIndex >= 0);
    const Sheet &in = original.value().sheets().at(sheetIndex);
    const Sheet &out = answered.value().sheets().at(sheetIndex);
    if (csv) {
        QCOMPARE(answered.value().csvDialect(), original.value().csvDialect());
        QVERIFY(contents(outputPath).startsWith("\xEF\xBB\xBF"));
    } else {
        // Every other sheet as it was, in its place, and the evidence last.
        QCOMPARE(answered.value().sheetNames(),
                 original.value().sheetNames() + QStringList{QStringLiteral("Answers")});
        for (qsizetype s = 0; s < original.value().sheets().size(); ++s) {
            if (s != sheetIndex)
                QCOMPARE(answered.value().sheets().at(s), original.value().sheets().at(s));
        }
    }

    // The header gains the answer's columns after the last one used.
    const QStringList header = rowTexts(in, 0);
    QCOMPARE(rowTexts(out, 0), header + QuestionnaireFiller::answerHeaders());
    const qsizetype status = header.size();
    QCOMPARE(out.rowCount(), in.rowCount());
    const AnswerSource answers(*m_bundle);
    const ContentCatalog &catalog = m_bundle->catalog();
    Counts counts;
    QStringList statuses;
    for (qsizetype r = 1; r < in.rowCount(); ++r) {
        const bool question = !in.cell(r, 1).displayText().isEmpty();
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (!question || c != answerColumn)
                QCOMPARE(out.cell(r, c), in.cell(r, c));
        }
        const QStringList added = rowTexts(out, r).mid(status);
        if (!question) {
            QVERIFY(added.isEmpty());
            continue;
        }
        const QString rowStatus = added.value(0);
        const QString section = added.value(1);
        statuses.append(rowStatus);
        QCOMPARE(added.value(5), catalog.contentVersion());
        if (rowStatus == QLatin1String("none")) {
            ++counts.none;
            QCOMPARE(out.cell(r, answerColumn), in.cell(r, answerColumn));
            QCOMPARE(section, QString());
            continue;
        }
        QVERIFY2(rowStatus == QLatin1String("answered") || rowStatus == QLatin1String("review"),
                 qPrintable(rowStatus));
        ++(rowStatus == QLatin1String("answered") ? counts.answered : counts.review);
        // Word for word from the section it names, linked there (and to the web where the
        // document has an address), with the words that matched.
        const SectionRef ref = catalog.find(section);
        QVERIFY2(ref.isSection(), qPrintable(section));
        QCOMPARE(out.cell(r, answerColumn).textValue(), answers.answer(ref)->answer);
        QString link = QStringLiteral("trustbook://") + section;
        if (section.startsWith(FixtureContent::kGlossary + QLatin1Char('/')))
            link += QLatin1Char('\n') + FixtureContent::kGlossaryUrl + QLatin1Char('#') +
                    FixtureContent::sectionId(section);
        QCOMPARE(added.value(2), link);
        QVERIFY2(!added.value(4).isEmpty(), qPrintable(section));
        // Who owns the answer and when it was reviewed, as its page says.
        QCOMPARE(added.value(6), ReviewLine::text(catalog.section(ref).review));
    }
    QCOMPARE(said.captured(1).toInt(), counts.answered);
    QCOMPARE(said.captured(2).toInt(), counts.review);
    QCOMPARE(said.captured(3).toInt(), counts.none);
    // The question the handbook asks itself is answered by it; the office cat is not.
    QCOMPARE(statuses.value(0), QStringLiteral("answered"));
    QCOMPARE(rowTexts(out, 1).value(status + 1), FixtureContent::kFirst);
    QCOMPARE(rowTexts(out, 1).value(status + 6), FixtureContent::kReviewLine);
    QVERIFY(statuses.value(3) != QLatin1String("answered"));

    // The evidence: a row per question, in order, with its id, section, status and time.
    const Result<Workbook> audit =
        csv ? CsvFormat().readFile(outputPath + QStringLiteral(".audit.csv")) : answered;
    QVERIFY2(audit, qPrintable(audit.error()));
    const Sheet &evidence = audit.value().sheets().last();
    QCOMPARE(rowTexts(evidence, 0), QuestionnaireFiller::evidenceHeaders());
    QCOMPARE(evidence.rowCount(), 7);
    QCOMPARE(rowTexts(evidence, 1).mid(6),
             (QStringList{FixtureContent::kReviewOwner, QStringLiteral("2026-09-30"),
                          FixtureContent::kReviewBy}));
    const QStringList ids{QStringLiteral("LF-01"), QStringLiteral("LF-02"),
                          QStringLiteral("LF-03"), QStringLiteral("LF-04"),
                          QStringLiteral("LF-05"), QStringLiteral("LF-06")};
    for (qsizetype q = 0; q < ids.size(); ++q) {
        const QStringList row = rowTexts(evidence, q + 1);
        QCOMPARE(row.value(0), ids.at(q));
        QCOMPARE(row.value(2), statuses.at(q));
        QCOMPARE(row.value(4), catalog.contentVersion());
        const QDateTime time = QDateTime::fromString(row.value(5), Qt::ISODate);
        QVERIFY2(time.isValid() && time.timeSpec() == Qt::UTC &&
                     row.value(5).endsWith(QLatin1Char('Z')),
                 qPrintable(row.value(5)));
        QVERIFY(time >= started && time <= QDateTime::currentDateTimeUtc());
    }
}

void TestAnswerCommand::answer_output_goesWhereAsked()
{
    const QString input = copied(QStringLiteral("lanternfish.xlsx"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("out")));
    const QString output = m_dir->filePath(QStringLiteral("out/filled.xlsx"));
    const ProcessResult run =
        runTrustbook({QStringLiteral("--answer"), input, QStringLiteral("--output"), output,
                      QStringLiteral("--sheet"), QStringLiteral("questions"),
                      QStringLiteral("--question-column"), QStringLiteral("Question Text"),
                      QStringLiteral("--answer-column"), QStringLiteral("response")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(filesIn(m_dir->filePath(QStringLiteral("out"))),
             QStringList{QStringLiteral("filled.xlsx")});
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("lanternfish.xlsx")});
}

void TestAnswerCommand::answer_overInput_isRefused_data()
{
    QTest::addColumn<QString>("output"); // "link:" a symbolic link to the input

    QTest::newRow("the same path") << QStringLiteral("lanternfish.csv");
    QTest::newRow("another spelling") << QStringLiteral("sub/../lanternfish.csv");
    QTest::newRow("a symbolic link to it") << QStringLiteral("link:link.csv");
}

void TestAnswerCommand::answer_overInput_isRefused()
{
    QFETCH(QString, output);

    const QString input = copied(QStringLiteral("lanternfish.csv"));
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
    const QString outputPath = m_dir->filePath(output.section(QLatin1Char(':'), -1));
    if (output.startsWith(QLatin1String("link:")))
        QVERIFY(QFile::link(input, outputPath));
    const QByteArray before = contents(input);
    const QStringList files = filesIn(m_dir->path());

    const ProcessResult run =
        runTrustbook({QStringLiteral("--answer"), input, QStringLiteral("--output"), outputPath});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("trustbook: ")) &&
                 run.err.count(QLatin1Char('\n')) == 1 && run.err.contains(input) &&
                 run.err.contains(QStringLiteral("never overwritten")),
             qPrintable(run.err));
    QCOMPARE(contents(input), before);
    QCOMPARE(filesIn(m_dir->path()), files);
}

void TestAnswerCommand::answer_hostileInput_exitsOneWritingNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind"); // see hostileBytes; "copy:" a questionnaire renamed
    QTest::addColumn<QString>("reason");

    QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx") << QStringLiteral("zip bomb")
                              << QStringLiteral("zip bomb");
    QTest::newRow("a million rows")
        << QStringLiteral("rows.xlsx") << QStringLiteral("a million rows")
        << QStringLiteral("the limit for a questionnaire");
    QTest::newRow("a CSV of a million rows")
        << QStringLiteral("rows.csv") << QStringLiteral("csv of a million rows")
        << QStringLiteral("the limit for a questionnaire");
    QTest::newRow("malformed XML")
        << QStringLiteral("broken.xlsx") << QStringLiteral("malformed XML")
        << QStringLiteral("xl/worksheets/sheet1.xml line");
    QTest::newRow("an encrypted workbook")
        << QStringLiteral("secret.xlsx") << QStringLiteral("encrypted")
        << QStringLiteral("encrypted workbook");
    QTest::newRow("a macro workbook")
        << QStringLiteral("macros.xlsm") << QStringLiteral("copy:lanternfish.xlsx")
        << QStringLiteral("macro");
    QTest::newRow("a 50 MB CSV") << QStringLiteral("big.csv") << QStringLiteral("50 MB")
                                 << QStringLiteral("over the limit");
    QTest::newRow("a 50 MB xlsx") << QStringLiteral("big.xlsx") << QStringLiteral("50 MB")
                                  << QStringLiteral("over the limit");
    QTest::newRow("a CSV in latin-1") << QStringLiteral("latin.csv") << QStringLiteral("latin-1")
                                      << QStringLiteral("is not UTF-8 at line 2");
    QTest::newRow("no questions") << QStringLiteral("empty.csv") << QStringLiteral("only a header")
                                  << QStringLiteral("no questions");
    QTest::newRow("no such file") << QStringLiteral("missing.csv") << QStringLiteral("missing")
                                  << QStringLiteral("no such file");
    QTest::newRow("no such sheet")
        << QStringLiteral("lanternfish.xlsx") << QStringLiteral("copy:lanternfish.xlsx --sheet")
        << QStringLiteral("no sheet named \"Nope\"");
}

void TestAnswerCommand::answer_hostileInput_exitsOneWritingNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    const QString input = m_dir->filePath(file);
    QStringList arguments{QStringLiteral("--answer"), input};
    if (kind.startsWith(QLatin1String("copy:"))) {
        QVERIFY(QFile::copy(
            QDir(kQuestionnaires).filePath(kind.mid(5).section(QLatin1Char(' '), 0, 0)), input));
        if (kind.endsWith(QLatin1String("--sheet")))
            arguments << QStringLiteral("--sheet") << QStringLiteral("Nope");
    } else if (kind == QLatin1String("50 MB")) {
        QFile big(input);
        QVERIFY(big.open(QIODevice::WriteOnly) && big.resize(50 * 1024 * 1024));
    } else if (kind != QLatin1String("missing")) {
        QVERIFY(put(input, hostileBytes(kind)));
    }
    const QStringList files = filesIn(m_dir->path());

    const ProcessResult run = runTrustbook(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(QStringLiteral("trustbook: ")) &&
                 run.err.count(QLatin1Char('\n')) == 1 && run.err.contains(input) &&
                 run.err.contains(reason),
             qPrintable(run.err));
    QCOMPARE(filesIn(m_dir->path()), files);
}

void TestAnswerCommand::answer_usageError_exitsTwoWritingNothing_data()
{
    QTest::addColumn<QStringList>("arguments"); // IN stands for a questionnaire in the folder
    QTest::addColumn<QString>("says");

    const QString in = QStringLiteral("IN");
    QTest::newRow("csv answered as xlsx")
        << QStringList{QStringLiteral("--answer"), in, QStringLiteral("--output"),
                       QStringLiteral("out.xlsx")}
        << QStringLiteral("a CSV questionnaire is answered as CSV");
    QTest::newRow("output without answer")
        << QStringList{QStringLiteral("--output"), QStringLiteral("out.csv")}
        << QStringLiteral("go with --answer");
    QTest::newRow("answer and search")
        << QStringList{QStringLiteral("--answer"), in, QStringLiteral("--search"),
                       QStringLiteral("x")}
        << QStringLiteral("not --search and --answer.");
    QTest::newRow("answer without file")
        << QStringList{QStringLiteral("--answer")} << QStringLiteral("Missing value");
}

void TestAnswerCommand::answer_usageError_exitsTwoWritingNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);

    const QString input = copied(QStringLiteral("lanternfish.csv"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^IN$")), input);
    const ProcessResult run = runTrustbook(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says) && run.err.contains(QStringLiteral("trustbook --help")),
             qPrintable(run.err));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("lanternfish.csv")});
}

QTEST_GUILESS_MAIN(TestAnswerCommand)
#include "tst_answercommand.moc"
