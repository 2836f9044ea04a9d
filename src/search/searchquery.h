#pragma once

#include <QString>
#include <QStringList>

// Turns whatever a person types into an FTS5 MATCH expression that cannot fail to parse.
// FTS5's query language gives meaning to quotes, *, -, :, ^, +, parentheses, AND/OR/NOT and
// NEAR; a search box must not, so every word becomes a quoted string and only two things
// keep a meaning: "quoted phrases", and a prefix match (*) on the last word while it is
// still being typed. Words are runs of letters, digits and marks; everything else (emoji,
// punctuation, operators' symbols) separates them, as FTS5's unicode61 tokenizer does.
class SearchQuery final
{
public:
    explicit SearchQuery(const QString &text);

    // e.g. `"soc" "2"*` or `"encryption at rest"`; empty when the text holds no word
    QString matchExpression() const { return m_expression; }
    bool isEmpty() const { return m_expression.isEmpty(); }
    // the words, in the order typed, for highlighting them elsewhere
    const QStringList &words() const { return m_words; }

    // Longer input is cut: nobody types more, and each term costs a doclist merge.
    static constexpr int kMaxTerms = 16;
    static constexpr int kMaxTextLength = 1000;

private:
    void addTerm(const QString &chunk, bool prefix);

    QStringList m_terms;
    QStringList m_words;
    QString m_expression;
};
