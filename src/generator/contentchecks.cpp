#include "contentchecks.h"

#include "answersource.h"
#include "duplicatequestions.h"

#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

// Where an internal link leads, as "DOC" or "DOC/SECTION": "#SECTION" within its own document,
// "trustbook://DOC/SECTION" or "trustbook://DOC/#SECTION" anywhere.
QString linkedPlace(const QString &documentId, const QString &target)
{
    if (target.startsWith(QLatin1Char('#'))) {
        const QString section = QUrl::fromPercentEncoding(target.mid(1).toUtf8());
        return section.isEmpty() ? documentId : documentId + QLatin1Char('/') + section;
    }
    const QUrl url(target);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (url.hasFragment() && !url.fragment().isEmpty())
        return url.host() + QLatin1Char('/') + url.fragment();
    return url.host() + path;
}

QString quoted(const QString &question)
{
    return QStringLiteral("\u201c%1\u201d").arg(question);
}

} // namespace

ContentChecks::Findings ContentChecks::run(const QList<Document> &documents, QDate today)
{
    Findings findings;
    findings.errors = brokenLinks(documents);
    findings.warnings = overdueReviews(documents, today) + emptyAnswers(documents);

    QStringList questions;
    QList<QPair<const Document *, const SectionEntry *>> places;
    for (const Document &document : documents) {
        for (const SectionEntry &section : document.entry.sections) {
            questions.append(section.title);
            places.append({&document, &section});
        }
    }
    for (const DuplicateQuestions::Match &match : DuplicateQuestions::find(questions)) {
        const auto [document, section] = places.at(match.question);
        const auto [otherDocument, other] = places.at(match.earlier);
        const QString where = QStringLiteral("%1:%2").arg(otherDocument->path).arg(other->line);
        findings.warnings.append(
            {document->path, section->line,
             match.exact
                 ? QStringLiteral("duplicate question: %1 is also asked at %2")
                       .arg(quoted(section->title), where)
                 : QStringLiteral("near-duplicate question: %1 is much the same as %2 at %3")
                       .arg(quoted(section->title), quoted(other->title), where)});
    }
    // In file and line order, as an author works through them.
    std::stable_sort(findings.warnings.begin(), findings.warnings.end(),
                     [](const ContentError &a, const ContentError &b) {
                         return a.file != b.file ? a.file < b.file : a.line < b.line;
                     });
    return findings;
}

QList<ContentError> ContentChecks::brokenLinks(const QList<Document> &documents)
{
    QSet<QString> places;
    for (const Document &document : documents) {
        places.insert(document.entry.id);
        for (const SectionEntry &section : document.entry.sections)
            places.insert(document.entry.id + QLatin1Char('/') + section.id);
    }
    QList<ContentError> errors;
    for (const Document &document : documents) {
        for (const InternalLink &link : document.links) {
            if (!places.contains(linkedPlace(document.entry.id, link.target)))
                errors.append({document.path, link.line,
                               QStringLiteral("no such section: the link to '%1' leads nowhere")
                                   .arg(link.target)});
        }
    }
    return errors;
}

QList<ContentError> ContentChecks::overdueReviews(const QList<Document> &documents, QDate today)
{
    QList<ContentError> warnings;
    for (const Document &document : documents) {
        for (const SectionEntry &section : document.entry.sections) {
            const Review &review = section.review;
            if (!review.isOverdue(today))
                continue;
            const QString owner = review.owner.isEmpty()
                                      ? QString()
                                      : QStringLiteral(" (owner: %1)").arg(review.owner);
            warnings.append(
                {document.path, section.line,
                 QStringLiteral("review overdue: %1 was due for review by %2%3")
                     .arg(quoted(section.title), review.reviewBy.toString(Qt::ISODate), owner)});
        }
    }
    return warnings;
}

QList<ContentError> ContentChecks::emptyAnswers(const QList<Document> &documents)
{
    QList<ContentError> warnings;
    for (const Document &document : documents) {
        for (qsizetype i = 0; i < document.entry.sections.size(); ++i) {
            const SectionEntry &section = document.entry.sections.at(i);
            if (AnswerSource::answerOnly(document.sectionTexts.value(i)).trimmed().isEmpty())
                warnings.append({document.path, section.line,
                                 QStringLiteral("empty answer: %1 has nothing under its heading")
                                     .arg(quoted(section.title))});
        }
    }
    return warnings;
}
