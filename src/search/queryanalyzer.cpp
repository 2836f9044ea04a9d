#include "queryanalyzer.h"

#include "compliancevocabulary.h"
#include "fts5api.h"

#include <QRegularExpression>

namespace {

bool isDigitRun(const QString &word)
{
    return !word.isEmpty() && word.front().isDigit();
}

// "tls1" -> "tls", "1"; "27001" stays whole: a word split where letters meet digits.
QStringList letterDigitRuns(const QString &word)
{
    QStringList runs;
    QString run;
    for (const QChar c : word) {
        if (!run.isEmpty() && run.back().isDigit() != c.isDigit()) {
            runs.append(run);
            run.clear();
        }
        run += c;
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

// A control reference questionnaires put before the question ("ISO 27001 A.8.24 (Use of
// cryptography): ...", "PCI DSS Req. 11.4: ...", "DSP-17.1 ..."): the framework's name there
// says where the question comes from, not what it asks, and would pull every such question
// to a section about certifications. A framework named without a control number ("Are you
// ISO 27001 certified?") is the question and stays; so does "TLS 1.2" (no framework before it).
const QRegularExpression &controlReference()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^\s*(?:)"
            // a framework, then a reference word and the control's number
            R"((?:(?:iso(?:/iec)?\s*2700[12](?::20\d\d)?|pci(?:[\s-]*dss)?(?:\s*v?\d(?:\.\d)*)?|)"
            R"(soc\s*[12]|nist(?:\s*(?:sp\s*)?800-\d+)?|caiq(?:\s*v?\d)?|ccm(?:\s*v?\d)?|hipaa|gdpr|)"
            R"(sig(?:\s*lite)?|hecvat)\s*[,:]?\s*)+)"
            R"((?:annex\s*a\s*|req(?:uirement)?\.?\s*|art(?:icle)?\.?\s*|§\s*|control\s*)?)"
            R"((?:[a-z]{1,3}\.?\s?)?\d+(?:\.\d+)*[a-z]?)"
            // or a control id that names itself: A.5.34, CC6.1, DSP-17.1
            R"(|a\.\d+(?:\.\d+)+|cc\d+(?:\.\d+)*|[a-z]{2,4}-\d+(?:\.\d+)*)"
            R"()\s*[:\-\x{2013}\x{2014}]?\s+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

} // namespace

QString QueryAnalyzer::withoutControlReference(const QString &text)
{
    const QRegularExpressionMatch match = controlReference().match(text);
    // Never the whole text: a query of only a reference ("PCI DSS 11.4") searches for it.
    if (!match.hasMatch() || match.capturedLength() >= text.trimmed().size())
        return text;
    return text.mid(match.capturedLength());
}

QueryAnalyzer::QueryAnalyzer(const ComplianceVocabulary &vocabulary, const Fts5Api &tokenizer)
    : m_vocabulary(vocabulary)
    , m_tokenizer(tokenizer)
{
    const auto &groups = vocabulary.groups();
    m_groupForms.reserve(groups.size());
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QList<QStringList> forms;
        for (const QString &member : groups.at(g).members) {
            QStringList stems;
            QStringList typed;
            for (const Fts5Api::Token &token : tokenizer.tokens(member)) {
                stems.append(token.stem);
                typed.append(token.typed);
                m_vocabularyStems.insert(token.stem);
            }
            if (typed.isEmpty())
                continue;
            forms.append(typed);
            const QString key = keyOf(stems);
            m_groupsByKey[key].append(int(g));
            m_longestMember = std::max(m_longestMember, int(key.count(QLatin1Char(' ')) + 1));
        }
        m_groupForms.append(forms);
    }
}

QString QueryAnalyzer::keyOf(const QStringList &stems)
{
    QStringList runs;
    for (const QString &stem : stems)
        runs += letterDigitRuns(stem);
    return runs.join(QLatin1Char(' '));
}

// The ways content may write the same letters and digits: as typed, split where letters meet
// digits ("soc2" -> "soc 2", "tls1 2" -> "tls 1 2"), and joined ("soc 2" -> "soc2").
QList<QStringList> QueryAnalyzer::variants(const QStringList &words)
{
    QStringList split;
    QStringList joined;
    for (const QString &word : words) {
        split += letterDigitRuns(word);
        if (!joined.isEmpty() && isDigitRun(word) && !isDigitRun(joined.back()) &&
            !joined.back().back().isDigit())
            joined.back() += word;
        else
            joined.append(word);
    }
    QList<QStringList> forms{words};
    for (const QStringList &form : {split, joined}) {
        if (!forms.contains(form))
            forms.append(form);
    }
    return forms;
}

QList<QueryAnalyzer::Word> QueryAnalyzer::wordsOf(const QString &text) const
{
    QList<Word> words;
    for (const Fts5Api::Token &token : m_tokenizer.tokens(text)) {
        words.append({token.stem, token.typed.toLower(), token.position + token.typed.size(),
                      token.position});
    }
    return words;
}

// The length, in words, of the longest vocabulary member starting at words[from], and its
// groups; 0 if none starts there.
int QueryAnalyzer::vocabularyMatch(const QList<Word> &words, qsizetype from,
                                   QList<int> *groups) const
{
    const int longest = int(std::min<qsizetype>(m_longestMember, words.size() - from));
    for (int length = longest; length > 0; --length) {
        QStringList stems;
        for (qsizetype i = from; i < from + length; ++i)
            stems.append(words.at(i).stem);
        const auto found = m_groupsByKey.constFind(keyOf(stems));
        if (found != m_groupsByKey.cend()) {
            *groups = *found;
            return length;
        }
    }
    return 0;
}

QueryPlan QueryAnalyzer::analyze(const QString &text, Mode mode) const
{
    const QString input = withoutControlReference(text.left(kMaxTextLength));
    // Quotes pair up from the left; an unpaired one is noise.
    QList<Segment> segments;
    const qsizetype quotes = input.count(QLatin1Char('"'));
    const qsizetype pairedQuotes = quotes - quotes % 2;
    qsizetype quotesSeen = 0;
    Segment current;
    for (const QChar c : input) {
        if (c == QLatin1Char('"') && quotesSeen < pairedQuotes) {
            ++quotesSeen;
            segments.append(current);
            current = {QString(), !current.phrase, false};
        } else if (c != QLatin1Char('"')) {
            current.text += c;
        }
    }
    current.open = mode == Mode::AsYouType && !current.phrase && !current.text.isEmpty() &&
                   !current.text.back().isSpace();
    segments.append(current);

    QueryPlan plan;
    QStringList seen; // concept keys, so "encrypt … encrypted" counts once
    QList<QueryPlan::Concept> fallback;
    for (const Segment &segment : segments)
        addSegment(segment, &plan, &seen, &fallback);
    // A query of nothing but function words ("how", "the") still looks for them: better a
    // weak match than "No results" for words the content holds.
    if (plan.concepts.isEmpty()) {
        plan.concepts = fallback.mid(0, QueryPlan::kMaxConcepts);
        plan.functionWordsOnly = !plan.concepts.isEmpty();
    }
    return plan;
}

void QueryAnalyzer::addSegment(const Segment &segment, QueryPlan *plan, QStringList *seen,
                               QList<QueryPlan::Concept> *fallback) const
{
    const QList<Word> words = wordsOf(segment.text);
    if (words.isEmpty())
        return;
    const auto add = [&](const QString &key, QueryPlan::Concept concept) {
        if (seen->contains(key) || plan->concepts.size() == QueryPlan::kMaxConcepts)
            return;
        seen->append(key);
        if (concept.forms.size() > QueryPlan::kMaxForms)
            concept.forms.resize(QueryPlan::kMaxForms);
        plan->concepts.append(concept);
    };
    const auto typedSpan = [&](qsizetype from, qsizetype count) {
        return segment.text.mid(words.at(from).start,
                                words.at(from + count - 1).end - words.at(from).start);
    };

    if (segment.phrase) {
        QStringList typed;
        QStringList stems;
        for (const Word &word : words) {
            typed.append(word.typed);
            stems.append(word.stem);
        }
        add(QLatin1Char('"') + keyOf(stems),
            {typedSpan(0, words.size()), {{typed, 1.0, false, {}}}});
        return;
    }

    for (qsizetype i = 0; i < words.size();) {
        const Word &word = words.at(i);
        const bool typing = segment.open && i == words.size() - 1;
        QList<int> groups;
        const int length = vocabularyMatch(words, i, &groups);
        const bool stopword = m_vocabulary.isStopword(word.typed);
        if (length > 0 && !(length == 1 && stopword)) {
            QStringList typed;
            QStringList stems;
            for (qsizetype j = i; j < i + length; ++j) {
                typed.append(words.at(j).typed);
                stems.append(words.at(j).stem);
            }
            QueryPlan::Concept concept{typedSpan(i, length), {}};
            const auto addForm = [&](const QStringList &form, double weight, bool prefix) {
                for (const QueryPlan::Form &existing : std::as_const(concept.forms)) {
                    if (existing.words == form && existing.prefix == prefix)
                        return;
                }
                concept.forms.append({form, weight, prefix, {}});
            };
            for (const QStringList &form : variants(typed))
                addForm(form, 1.0, false);
            if (typing && length == 1)
                addForm(typed, 1.0, true);
            // Equivalents first: when the forms are capped, related words go.
            const auto addGroups = [&](double weight) {
                for (const int g : std::as_const(groups)) {
                    if (m_vocabulary.groups().at(g).weight != weight)
                        continue;
                    for (const QStringList &member : m_groupForms.at(g)) {
                        for (const QStringList &form : variants(member))
                            addForm(form, weight, false);
                    }
                }
            };
            addGroups(ComplianceVocabulary::kEquivalent);
            // A section with the words of "data at rest" apart still says something about it.
            if (length > 1) {
                for (qsizetype j = i; j < i + length; ++j) {
                    if (!m_vocabulary.isStopword(words.at(j).typed))
                        addForm({words.at(j).typed}, QueryPlan::kLooseWeight, false);
                }
            }
            addGroups(ComplianceVocabulary::kRelated);
            add(keyOf(stems), concept);
            i += length;
            continue;
        }
        // A word on its own, or letters followed by a number ("soc 2", "iso 27001").
        qsizetype count = 1;
        if (i + 1 < words.size() && !isDigitRun(word.typed) && isDigitRun(words.at(i + 1).typed))
            count = 2;
        QStringList typed;
        QStringList stems;
        for (qsizetype j = i; j < i + count; ++j) {
            typed.append(words.at(j).typed);
            stems.append(words.at(j).stem);
        }
        const bool lastTyping = segment.open && i + count == words.size();
        QueryPlan::Concept concept{typedSpan(i, count), {}};
        for (const QStringList &form : variants(typed))
            concept.forms.append({form, 1.0, false, {}});
        if (lastTyping)
            concept.forms.front().prefix = true;
        if (stopword && count == 1 && !typing)
            fallback->append(concept);
        else
            add(keyOf(stems), concept);
        i += count;
    }
}
