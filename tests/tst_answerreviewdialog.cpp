// File > Answer a Questionnaire…'s review window as a reviewer uses it, on the tests' own
// content: a questionnaire opened through the dialog's API (the file chooser only where it
// starts), matching on its thread, answers accepted, edited, swapped and cleared through the real
// table and buttons, and the saved file read back with the questionnaire library.
#include "answerreviewdialog.h"
#include "contentbundle.h"
#include "csvformat.h"
#include "fixturecontent.h"
#include "mnemonics.h"
#include "questionanswerer.h"
#include "questionnaireloader.h"
#include "rememberedfolder.h"
#include "scratchfiles.h"
#include "sheettables.h"
#include "uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using ScratchFiles::contents;
using ScratchFiles::filesIn;

namespace {

const QString kQuestionnaires = QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/questionnaire");
constexpr int kMatchTimeoutMs = 60000;

// lanternfish.csv: ID, Question, Vendor Response (where answers go), Notes; then what
// QuestionnaireFiller appends.
constexpr int kAnswerColumn = 2;
constexpr int kStatusColumn = 4;
constexpr int kSectionColumn = 5;
constexpr int kAlternativesColumn = 7;

} // namespace

class TestAnswerReviewDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void review_showsMatchesAndSavesDecisions();
    void selectingRow_requestsItsSection();
    void mnemonics_eachLeadsToOnePlace_data();
    void mnemonics_eachLeadsToOnePlace();
    void matching_showsProgressThenSummary();
    void cancel_stopsMatchingAndKeepsWhatWasDone();
    void save_overInput_isRefusedInMessageBox();
    void load_brokenFile_namesFileAndReason();
    void chooseQuestionnaire_freshHome_offersNoFileName();
    void close_withUnsavedDecisions_asksFirst_data();
    void close_withUnsavedDecisions_asksFirst();

private:
    QString copied(const QString &name) const;
    bool loadAndMatch(AnswerReviewDialog &dialog, const QString &path) const;
    static void selectRow(AnswerReviewDialog &dialog, int row);

    std::optional<ContentBundle> m_bundle;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnswerReviewDialog::initTestCase()
{
    Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = std::move(bundle).value();
}

void TestAnswerReviewDialog::init()
{
    // Any Qt warning fails, but the one the offscreen platform prints for every window.
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints)")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestAnswerReviewDialog::copied(const QString &name) const
{
    return ScratchFiles::copied(kQuestionnaires, name, m_dir->path());
}

bool TestAnswerReviewDialog::loadAndMatch(AnswerReviewDialog &dialog, const QString &path) const
{
    QSignalSpy finished(&dialog, &AnswerReviewDialog::matchingFinished);
    const Result<Done> loaded = dialog.load(path);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error()));
        return false;
    }
    return finished.wait(kMatchTimeoutMs);
}

void TestAnswerReviewDialog::selectRow(AnswerReviewDialog &dialog, int row)
{
    QTableView *table = dialog.table();
    table->setCurrentIndex(table->model()->index(row, AnswerReviewModel::QuestionColumn));
    table->selectRow(row);
}

