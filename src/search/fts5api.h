#pragma once

#include <QList>
#include <QString>

#include <sqlite3.h>

class QSqlDatabase;

// SQLite's FTS5 extension interface for one open connection, reached through the C API
// because Qt SQL has no way to bind the pointer FTS5 hands out. Three uses: registering the
// index's tokenizer (StemmingTokenizer) on the connection, tokenizing text exactly as the
// index does (so the vocabulary and the query's words are stemmed by the same porter stemmer
// as the sections), and registering the ranking function.
//
// Qt's SQLite plugin and this library link the same system libsqlite3, so the handle Qt
// exposes is one this code may call into.
class Fts5Api final
{
    Q_DISABLE_COPY_MOVE(Fts5Api)

public:
    struct Token
    {
        QString stem;           // lower case, without diacritics, porter-stemmed
        QString typed;          // the text it came from, as written
        qsizetype position = 0; // where `typed` starts in the text
    };

    // `database` must be an open QSQLITE connection and outlive this object. isValid() says
    // whether FTS5 was found; errorString() why not.
    explicit Fts5Api(const QSqlDatabase &database);
    ~Fts5Api();

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // The tokens of `text` as the index tokenizes a section: porter-stemmed over "unicode61
    // remove_diacritics 2" (StemmingTokenizer).
    QList<Token> tokens(const QString &text) const;
    // The tokens of `text` as the index reads a query: folded the same way, not stemmed
    // (`stem` holds the folded word).
    QList<Token> foldedTokens(const QString &text) const;

    sqlite3 *connection() const { return m_connection; }
    fts5_api *api() const { return m_api; }

    // The tokenizer's arguments, also what the index's CREATE statement names.
    static const char *const kTokenizerSpec;

private:
    QList<Token> tokenized(const QString &text, int flags) const;

    sqlite3 *m_connection = nullptr;
    fts5_api *m_api = nullptr;
    Fts5Tokenizer *m_tokenizer = nullptr;
    fts5_tokenizer m_methods{};
    QString m_error;
};
