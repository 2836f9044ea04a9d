#include "answerreviewdialog.h"

#include "alternativedelegate.h"
#include "answercommand.h"
#include "answertextdelegate.h"
#include "contentbundle.h"
#include "csvformat.h"
#include "questionnaireloader.h"
#include "questionnairematching.h"
#include "questionnaireoutput.h"
#include "rememberedfolder.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

AnswerReviewDialog::AnswerReviewDialog(const ContentBundle &bundle, QWidget *parent)
    : QDialog(parent)
    , m_bundle(bundle)
    , m_rowAnswers(bundle)
    , m_model([this](const SearchHit &hit) { return m_rowAnswers.sectionAnswer(hit); })
    , m_summary(new QLabel)
    , m_table(new QTableView)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel Matching")))
    , m_accept(new QPushButton(tr("&Accept")))
    , m_clear(new QPushButton(tr("C&lear")))
    , m_save(new QPushButton(tr("&Save…")))
{
    setWindowTitle(tr("Answer a Questionnaire"));
    // A window of its own beside the main one, which shows the selected row's section.
    setWindowFlag(Qt::Window);
    setModal(false);
    resize(1100, 640);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("reviewTable"));
    m_table->setModel(&m_model);
    m_table->setItemDelegateForColumn(AnswerReviewModel::AnswerColumn,
                                      new AnswerTextDelegate(m_table));
    m_table->setItemDelegateForColumn(AnswerReviewModel::AlternativesColumn,
                                      new AlternativeDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(AnswerReviewModel::QuestionColumn, QHeaderView::Interactive);
    header->resizeSection(AnswerReviewModel::QuestionColumn, 320);
    header->setSectionResizeMode(AnswerReviewModel::AnswerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnswerReviewModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AnswerReviewModel::AlternativesColumn, QHeaderView::Fixed);
    header->resizeSection(AnswerReviewModel::AlternativesColumn, 190);
    // A few lines of each answer; the whole of it in the editor.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 4 + 8);
    // The drop-down opens with one click.
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == AnswerReviewModel::AlternativesColumn &&
            (index.flags() & Qt::ItemIsEditable))
            m_table->edit(index);
    });

    m_progress->setObjectName(QStringLiteral("matchingProgress"));
    m_progress->setFormat(tr("Matching question %v of %m"));
    m_progress->hide(); // until there is something to match
    m_cancel->hide();
    m_cancel->setObjectName(QStringLiteral("cancelMatching"));
    m_accept->setObjectName(QStringLiteral("accept"));
    m_clear->setObjectName(QStringLiteral("clear"));
    m_save->setObjectName(QStringLiteral("save"));
    m_accept->setToolTip(tr("Keep the selected answers as they are"));
    m_clear->setToolTip(tr("Leave the selected questions unanswered"));
    m_save->setShortcut(QKeySequence::Save);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    // What acts on the selected rows on the left, what acts on the file on the right.
    auto *close = new QPushButton(tr("Close"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(progressRow);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &AnswerReviewDialog::cancelMatching);
    connect(m_accept, &QPushButton::clicked, this, &AnswerReviewDialog::acceptSelected);
    connect(m_clear, &QPushButton::clicked, this, &AnswerReviewDialog::clearSelected);
    // Saving keeps the window open: the reviewer may go on and save again.
    connect(m_save, &QPushButton::clicked, this, &AnswerReviewDialog::saveAs);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AnswerReviewDialog::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AnswerReviewDialog::showCurrentSection);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        updateButtons();
        updateSummary();
        // A row that now has another section (an alternative chosen) shows that one; an edit
        // of its text leaves the page where the reader is.
        const QModelIndex current = m_table->currentIndex();
        if (topLeft.row() == current.row() &&
            current.data(AnswerReviewModel::SectionRole).toString() != m_requestedSection)
            showCurrentSection();
    });
    connect(&m_model, &AnswerReviewModel::reviewed, this, [this] { m_unsaved = true; });
    updateSummary();
    updateButtons();
}

AnswerReviewDialog::~AnswerReviewDialog() = default;

QString AnswerReviewDialog::chooseQuestionnaire(QWidget *parent, RememberedFolder folder)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Answer a Questionnaire"), folder.existingPath(),
        tr("Questionnaires (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        folder.remember(path);
    return path;
}

