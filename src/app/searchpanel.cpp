#include "searchpanel.h"

#include "clearbutton.h"
#include "resultlistview.h"
#include "searchresultdelegate.h"
#include "searchservice.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

SearchPanel::SearchPanel(SearchService *service, QWidget *tree, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_tree(tree)
    , m_field(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_list(new ResultListView(this))
    , m_noResults(new QLabel(this))
    , m_correction(new QLabel(this))
    , m_count(new QLabel(this))
{
    setUpField();
    setUpResults();
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_noResults);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_correction);
    layout->addWidget(m_count);
    layout->addWidget(m_stack);

    connect(m_service, &SearchService::resultsReady, this, &SearchPanel::showResults);
    // The service may have failed before this panel existed, or fail later.
    showUnavailable(m_service->errorString());
    connect(m_service, &SearchService::ready, this,
            [this](int, const QString &error) { showUnavailable(error); });
}

void SearchPanel::setUpField()
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search (Ctrl+K)"));
    m_field->setAccessibleName(tr("Search"));
    ClearButton::enable(m_field);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::onTextChanged);
}

void SearchPanel::setUpResults()
{
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->setAccessibleName(tr("Search results"));
    m_list->setModel(&m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust); // rows re-wrap their snippets when resized
    // Rows wrap to the list's width, so sideways there is nothing to scroll to.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->installEventFilter(this);
    connect(m_list, &QListView::clicked, this, &SearchPanel::open);
    connect(m_list, &QListView::activated, this, &SearchPanel::open);
    m_noResults->setObjectName(QStringLiteral("noResults"));
    m_noResults->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noResults->setWordWrap(true);
    m_noResults->setMargin(12);
    m_correction->setObjectName(QStringLiteral("searchCorrection"));
    m_correction->setWordWrap(true);
    m_correction->setTextFormat(Qt::PlainText);
    m_correction->setContentsMargins(4, 0, 4, 0);
    m_correction->hide();
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setContentsMargins(4, 0, 4, 0);
    m_count->hide();
}

// What the results say is also the field's description: a screen reader presents a change to
// the description of what has focus, and the caret stays in the field while typing (Qt 6.4
// has no announcement event).
void SearchPanel::setStatus(const QString &text)
{
    m_field->setAccessibleDescription(text);
}

void SearchPanel::showUnavailable(const QString &error)
{
    if (error.isEmpty())
        return;
    m_field->setEnabled(false);
    m_field->setPlaceholderText(tr("Search is unavailable"));
    m_field->setToolTip(error);
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::onTextChanged(const QString &text)
{
    m_openWhenAnswered = false;
    if (text.trimmed().isEmpty()) {
        m_model.setHits({});
        m_correction->hide();
        m_count->hide();
        setStatus(QString());
        m_stack->setCurrentWidget(m_tree);
        return;
    }
    m_service->search(text);
}

void SearchPanel::showResults(const QString &text, const SearchResults &results)
{
    if (text != m_field->text())
        return; // the field changed since, or was cleared: a newer answer is on its way
    m_shownText = text;
    const QList<SearchHit> &hits = results.hits;
    m_model.setHits(hits);
    m_correction->setText(tr("Showing results for \u201c%1\u201d").arg(results.correctedText));
    m_correction->setVisible(!results.correctedText.isEmpty() && !hits.isEmpty());
    const bool openNow = std::exchange(m_openWhenAnswered, false);
    m_count->setText(hits.size() == 1 ? tr("1 result") : tr("%1 results").arg(hits.size()));
    m_count->setVisible(!hits.isEmpty());
    if (hits.isEmpty()) {
        m_noResults->setText(
            tr("No results for \u201c%1\u201d.\nTry removing a word or checking the spelling.")
                .arg(text.trimmed()));
        m_stack->setCurrentWidget(m_noResults);
        setStatus(m_noResults->text());
        return;
    }
    setStatus(!m_correction->isHidden() ? m_correction->text() + QLatin1Char('\n') + m_count->text()
                                        : m_count->text());
    m_list->choose(m_model.index(0));
    m_stack->setCurrentWidget(m_list);
    if (openNow)
        open(m_list->chosen());
}

void SearchPanel::moveCurrent(int delta)
{
    if (m_model.rowCount() == 0)
        return;
    const int row = std::clamp(m_list->chosen().row() + delta, 0, m_model.rowCount() - 1);
    m_list->choose(m_model.index(row));
    // The keyboard stays in the field while Up and Down choose a result, and the list claims no
    // focus (FocusTruthfulView): without this, a screen reader would not say which one is chosen.
    const SearchHit &hit = m_model.hits().at(row);
    setStatus(tr("Result %1 of %2: %3, in %4")
                  .arg(row + 1)
                  .arg(m_model.rowCount())
                  .arg(hit.title, hit.document));
}

// Enter can come before the answer to the text typed last (a fast typist, a large corpus):
// then the result opens when that answer arrives, not a stale one shown meanwhile.
void SearchPanel::openBest()
{
    if (m_shownText == m_field->text())
        open(m_list->chosen());
    else
        m_openWhenAnswered = true;
}

void SearchPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const SearchHit &hit = m_model.hits().at(index.row());
    QStringList words = hit.matchedWords;
    words += hit.markedWords();
    words.removeDuplicates();
    Q_EMIT sectionRequested(hit.path, words);
}

// The tree comes back showing the section last opened: opening a result selected it there.
void SearchPanel::clear()
{
    m_field->clear();
    m_tree->setFocus(Qt::OtherFocusReason);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress &&
        handleKey(watched, static_cast<QKeyEvent *>(event)->key()))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool SearchPanel::handleKey(QObject *watched, int key)
{
    if (key == Qt::Key_Escape && !m_field->text().isEmpty()) {
        clear();
        return true;
    }
    if (watched != m_field || m_field->text().trimmed().isEmpty())
        return false; // the tree is showing: the keys are its own
    switch (key) {
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openBest();
        return true;
    default:
        return false;
    }
}
