#include "searchquery.h"

namespace {

// The words of `chunk`, walking code points so a letter outside the BMP stays whole.
QStringList wordsOf(const QString &chunk)
{
    QStringList words;
    QString word;
    for (const char32_t codePoint : chunk.toUcs4()) {
        if (QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint)) {
            word += QString::fromUcs4(&codePoint, 1);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// Whitespace separates terms; a closing quote is the other end of a phrase.
struct Chunk
{
    QString text;
    bool phrase = false;
    bool complete = false; // followed by whitespace or a quote: the user has finished it
};

QList<Chunk> chunksOf(const QString &text)
{
    QList<Chunk> chunks;
    Chunk current;
    const auto flush = [&](bool complete) {
        current.complete = complete;
        if (!current.text.isEmpty())
            chunks.append(current);
        current = {};
    };
    const int quotes = static_cast<int>(text.count(QLatin1Char('"')));
    int quotesSeen = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            ++quotesSeen;
            const bool opening = !current.phrase && quotesSeen < quotes; // an unpaired one is noise
            flush(true);
            current.phrase = opening;
        } else if (c.isSpace() && !current.phrase) {
            flush(true);
        } else {
            current.text += c;
        }
    }
    flush(false);
    return chunks;
}

} // namespace

SearchQuery::SearchQuery(const QString &text)
{
    const QList<Chunk> chunks = chunksOf(text.left(kMaxTextLength));
    for (const Chunk &chunk : chunks) {
        if (m_terms.size() == kMaxTerms)
            break;
        addTerm(chunk.text, !chunk.complete && !chunk.phrase);
    }
    m_expression = m_terms.join(QLatin1Char(' '));
}

// Words joined by punctuation ("end-to-end", "gitpod.io") stay together as a phrase, the
// way FTS5 indexed them next to each other.
void SearchQuery::addTerm(const QString &chunk, bool prefix)
{
    const QStringList words = wordsOf(chunk);
    if (words.isEmpty())
        return;
    m_words += words;
    // No quote can be inside: only letters, digits and marks are left.
    QString term = QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
    if (prefix)
        term += QLatin1Char('*');
    m_terms.append(term);
}
