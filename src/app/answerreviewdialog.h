#pragma once

#include "answerreviewmodel.h"
#include "questionnairefiller.h"
#include "result.h"
#include "rowanswers.h"

#include <QDialog>

#include <memory>
#include <optional>

class ContentBundle;
class QLabel;
class QProgressBar;
class QPushButton;
class RememberedFolder;
class QTableView;
class QuestionnaireMatching;

// File > Answer a Questionnaire…: one questionnaire under review. Matching runs on a thread
// of its own with its progress shown (and Cancel); each answer appears as soon as it is made.
// The reviewer accepts, edits, clears or swaps answers for an alternative, the section of the
// selected row opens in the main window (sectionRequested), and Save… writes the answered copy
// with its evidence beside the questionnaire, never over it.
class AnswerReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerReviewDialog)

public:
    // `bundle` must outlive the dialog.
    explicit AnswerReviewDialog(const ContentBundle &bundle, QWidget *parent = nullptr);
    ~AnswerReviewDialog() override;

    // Asks for a CSV or xlsx, starting in the folder last chosen; empty when cancelled.
    static QString chooseQuestionnaire(QWidget *parent, RememberedFolder folder);

    // Reads the questionnaire and starts matching; the error names the file and the reason.
    Result<Done> load(const QString &path);
    QString inputPath() const { return m_inputPath; }
    bool isMatching() const;
    void cancelMatching();

    // Accept or clear the selected rows.
    void acceptSelected();
    void clearSelected();
    // Asks where (IN.answered.csv|xlsx beside the questionnaire by default) and saves there.
    void saveAs();
    // Writes the answered questionnaire to `path`; on failure says why in a message box
    // (naming the file) and leaves nothing behind.
    bool saveTo(const QString &path);

    // Closing with decisions not saved asks first (Save, Discard or Cancel), without blocking.
    void reject() override;

    AnswerReviewModel *model() { return &m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void sectionRequested(const QString &path, const QStringList &words);
    void matchingFinished();

private:
    void onAnswered(int index, const ProposedAnswer &answer);
    void onMatchingFinished(const QString &error);
    void showCurrentSection();
    void updateSummary();
    void updateButtons();
    QList<int> selectedRows() const;
    // Window-modal without blocking: the reviewer reads it over the table.
    void showError(const QString &what, const QString &why);

    const ContentBundle &m_bundle;
    RowAnswers m_rowAnswers; // the alternatives' text, on this thread
    AnswerReviewModel m_model;
    std::optional<QuestionnaireFiller> m_filler;
    std::unique_ptr<QuestionnaireMatching> m_matching;
    QString m_inputPath;
    QString m_savedTo;          // where the last save went
    bool m_unsaved = false;     // decisions made since then
    QString m_requestedSection; // the section last shown for the current row
    QLabel *m_summary;
    QTableView *m_table;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_accept;
    QPushButton *m_clear;
    QPushButton *m_save;
};
