#pragma once

#include "answermatcher.h"
#include "answersource.h"
#include "rowanswer.h"

#include <QHash>
#include <QString>
#include <QStringList>

class ContentCatalog;
class ContentBundle;

// What a questionnaire row gets from a match: for answered and review rows the proposal
// (candidate 0) with its answer word for word, and the next candidates as alternatives; for
// rows without an answer only the best candidates, as alternatives a reviewer may look at.
// The command and the review window both fill rows through it, so a row says the same in both.
class RowAnswers final
{
public:
    // `bundle` must outlive this.
    explicit RowAnswers(const ContentBundle &bundle);

    RowAnswer rowAnswer(const AnswerMatch &match);
    // One section's answer, word for word, with where to read it: the proposal of a match, or
    // the alternative a reviewer chose instead. No status and no alternatives.
    RowAnswer sectionAnswer(const SearchHit &hit);

    static constexpr qsizetype kAlternatives = 2;

private:
    QString answer(const QString &path);
    QString link(const QString &path) const;

    const ContentCatalog &m_catalog;
    AnswerSource m_source;
    QHash<QString, QHash<QString, QString>> m_answers; // by document id
};
