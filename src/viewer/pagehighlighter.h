#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QWebEnginePage;

// Marks words in one section of a page (<mark class="trustbook-hit">), e.g. the words a
// search matched in the section the user opened from the results. Page scripts are off, so
// this runs in the application's own script world. The page may still be loading the
// section's document: then the marks are made when it has loaded.
class PageHighlighter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHighlighter)

public:
    explicit PageHighlighter(QWebEnginePage *page, QObject *parent = nullptr);

    // `sectionUrl` is the document's URL with the section id as fragment. Each word matches
    // case-insensitively at the start of a word ("encrypt" marks "encrypted"). Earlier marks
    // are removed; empty `words` only removes them.
    void highlight(const QUrl &sectionUrl, const QStringList &words);
    // Removes the marks from the page shown now, and forgets those still waiting for a load.
    void clear();
    // Script statements that take every mark out of the page's body, leaving it as parsed:
    // for a script that must not keep them (DocumentSwap, when it keeps a body).
    static QString removeMarksScript();

private:
    void apply();

    QWebEnginePage *m_page;
    QUrl m_sectionUrl;
    QStringList m_words;
    bool m_pending = false;
};
