#include "pdfverifier.h"

#include "answersource.h"
#include "pdffooter.h"
#include "qpdftoolsloader.h"
#include "reviewline.h"

#include <QFile>
#include <QPdfDocument>
#include <QRegularExpression>

namespace {

// Letters and digits only: what is left of a text once layout is taken out of it.
QString letters(const QString &text)
{
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            kept.append(c);
    }
    return kept;
}

// The pages' text without their footers. The footer is drawn last on every page, so it is the
// text's end, from the line that holds the short content version on.
std::optional<QString> bodyText(QPdfDocument &document, const QString &shortVersion)
{
    QString body;
    for (int page = 0; page < document.pageCount(); ++page) {
        const QString text = document.getAllText(page).text();
        const qsizetype footer = text.lastIndexOf(shortVersion);
        if (footer < 0)
            return std::nullopt;
        const qsizetype lineStart = std::max(text.lastIndexOf(QLatin1Char('\n'), footer),
                                             text.lastIndexOf(QLatin1Char('\r'), footer)) +
                                    1;
        body += text.left(lineStart) + QLatin1Char('\n');
    }
    // Link addresses the print style spells out after links are not part of the content's text.
    static const QRegularExpression address(QStringLiteral("\\((?:https?:|mailto:)[^)]*\\)"));
    return body.remove(address);
}

} // namespace

PdfVerifier::PdfVerifier(const ContentBundle &bundle)
    : m_bundle(bundle)
{}

Result<PdfVerification> PdfVerifier::verify(const QString &path) const
{
    auto notOurs = [this, &path](const QString &reason) {
        return Result<PdfVerification>::failure(
            tr("%1 is not a PDF exported by %2: %3").arg(path, m_bundle.brand().name, reason));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PdfVerification>::failure(
            tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const Result<const QpdfTools *> tools = QpdfToolsLoader::tools();
    if (!tools)
        return Result<PdfVerification>::failure(
            tr("Could not check %1: %2").arg(path, tools.error()));
    const Result<PdfStructure> read = (*tools)->structure(bytes);
    if (!read)
        return notOurs(read.error());
    const PdfStructure &structure = *read;
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha256.match(structure.subject).hasMatch())
        return notOurs(tr("its Subject is no content version"));
    const qsizetype sectionCount = structure.isSection.count(true);
    if (structure.keywords.isEmpty() || structure.keywords.size() != sectionCount)
        return notOurs(tr("its Keywords name %1 sections, its bookmarks %2")
                           .arg(structure.keywords.size())
                           .arg(sectionCount));
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None)
        return notOurs(tr("Qt PDF cannot read it"));
    const std::optional<QString> body =
        bodyText(document, PdfFooter::shortVersion(structure.subject));
    if (!body)
        return notOurs(tr("a page lacks the footer with the content version"));

    const ContentCatalog &catalog = m_bundle.catalog();
    PdfVerification verification;
    verification.stampedVersion = structure.subject;
    verification.installedVersion = catalog.contentVersion();
    verification.sections = structure.keywords;

    // Where each bookmark's title is printed: once in the title block's contents, then where
    // its document or section starts, in the same order.
    const QString text = letters(*body);
    const qsizetype count = structure.titles.size();
    QList<qsizetype> starts(count, -1);
    qsizetype from = 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < count; ++i) {
            const QString title = letters(structure.titles.at(i));
            const qsizetype at = text.indexOf(title, from);
            if (at < 0)
                continue;
            if (pass == 1)
                starts[i] = at;
            from = at + title.size();
        }
    }
    // The installed text of a section: its question, then its answer (one read of each
    // document's search text, however many of its sections the PDF holds).
    const AnswerSource installed(m_bundle);
    QHash<int, QHash<QString, QString>> answers;
    auto installedText = [&](const QString &sectionPath) -> std::optional<QString> {
        const SectionRef ref = catalog.find(sectionPath);
        if (!ref.isSection())
            return std::nullopt;
        if (!answers.contains(ref.document))
            answers.insert(ref.document,
                           installed.documentAnswers(catalog.document(ref.document).id));
        return catalog.section(ref).title + QLatin1Char('\n') +
               answers.value(ref.document).value(sectionPath) + QLatin1Char('\n') +
               ReviewLine::text(catalog.section(ref).review);
    };
    // The page's review line is part of a section's text; the overdue mark after it depends on
    // the day and language of the export, so it may follow, ending with the review-by date.
    auto matches = [&](const QString &sectionPath, const QString &printed,
                       const QString &expected) {
        if (printed == expected)
            return true;
        const SectionRef ref = catalog.find(sectionPath);
        const QDate due = ref.isSection() ? catalog.section(ref).review.reviewBy : QDate();
        constexpr qsizetype kLongestMark = 80;
        return due.isValid() && printed.startsWith(expected) &&
               printed.size() - expected.size() <= kLongestMark &&
               printed.endsWith(letters(due.toString(Qt::ISODate)));
    };
    qsizetype section = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (!structure.isSection.at(i))
            continue;
        const QString sectionPath = structure.keywords.at(section++);
        const std::optional<QString> expected = installedText(sectionPath);
        qsizetype end = text.size();
        for (qsizetype next = i + 1; next < count && end == text.size(); ++next) {
            if (starts.at(next) >= 0)
                end = starts.at(next);
        }
        const bool same =
            expected && starts.at(i) >= 0 &&
            matches(sectionPath, text.mid(starts.at(i), end - starts.at(i)), letters(*expected));
        if (!same)
            verification.differing.append(sectionPath);
    }
    return Result<PdfVerification>::success(verification);
}
