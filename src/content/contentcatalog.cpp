#include "contentcatalog.h"

#include <QFile>

#include <algorithm>

ContentCatalog::ContentCatalog(Manifest manifest)
    : m_manifest(std::move(manifest))
{
    for (int d = 0; d < documentCount(); ++d) {
        const DocumentEntry &entry = m_manifest.documents.at(d);
        m_documentIndex.insert(entry.id, d);
        QHash<QString, int> &sections = m_sectionIndex.emplace_back();
        sections.reserve(entry.sections.size());
        for (int s = 0; s < entry.sections.size(); ++s)
            sections.insert(entry.sections.at(s).id, s);
        m_sectionCount += static_cast<int>(entry.sections.size());
    }
}

Result<ContentCatalog> ContentCatalog::load(const QString &manifestPath)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ContentCatalog>::failure(
            QStringLiteral("%1: %2").arg(manifestPath, file.errorString()));
    Result<Manifest> manifest = Manifest::fromJson(file.readAll());
    if (!manifest)
        return Result<ContentCatalog>::failure(
            QStringLiteral("%1: %2").arg(manifestPath, manifest.error()));
    return Result<ContentCatalog>::success(ContentCatalog(*std::move(manifest)));
}

const SectionEntry &ContentCatalog::section(SectionRef ref) const
{
    return m_manifest.documents.at(ref.document).sections.at(ref.section);
}

SectionRef ContentCatalog::find(const QString &sectionPath) const
{
    const qsizetype slash = sectionPath.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {documentIndex(sectionPath), -1};
    const int document = documentIndex(sectionPath.left(slash));
    const int section =
        document < 0 ? -1 : m_sectionIndex.at(document).value(sectionPath.mid(slash + 1), -1);
    return section < 0 ? SectionRef{} : SectionRef{document, section};
}

QString ContentCatalog::sectionPath(SectionRef ref) const
{
    if (!ref.isSection())
        return document(ref.document).id;
    return document(ref.document).id + QLatin1Char('/') + section(ref).id;
}

SectionRef ContentCatalog::adjacentSection(SectionRef from, int step) const
{
    if (!from.isValid() || step == 0)
        return {};
    const QList<SectionRef> all = allSections();
    // The first section at or after `from`; a document's top sorts before its sections.
    const auto after = [&from](SectionRef ref) {
        return ref.document > from.document ||
               (ref.document == from.document && ref.section >= from.section);
    };
    const qsizetype position = std::find_if(all.cbegin(), all.cend(), after) - all.cbegin();
    // From a document top, "next" is the section at `position` itself.
    const qsizetype index = from.isSection() || step < 0 ? position + step : position + step - 1;
    return index >= 0 && index < all.size() ? all.at(index) : SectionRef{};
}

QList<SectionRef> ContentCatalog::allSections() const
{
    QList<SectionRef> refs;
    refs.reserve(m_sectionCount);
    for (int d = 0; d < documentCount(); ++d) {
        for (int s = 0; s < document(d).sections.size(); ++s)
            refs.append({d, s});
    }
    return refs;
}

SectionRef ContentCatalog::oldestReview() const
{
    SectionRef oldest;
    for (const SectionRef ref : allSections()) {
        const QDate reviewed = section(ref).review.reviewed;
        if (reviewed.isValid() && (!oldest.isValid() || reviewed < section(oldest).review.reviewed))
            oldest = ref;
    }
    return oldest;
}
