#include "relevancefunction.h"

#include "fts5api.h"

#include <QVarLengthArray>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace {

// BM25's inverse document frequency, never negative.
double inverseFrequency(qint64 sections, qint64 holding)
{
    return std::log(1.0 + (double(sections - holding) + 0.5) / (double(holding) + 0.5));
}

constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

} // namespace

Result<Done> RelevanceFunction::install(const Fts5Api &api)
{
    if (api.api()->xCreateFunction(api.api(), kName, this, &RelevanceFunction::call, nullptr) ==
        SQLITE_OK)
        return Result<Done>::success({});
    return Result<Done>::failure(QStringLiteral("cannot register the ranking function: %1")
                                     .arg(QString::fromUtf8(sqlite3_errmsg(api.connection()))));
}

void RelevanceFunction::setPlan(const QList<QueryPlan::Phrase> &phrases, int concepts,
                                const QList<qint64> &phraseSections, qint64 sections)
{
    m_phrases = phrases;
    m_concepts = concepts;
    m_idf.fill(0.0, m_concepts);
    m_totalWeight = 0;
    m_unmatchedShare = 0;
    // A concept is as rare as its most common full-weight form: "mfa" is not rare because
    // "2fa" is. Related and loose forms say less, and would make "data at rest" as common as
    // "data"; they count only for a concept no full-weight form of which occurs.
    QList<qint64> holding(m_concepts, 0);
    QList<qint64> weaklyHolding(m_concepts, 0);
    for (qsizetype p = 0; p < m_phrases.size() && p < phraseSections.size(); ++p) {
        const QueryPlan::Phrase &phrase = m_phrases.at(p);
        qint64 &concept = (phrase.weight >= 1.0 ? holding : weaklyHolding)[phrase.concept];
        concept = std::max(concept, phraseSections.at(p));
    }
    double unmatched = 0;
    for (int c = 0; c < m_concepts; ++c) {
        const qint64 held = holding.at(c) > 0 ? holding.at(c) : weaklyHolding.at(c);
        const double idf = inverseFrequency(sections, held);
        if (held > 0) {
            m_idf[c] = idf;
            m_totalWeight += idf;
        } else {
            unmatched += idf;
        }
    }
    m_unmatchedShare = unmatched > 0 ? unmatched / (unmatched + m_totalWeight) : 0;
}

void RelevanceFunction::call(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result,
                             int argumentCount, sqlite3_value **arguments)
{
    auto *self = static_cast<RelevanceFunction *>(api->xUserData(fts));
    const int part = argumentCount > 0 ? sqlite3_value_int(arguments[0]) : Score;
    if (!self->m_lengthKnown) {
        sqlite3_int64 sections = 0;
        sqlite3_int64 answerTokens = 0;
        if (api->xRowCount(fts, &sections) != SQLITE_OK ||
            api->xColumnTotalSize(fts, kAnswerColumn, &answerTokens) != SQLITE_OK) {
            sqlite3_result_error(result, "cannot read the index's size", -1);
            return;
        }
        self->m_averageAnswerLength =
            sections > 0 ? std::max(1.0, double(answerTokens) / double(sections)) : 1.0;
        self->m_lengthKnown = true;
    }
    const int concepts = self->m_concepts;
    QVarLengthArray<double, QueryPlan::kMaxConcepts> anywhere(concepts, 0.0);
    QVarLengthArray<double, QueryPlan::kMaxConcepts> inQuestion(concepts, 0.0);
    QVarLengthArray<double, QueryPlan::kMaxConcepts> frequency(concepts, 0.0);
    QVarLengthArray<bool, 64> phraseFound(self->m_phrases.size(), false);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(result, "cannot read the matches", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK ||
            phrase >= self->m_phrases.size())
            continue;
        const QueryPlan::Phrase &p = self->m_phrases.at(phrase);
        phraseFound[phrase] = true;
        anywhere[p.concept] = std::max(anywhere[p.concept], p.weight);
        if (column < kQuestionColumns)
            inQuestion[p.concept] = std::max(inQuestion[p.concept], p.weight);
        else
            frequency[p.concept] += p.weight;
    }
    double covered = 0;
    double questionCovered = 0;
    double frequencyScore = 0;
    int answerLength = 0;
    api->xColumnSize(fts, kAnswerColumn, &answerLength);
    const double lengthNorm = 1.0 - kB + kB * double(answerLength) / self->m_averageAnswerLength;
    for (int c = 0; c < concepts; ++c) {
        const double idf = self->m_idf.at(c);
        covered += idf * anywhere[c];
        questionCovered += idf * inQuestion[c];
        const double tf = frequency[c];
        frequencyScore += idf * tf * (kK1 + 1) / (tf + kK1 * lengthNorm) / (kK1 + 1);
    }
    const double total = self->m_totalWeight > 0 ? self->m_totalWeight : 1.0;
    switch (part) {
    case Coverage:
        sqlite3_result_double(result, covered / total);
        return;
    case Matched: {
        QByteArray found;
        for (qsizetype p = 0; p < phraseFound.size(); ++p) {
            if (phraseFound[p])
                found += QByteArray::number(p) + ' ';
        }
        sqlite3_result_text(result, found.constData(), int(found.size()), SQLITE_TRANSIENT);
        return;
    }
    default:
        sqlite3_result_double(result,
                              (kCoverageWeight * covered + kQuestionWeight * questionCovered +
                               kFrequencyWeight * frequencyScore) /
                                  total);
    }
}
