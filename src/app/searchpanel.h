#pragma once

#include "resultlistview.h"
#include "searchresults.h"
#include "searchresultsmodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class SearchService;

// The search field above the section tree. While it holds a query, ranked results replace
// the tree, under their count; Up/Down/Enter work from the field, Enter or a click opens a
// result, Esc clears the query and brings the tree back. The window's Edit > Search… (Ctrl+K,
// Ctrl+Shift+F) calls focusField(); QKeySequence::Find stays with find-in-page.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    // Takes `tree` into the panel, where the results take its place while searching.
    SearchPanel(SearchService *service, QWidget *tree, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    ResultListView *resultsView() const { return m_list; }
    // "Showing results for …", visible while a misspelt query was corrected
    QLabel *correctionLabel() const { return m_correction; }
    void focusField();

Q_SIGNALS:
    // `words` are what to mark in the page: the typed words and the forms they matched
    void sectionRequested(const QString &path, const QStringList &words);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpField();
    void setUpResults();
    void setStatus(const QString &text);
    void showUnavailable(const QString &error);
    void onTextChanged(const QString &text);
    void showResults(const QString &text, const SearchResults &results);
    bool handleKey(QObject *watched, int key);
    void moveCurrent(int delta);
    void openBest();
    void open(const QModelIndex &index);
    void clear();

    SearchService *m_service;
    QWidget *m_tree;
    QLineEdit *m_field;
    QStackedWidget *m_stack;
    ResultListView *m_list;
    QLabel *m_noResults;
    QLabel *m_correction;
    QLabel *m_count; // "12 results"
    SearchResultsModel m_model;
    QString m_shownText; // the query whose results are in m_model
    bool m_openWhenAnswered = false;
};
