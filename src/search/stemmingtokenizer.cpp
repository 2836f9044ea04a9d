#include "stemmingtokenizer.h"

#include <QString>

namespace {

// Creates the tokenizer registered as `name` with `arguments`, through `api`.
int createNamed(fts5_api *api, const char *name, const char **arguments, int count,
                fts5_tokenizer *methods, Fts5Tokenizer **made)
{
    void *context = nullptr;
    const int found = api->xFindTokenizer(api, name, &context, methods);
    if (found != SQLITE_OK)
        return found;
    return methods->xCreate(context, arguments, count, made);
}

} // namespace

Result<Done> StemmingTokenizer::install(fts5_api *api)
{
    fts5_tokenizer methods{&StemmingTokenizer::create, &StemmingTokenizer::destroy,
                           &StemmingTokenizer::tokenize};
    const int status = api->xCreateTokenizer(api, kName, api, &methods, nullptr);
    if (status == SQLITE_OK)
        return Result<Done>::success({});
    return Result<Done>::failure(QStringLiteral("cannot register the index's tokenizer: %1")
                                     .arg(QString::fromUtf8(sqlite3_errstr(status))));
}

StemmingTokenizer::~StemmingTokenizer()
{
    if (m_porter)
        m_porterMethods.xDelete(m_porter);
    if (m_folding)
        m_foldingMethods.xDelete(m_folding);
}

// `arguments` name the folding tokenizer and its own arguments ("unicode61
// remove_diacritics 2"), as FTS5's porter tokenizer takes them.
int StemmingTokenizer::create(void *api, const char **arguments, int count, Fts5Tokenizer **made)
{
    *made = nullptr;
    if (count < 1)
        return SQLITE_ERROR;
    auto *fts5 = static_cast<fts5_api *>(api);
    auto *tokenizer = new StemmingTokenizer;
    int status = createNamed(fts5, "porter", arguments, count, &tokenizer->m_porterMethods,
                             &tokenizer->m_porter);
    if (status == SQLITE_OK)
        status = createNamed(fts5, arguments[0], arguments + 1, count - 1,
                             &tokenizer->m_foldingMethods, &tokenizer->m_folding);
    if (status != SQLITE_OK) {
        delete tokenizer;
        return status;
    }
    *made = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void StemmingTokenizer::destroy(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<StemmingTokenizer *>(tokenizer);
}

int StemmingTokenizer::tokenize(Fts5Tokenizer *tokenizer, void *context, int flags,
                                const char *text, int size,
                                int (*token)(void *context, int flags, const char *token,
                                             int tokenSize, int start, int end))
{
    auto *self = reinterpret_cast<StemmingTokenizer *>(tokenizer);
    if (flags & FTS5_TOKENIZE_QUERY)
        return self->m_foldingMethods.xTokenize(self->m_folding, context, flags, text, size, token);
    return self->m_porterMethods.xTokenize(self->m_porter, context, flags, text, size, token);
}
