#include "fts5api.h"

#include "stemmingtokenizer.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <array>

const char *const Fts5Api::kTokenizerSpec = "trustbook unicode61 remove_diacritics 2";

namespace {

// SQLite's documented way to reach fts5_api: SELECT fts5(?1) with a pointer bound to ?1.
fts5_api *fts5ApiOf(sqlite3 *connection)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

struct TokenSink
{
    const QByteArray &utf8;
    QList<Fts5Api::Token> tokens;
    int byte = 0;           // where the last token started, in UTF-8 bytes
    qsizetype position = 0; // the same place in UTF-16 code units
};

int collectToken(void *context, int /*flags*/, const char *token, int tokenSize, int start, int end)
{
    auto *sink = static_cast<TokenSink *>(context);
    // Offsets are in UTF-8 bytes; the caller's positions are in UTF-16 code units. Tokens
    // come in order, so counting from the previous one keeps this linear.
    sink->position +=
        QString::fromUtf8(sink->utf8.constData() + sink->byte, start - sink->byte).size();
    sink->byte = start;
    sink->tokens.append({QString::fromUtf8(token, tokenSize),
                         QString::fromUtf8(sink->utf8.constData() + start, end - start),
                         sink->position});
    return SQLITE_OK;
}

} // namespace

Fts5Api::Fts5Api(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("the database is not an open SQLite connection");
        return;
    }
    m_connection = *static_cast<sqlite3 *const *>(handle.constData());
    m_api = m_connection ? fts5ApiOf(m_connection) : nullptr;
    if (!m_api || m_api->iVersion < 2) {
        m_error = QStringLiteral("SQLite lacks FTS5");
        return;
    }
    if (const Result<Done> installed = StemmingTokenizer::install(m_api); !installed) {
        m_error = installed.error();
        return;
    }
    void *context = nullptr;
    if (m_api->xFindTokenizer(m_api, StemmingTokenizer::kName, &context, &m_methods) != SQLITE_OK) {
        m_error = QStringLiteral("SQLite's FTS5 cannot find the index's tokenizer");
        return;
    }
    std::array<const char *, 3> arguments = {"unicode61", "remove_diacritics", "2"};
    if (m_methods.xCreate(context, arguments.data(), int(arguments.size()), &m_tokenizer) !=
        SQLITE_OK) {
        m_tokenizer = nullptr;
        m_error = QStringLiteral("cannot create the index's tokenizer (FTS5 lacks porter or "
                                 "unicode61)");
    }
}

Fts5Api::~Fts5Api()
{
    if (m_tokenizer)
        m_methods.xDelete(m_tokenizer);
}

QList<Fts5Api::Token> Fts5Api::tokens(const QString &text) const
{
    return tokenized(text, FTS5_TOKENIZE_DOCUMENT);
}

QList<Fts5Api::Token> Fts5Api::foldedTokens(const QString &text) const
{
    return tokenized(text, FTS5_TOKENIZE_QUERY);
}

QList<Fts5Api::Token> Fts5Api::tokenized(const QString &text, int flags) const
{
    if (!m_tokenizer)
        return {};
    const QByteArray utf8 = text.toUtf8();
    TokenSink sink{utf8, {}};
    m_methods.xTokenize(m_tokenizer, &sink, flags, utf8.constData(), int(utf8.size()),
                        collectToken);
    return sink.tokens;
}