void TestAnswerReviewDialog::review_showsMatchesAndSavesDecisions()
{
    const QString input = copied(QStringLiteral("lanternfish.csv"));
    AnswerReviewDialog dialog(*m_bundle);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(loadAndMatch(dialog, input));

    // What the window shows is what the matcher proposes, row by row.
    const Result<QuestionnaireFiller> filler = QuestionnaireLoader::load(input);
    QVERIFY2(filler, qPrintable(filler.error()));
    Result<std::unique_ptr<QuestionAnswerer>> answerer = QuestionAnswerer::build(*m_bundle);
    QVERIFY2(answerer, qPrintable(answerer.error()));
    const QAbstractItemModel *model = dialog.table()->model();
    QCOMPARE(model->rowCount(), 6);
    QList<ProposedAnswer> expected;
    for (int row = 0; row < 6; ++row) {
        const QuestionRow &question = filler.value().questions().at(row);
        expected.append(answerer.value()->answer(question.text));
        const RowAnswer &proposal = expected.last().row;
        QCOMPARE(model->index(row, AnswerReviewModel::QuestionColumn).data().toString(),
                 question.text);
        QCOMPARE(model->index(row, AnswerReviewModel::AnswerColumn).data().toString(),
                 proposal.answer);
        QCOMPARE(model->index(row, AnswerReviewModel::StatusColumn).data().toString(),
                 AnswerReviewModel::statusText(AnswerReviewModel::Review::Proposed,
                                               expected.last().match.status));
    }
    // The question the handbook asks itself is answered by it; the office cat is not.
    QCOMPARE(expected.at(0).match.status, AnswerMatch::Status::Answered);
    QCOMPARE(model->index(0, AnswerReviewModel::StatusColumn).data().toString(),
             QStringLiteral("Answered"));
    QVERIFY(expected.at(3).match.status != AnswerMatch::Status::Answered);

    // Row 1: accepted with the button.
    selectRow(dialog, 1);
    auto *accept = dialog.findChild<QPushButton *>(QStringLiteral("accept"));
    QVERIFY(accept && accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(model->index(1, AnswerReviewModel::StatusColumn).data().toString(),
             QStringLiteral("Accepted"));

    // Row 0: the answer rewritten in the cell's editor; Tab leaves the cell and keeps it.
    const QModelIndex answer0 = model->index(0, AnswerReviewModel::AnswerColumn);
    dialog.table()->setCurrentIndex(answer0);
    dialog.table()->edit(answer0);
    auto *editor = dialog.table()->findChild<QPlainTextEdit *>(QStringLiteral("answerEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), expected.at(0).row.answer);
    editor->setPlainText(QStringLiteral("We collect account data only.\nNothing else."));
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(answer0.data().toString(),
             QStringLiteral("We collect account data only.\nNothing else."));
    QCOMPARE(model->index(0, AnswerReviewModel::StatusColumn).data().toString(),
             QStringLiteral("Edited"));

    // Row 4: an alternative picked from the drop-down takes the answer's place.
    const int swapRow = 4;
    const QModelIndex alternatives = model->index(swapRow, AnswerReviewModel::AlternativesColumn);
    const auto offered =
        alternatives.data(AnswerReviewModel::AlternativesRole).value<QList<SearchHit>>();
    QVERIFY(!offered.isEmpty());
    dialog.table()->setCurrentIndex(alternatives);
    dialog.table()->edit(alternatives);
    auto *combo = dialog.table()->findChild<QComboBox *>(QStringLiteral("alternativeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), offered.size());
    QCOMPARE(combo->currentIndex(), -1);
    QTest::keyClick(combo, Qt::Key_Down); // the first one
    const QString chosen = offered.first().path;
    QCOMPARE(model->index(swapRow, 0).data(AnswerReviewModel::SectionRole).toString(), chosen);
    const std::optional<AnswerSource::Answer> chosenText =
        AnswerSource(*m_bundle).answer(m_bundle->catalog().find(chosen));
    QVERIFY(chosenText);
    QCOMPARE(model->index(swapRow, AnswerReviewModel::AnswerColumn).data().toString(),
             chosenText->answer);

    // Row 2: cleared with the button.
    selectRow(dialog, 2);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("clear")), Qt::LeftButton);
    QCOMPARE(model->index(2, AnswerReviewModel::StatusColumn).data().toString(),
             QStringLiteral("Cleared"));

    // A picture of the review, for a person to look at: TRUSTBOOK_SCREENSHOT_DIR=/tmp
    const QString pictures = qEnvironmentVariable("TRUSTBOOK_SCREENSHOT_DIR");
    if (!pictures.isEmpty()) {
        QCoreApplication::sendPostedEvents(); // the summary's new line laid out
        QVERIFY(dialog.grab().save(QDir(pictures).filePath(QStringLiteral("answer-review.png"))));
    }

    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .contains(QStringLiteral("Reviewed: 2 accepted, 1 edited, 1 cleared")));
    const QString output = m_dir->filePath(QStringLiteral("lanternfish.answered.csv"));
    const QByteArray before = contents(input);
    QVERIFY(dialog.saveTo(output));
    QCOMPARE(contents(input), before);
    QCOMPARE(filesIn(m_dir->path()),
             (QStringList{QStringLiteral("lanternfish.answered.csv"),
                          QStringLiteral("lanternfish.answered.csv.audit.csv"),
                          QStringLiteral("lanternfish.csv")}));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .contains(QStringLiteral("Saved to ")));

    const Result<Workbook> saved = CsvFormat().readFile(output);
    QVERIFY2(saved, qPrintable(saved.error()));
    const Sheet &sheet = saved.value().sheets().first();
    // Questions are on rows 1-4 and 6-7 (row 5 has none).
    const auto cells = [&sheet](int question) {
        return rowTexts(sheet, question < 4 ? question + 1 : question + 2);
    };
    QCOMPARE(cells(0).value(kAnswerColumn),
             QStringLiteral("We collect account data only.\nNothing else."));
    QCOMPARE(cells(0).value(kStatusColumn), QStringLiteral("edited"));
    QCOMPARE(cells(0).value(kSectionColumn), FixtureContent::kFirst);
    QCOMPARE(cells(1).value(kAnswerColumn), expected.at(1).row.answer);
    QCOMPARE(cells(1).value(kStatusColumn), QStringLiteral("answered"));
    QCOMPARE(cells(2).value(kAnswerColumn), QString());
    QCOMPARE(cells(2).value(kStatusColumn), QStringLiteral("none"));
    QCOMPARE(cells(2).value(kSectionColumn), QString());
    QCOMPARE(cells(3).value(kStatusColumn), expected.at(3).row.status);
    QCOMPARE(cells(4).value(kAnswerColumn), chosenText->answer);
    QCOMPARE(cells(4).value(kStatusColumn), QStringLiteral("answered"));
    QCOMPARE(cells(4).value(kSectionColumn), chosen);
    QVERIFY(!cells(4).value(kAlternativesColumn).contains(chosen));
    QCOMPARE(cells(5).value(kAnswerColumn), expected.at(5).row.answer);
    QCOMPARE(cells(5).value(kStatusColumn), expected.at(5).row.status);
    // The owner's notes stay as they were.
    QCOMPARE(cells(0).value(3), QStringLiteral("keep this note"));
}

void TestAnswerReviewDialog::selectingRow_requestsItsSection()
{
    AnswerReviewDialog dialog(*m_bundle);
    QVERIFY(loadAndMatch(dialog, copied(QStringLiteral("lanternfish.csv"))));
    QSignalSpy requested(&dialog, &AnswerReviewDialog::sectionRequested);
    selectRow(dialog, 0);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), FixtureContent::kFirst);
    QVERIFY(!requested.at(0).at(1).toStringList().isEmpty());
}

