#include "queryplan.h"

QString QueryPlan::matchExpression() const
{
    QList<int> all;
    for (int c = 0; c < int(concepts.size()); ++c)
        all.append(c);
    return matchExpression(all);
}

QString QueryPlan::matchExpression(const QList<int> &onlyConcepts) const
{
    QStringList phrases;
    for (const int c : onlyConcepts) {
        for (const Form &form : concepts.at(c).forms) {
            // Words hold only letters, digits and marks (Fts5Api's tokens): no quote to escape.
            const QStringList &words = form.terms.isEmpty() ? form.words : form.terms;
            QString phrase = QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
            if (form.prefix)
                phrase += QLatin1Char('*');
            phrases.append(phrase);
        }
    }
    return phrases.join(QStringLiteral(" OR "));
}

QList<QueryPlan::Phrase> QueryPlan::phrases() const
{
    QList<Phrase> phrases;
    for (qsizetype c = 0; c < concepts.size(); ++c) {
        for (const Form &form : concepts.at(c).forms)
            phrases.append({int(c), form.weight});
    }
    return phrases;
}

QStringList QueryPlan::matchedWords(const QList<int> &phrases) const
{
    QStringList words;
    int phrase = 0;
    for (const Concept &concept : concepts) {
        bool whole = false;
        QStringList loose;
        for (const Form &form : concept.forms) {
            if (phrases.contains(phrase)) {
                if (form.weight > kLooseWeight)
                    whole = true;
                else
                    loose += form.words;
            }
            ++phrase;
        }
        if (whole)
            words.append(concept.typed);
        else
            words += loose;
    }
    return words;
}

QString QueryPlan::text() const
{
    QStringList words;
    for (const Concept &concept : concepts)
        words.append(concept.typed);
    return words.join(QLatin1Char(' '));
}
