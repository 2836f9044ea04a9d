#pragma once

#include "result.h"

#include <QtGlobal>

#include <sqlite3.h>

// The index's FTS5 tokenizer, "trustbook": section text (and what snippet() reads again) is
// porter-stemmed over the tokenizer its arguments name, query text is only folded (lower case,
// diacritics gone) by that tokenizer. Queries are written in stems already: SearchIndex stems
// the words of a query once, with Fts5Api::tokens(), and names the stems a typed prefix stands
// for. FTS5's own porter tokenizer would stem them again, and porter is no fixed point: it
// turns "accident" into "accid" and a typed "encry" into "encri", which no section holds.
//
// One instance per table; registered on a connection with install().
class StemmingTokenizer final
{
    Q_DISABLE_COPY_MOVE(StemmingTokenizer)

public:
    static constexpr const char *kName = "trustbook";

    static Result<Done> install(fts5_api *api);

private:
    StemmingTokenizer() = default;
    ~StemmingTokenizer();

    static int create(void *api, const char **arguments, int count, Fts5Tokenizer **made);
    static void destroy(Fts5Tokenizer *tokenizer);
    static int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text,
                        int size,
                        int (*token)(void *context, int flags, const char *token, int tokenSize,
                                     int start, int end));

    fts5_tokenizer m_porterMethods{};
    Fts5Tokenizer *m_porter = nullptr;
    fts5_tokenizer m_foldingMethods{};
    Fts5Tokenizer *m_folding = nullptr;
};