Result<Done> AnswerReviewDialog::load(const QString &path)
{
    Result<QuestionnaireFiller> filler = QuestionnaireLoader::load(path);
    if (!filler)
        return Result<Done>::failure(filler.error());
    m_matching.reset();
    m_filler.emplace(std::move(filler).value());
    m_inputPath = path;
    m_savedTo.clear();
    m_unsaved = false;
    setWindowTitle(tr("Answer a Questionnaire – %1").arg(QFileInfo(path).fileName()));
    const QList<QuestionRow> &questions = m_filler->questions();
    m_model.setQuestions(questions);
    QStringList texts;
    for (const QuestionRow &question : questions)
        texts.append(question.text);

    m_matching = std::make_unique<QuestionnaireMatching>(m_bundle);
    connect(m_matching.get(), &QuestionnaireMatching::answered, this,
            &AnswerReviewDialog::onAnswered);
    connect(m_matching.get(), &QuestionnaireMatching::finished, this,
            &AnswerReviewDialog::onMatchingFinished);
    m_progress->setRange(0, static_cast<int>(texts.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_matching->start(texts);
    updateSummary();
    updateButtons();
    return Result<Done>::success({});
}

bool AnswerReviewDialog::isMatching() const
{
    return m_matching && m_matching->isRunning();
}

void AnswerReviewDialog::cancelMatching()
{
    if (m_matching)
        m_matching->cancel();
}

void AnswerReviewDialog::onAnswered(int index, const ProposedAnswer &answer)
{
    m_model.setProposal(index, answer);
    m_progress->setValue(index + 1);
    updateSummary();
}

void AnswerReviewDialog::onMatchingFinished(const QString &error)
{
    m_progress->hide();
    m_cancel->hide();
    updateSummary();
    updateButtons();
    if (!error.isEmpty())
        showError(tr("Could not match the questions of %1.").arg(m_inputPath), error);
    Q_EMIT matchingFinished();
}

void AnswerReviewDialog::updateSummary()
{
    if (!m_filler) {
        m_summary->clear();
        return;
    }
    const QString file = QFileInfo(m_inputPath).fileName();
    const int total = m_model.rowCount();
    const int matched = m_model.matchedCount();
    const QString questions = total == 1 ? tr("1 question") : tr("%1 questions").arg(total);
    QString text;
    if (isMatching())
        text = tr("%1: matching %2 of %3…").arg(file, QString::number(matched), questions);
    else
        text = tr("%1: %2: %3 answered, %4 to review, %5 without an answer")
                   .arg(file, questions,
                        QString::number(m_model.countOf(AnswerMatch::Status::Answered)),
                        QString::number(m_model.countOf(AnswerMatch::Status::Review)),
                        QString::number(m_model.countOf(AnswerMatch::Status::None)));
    if (!isMatching() && matched < total)
        text += QLatin1Char(' ') + tr("(matching stopped: %1 not matched)").arg(total - matched);
    const int accepted = m_model.reviewCount(AnswerReviewModel::Review::Accepted);
    const int edited = m_model.reviewCount(AnswerReviewModel::Review::Edited);
    const int cleared = m_model.reviewCount(AnswerReviewModel::Review::Cleared);
    if (accepted + edited + cleared > 0)
        text += QLatin1Char('\n') + tr("Reviewed: %1 accepted, %2 edited, %3 cleared")
                                        .arg(accepted)
                                        .arg(edited)
                                        .arg(cleared);
    if (!m_savedTo.isEmpty())
        text += QLatin1Char('\n') + tr("Saved to %1").arg(QDir::toNativeSeparators(m_savedTo));
    m_summary->setText(text);
}

void AnswerReviewDialog::updateButtons()
{
    bool any = false;
    for (int row : selectedRows())
        any = any || m_model.review(row) != AnswerReviewModel::Review::Pending;
    m_accept->setEnabled(any);
    m_clear->setEnabled(any);
    m_save->setEnabled(m_filler.has_value() && !isMatching());
}

QList<int> AnswerReviewDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    return rows;
}

void AnswerReviewDialog::acceptSelected()
{
    for (int row : selectedRows())
        m_model.accept(row);
}

void AnswerReviewDialog::clearSelected()
{
    for (int row : selectedRows())
        m_model.clear(row);
}

void AnswerReviewDialog::showCurrentSection()
{
    const QModelIndex current = m_table->currentIndex();
    const QString section = current.data(AnswerReviewModel::SectionRole).toString();
    m_requestedSection = section;
    if (!section.isEmpty())
        Q_EMIT sectionRequested(section,
                                current.data(AnswerReviewModel::MatchedWordsRole).toStringList());
}

void AnswerReviewDialog::saveAs()
{
    if (!m_filler)
        return;
    const bool csv = CsvFormat::isCsvFileName(m_inputPath);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Answered Questionnaire"), AnswerCommand::defaultOutputPath(m_inputPath),
        csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty())
        saveTo(path);
}

bool AnswerReviewDialog::saveTo(const QString &path)
{
    if (!m_filler)
        return false;
    const FilledQuestionnaire filled = m_filler->fill(
        m_model.rowAnswers(), m_bundle.catalog().contentVersion(), QDateTime::currentDateTimeUtc());
    const Result<Done> written = QuestionnaireOutput::write(filled, m_inputPath, path);
    if (!written) {
        showError(tr("Could not save %1.").arg(path), written.error());
        return false;
    }
    m_savedTo = path;
    m_unsaved = false;
    updateSummary();
    return true;
}

void AnswerReviewDialog::showError(const QString &what, const QString &why)
{
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), what, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("answerError"));
    box->setInformativeText(why);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AnswerReviewDialog::reject()
{
    if (!m_unsaved) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, windowTitle(),
        tr("Save your review of %1 before closing?").arg(QFileInfo(m_inputPath).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedReview"));
    box->setInformativeText(tr("The answers you accepted, edited or cleared are lost otherwise."));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int button) {
        if (button == QMessageBox::Save)
            saveAs();
        else if (button == QMessageBox::Discard)
            m_unsaved = false;
        if (!m_unsaved)
            QDialog::reject();
    });
    box->open();
}