void TestAnswerReviewDialog::mnemonics_eachLeadsToOnePlace_data()
{
    Mnemonics::addLanguageRows();
}

// With a questionnaire matched, as the reviewer works through it: Alt and a letter presses one
// button or reaches one field, in every language.
void TestAnswerReviewDialog::mnemonics_eachLeadsToOnePlace()
{
    QFETCH(QString, language);
    UiLanguage uiLanguage;
    uiLanguage.install(language);
    AnswerReviewDialog dialog(*m_bundle);
    QVERIFY(loadAndMatch(dialog, copied(QStringLiteral("lanternfish.csv"))));
    const Mnemonics::Owners owners = Mnemonics::inWidget(&dialog);
    QVERIFY(!owners.isEmpty());
    const QStringList conflicts = Mnemonics::conflicts(owners);
    QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QStringLiteral("; "))));
}

void TestAnswerReviewDialog::matching_showsProgressThenSummary()
{
    AnswerReviewDialog dialog(*m_bundle);
    dialog.show();
    QSignalSpy finished(&dialog, &AnswerReviewDialog::matchingFinished);
    QVERIFY(dialog.load(copied(QStringLiteral("lanternfish.csv"))).isOk());
    auto *progress = dialog.findChild<QProgressBar *>(QStringLiteral("matchingProgress"));
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelMatching"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("save"));
    QVERIFY(progress && cancel && save);
    // The window is free while the worker matches: progress and Cancel show, Save waits.
    QVERIFY(dialog.isMatching());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 6);
    QVERIFY(cancel->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(finished.wait(kMatchTimeoutMs));
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QVERIFY(save->isEnabled());
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("lanternfish.csv: 6 questions: ")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral(" answered, ")), qPrintable(summary));
}

void TestAnswerReviewDialog::cancel_stopsMatchingAndKeepsWhatWasDone()
{
    AnswerReviewDialog dialog(*m_bundle);
    dialog.show();
    QSignalSpy finished(&dialog, &AnswerReviewDialog::matchingFinished);
    // 174 questions: far more than are matched before Cancel.
    QVERIFY(dialog.load(copied(QStringLiteral("security-faq-questions.csv"))).isOk());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("cancelMatching")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(kMatchTimeoutMs));
    QVERIFY(!dialog.isMatching());
    AnswerReviewModel *model = dialog.model();
    QVERIFY(model->matchedCount() < model->rowCount());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summary"))
                ->text()
                .contains(QStringLiteral("matching stopped")));
    // What was not matched goes out unanswered.
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());
    const QString output = m_dir->filePath(QStringLiteral("partial.csv"));
    QVERIFY(dialog.saveTo(output));
    const QList<RowAnswer> rows = model->rowAnswers();
    QCOMPARE(rows.last().status, QStringLiteral("none"));
}

