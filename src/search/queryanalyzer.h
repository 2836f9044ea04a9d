#pragma once

#include "queryplan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class ComplianceVocabulary;
class Fts5Api;

// Turns what a person typed into a QueryPlan: a search-box query ("soc2 report", "encrypti")
// or a questionnaire question pasted whole ("Please describe how customer data is encrypted
// at rest."). Words are found as the index finds them (FTS5's tokenizer, porter stems), so a
// query can never fail to parse; a "quoted phrase" is kept as it is. Then:
// - function words and questionnaire filler ("please", "describe", "does") are dropped;
// - a run of words the vocabulary knows ("multi-factor authentication", "data at rest")
//   becomes one concept with all its equivalent and related forms, longest run first;
// - letters and digits split and join: "soc2" also finds "SOC 2", "aes-256" "AES256", and
//   "iso 27001" "ISO27001";
// - while typing, the last word is a prefix ("encry" finds "encryption").
class QueryAnalyzer final
{
public:
    enum class Mode {
        AsYouType, // the last word, unless followed by a space, may go on
        Question,  // whole words only
    };

    // Both must outlive the analyzer.
    QueryAnalyzer(const ComplianceVocabulary &vocabulary, const Fts5Api &tokenizer);

    QueryPlan analyze(const QString &text, Mode mode) const;
    // Whether any vocabulary member has a word with this stem ("fedramp", "protection"): a
    // word of the field, never a typo, even where the content does not use it.
    bool knows(const QString &stem) const { return m_vocabularyStems.contains(stem); }

    // `text` without a leading control reference ("ISO 27001 A.8.24:", "PCI DSS Req. 11.4",
    // "DSP-17.1"): where a questionnaire question comes from, not what it asks.
    static QString withoutControlReference(const QString &text);

    // Longer input is cut: nobody types more into a search box, and a questionnaire question
    // longer than this is several questions.
    static constexpr int kMaxTextLength = 1000;

private:
    struct Word
    {
        QString stem;
        QString typed;
        qsizetype end = 0; // where `typed` ends in the segment
        qsizetype start = 0;
    };
    struct Segment
    {
        QString text;
        bool phrase = false;
        bool open = false; // the text goes on: its last word may be a prefix
    };

    void addSegment(const Segment &segment, QueryPlan *plan, QStringList *seen,
                    QList<QueryPlan::Concept> *fallback) const;
    int vocabularyMatch(const QList<Word> &words, qsizetype from, QList<int> *groups) const;
    QList<Word> wordsOf(const QString &text) const;
    static QList<QStringList> variants(const QStringList &words);
    static QString keyOf(const QStringList &stems);

    const ComplianceVocabulary &m_vocabulary;
    const Fts5Api &m_tokenizer;
    QHash<QString, QList<int>> m_groupsByKey; // stemmed member -> its groups
    QSet<QString> m_vocabularyStems;
    QList<QList<QStringList>> m_groupForms; // per group: each member's words
    int m_longestMember = 1;                // in words
};
