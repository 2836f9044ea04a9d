#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// One ranked match: which section, how well it matched, and a snippet of its answer with
// the matched words between kMarkStart and kMarkEnd (two control characters content never
// holds: the index removes them from the text it stores).
struct SearchHit
{
    QString path;     // "DOC/SECTION"
    QString title;    // the section's question
    QString document; // the document's title
    double score = 0; // 0..1, higher is better (RelevanceFunction)
    QString snippet;
    // the query's words, as typed, that the section holds (itself or an equivalent)
    QStringList matchedWords;
    // the share (0..1) of the query's meaningful words the section covers, rare ones weighing more
    double coverage = 0;

    static constexpr char16_t kMarkStart = u'\u0002';
    static constexpr char16_t kMarkEnd = u'\u0003';

    // one line of plain text, for the command line
    QString plainSnippet() const;
    // HTML-escaped, matched words in <b>, for a rich-text view
    QString htmlSnippet() const;
    // the words of the text that matched, as they stand there ("encrypted" for "encryption")
    QStringList markedWords() const;
};

Q_DECLARE_METATYPE(SearchHit)