void TestAnswerReviewDialog::save_overInput_isRefusedInMessageBox()
{
    const QString input = copied(QStringLiteral("lanternfish.csv"));
    AnswerReviewDialog dialog(*m_bundle);
    dialog.show();
    QVERIFY(loadAndMatch(dialog, input));
    const QByteArray before = contents(input);
    QVERIFY(!dialog.saveTo(input));
    QCOMPARE(contents(input), before);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("lanternfish.csv")});
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("answerError"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(input), qPrintable(box->text()));
    QVERIFY(!box->informativeText().isEmpty());
    box->close();
}

void TestAnswerReviewDialog::load_brokenFile_namesFileAndReason()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.csv"));
    QVERIFY(ScratchFiles::put(path, "ID,Question,Answer\r\n"));
    AnswerReviewDialog dialog(*m_bundle);
    const Result<Done> loaded = dialog.load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(path), qPrintable(loaded.error()));
    QVERIFY(!dialog.isMatching());
}

// A home without a documents folder (a fresh account): the chooser starts in the home folder
// with nothing in its file name field. It used to start in the home folder with "Documents"
// offered as the file to open.
void TestAnswerReviewDialog::chooseQuestionnaire_freshHome_offersNoFileName()
{
    const QByteArray home = qgetenv("HOME");
    const QByteArray config = qgetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", config);
    });
    qputenv("HOME", QFile::encodeName(m_dir->path()));
    // Where a user-dirs.dirs would name a documents folder elsewhere: there is none.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("config"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("Documents"))));

    QString shownFolder;
    QString shownName = QStringLiteral("(no chooser seen)");
    QTimer look;
    look.setInterval(10);
    connect(&look, &QTimer::timeout, this, [&] {
        auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!chooser)
            return;
        look.stop();
        shownFolder = chooser->directory().absolutePath();
        auto *name = chooser->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        shownName = name ? name->text() : QStringLiteral("(no file name field)");
        chooser->reject();
    });
    look.start();
    QString stored;
    const QString chosen =
        AnswerReviewDialog::chooseQuestionnaire(nullptr, RememberedFolder(&stored));

    QVERIFY(chosen.isEmpty());
    QCOMPARE(shownFolder, QDir(m_dir->path()).absolutePath());
    QCOMPARE(shownName, QString());
    QVERIFY(stored.isEmpty()); // nothing chosen, nothing remembered
}

void TestAnswerReviewDialog::close_withUnsavedDecisions_asksFirst_data()
{
    QTest::addColumn<bool>("decide");
    QTest::addColumn<bool>("save");
    QTest::addColumn<int>("button"); // in the question, if one is asked
    QTest::addColumn<bool>("closed");

    QTest::newRow("nothing decided: closes") << false << false << 0 << true;
    QTest::newRow("decided and saved: closes") << true << true << 0 << true;
    QTest::newRow("decided, Discard: closes") << true << false << int(QMessageBox::Discard) << true;
    QTest::newRow("decided, Cancel: stays open")
        << true << false << int(QMessageBox::Cancel) << false;
}

void TestAnswerReviewDialog::close_withUnsavedDecisions_asksFirst()
{
    QFETCH(bool, decide);
    QFETCH(bool, save);
    QFETCH(int, button);
    QFETCH(bool, closed);

    AnswerReviewDialog dialog(*m_bundle);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(loadAndMatch(dialog, copied(QStringLiteral("lanternfish.csv"))));
    if (decide)
        dialog.model()->clear(0);
    if (save)
        QVERIFY(dialog.saveTo(m_dir->filePath(QStringLiteral("out.csv"))));

    QTest::keyClick(&dialog, Qt::Key_Escape);
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("unsavedReview"));
    QCOMPARE(box != nullptr, button != 0);
    if (box) {
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::StandardButton(button))->click();
    }
    QCOMPARE(!dialog.isVisible(), closed);
}

QTEST_MAIN(TestAnswerReviewDialog)
#include "tst_answerreviewdialog.moc"
