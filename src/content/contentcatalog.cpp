#include "contentcatalog.h"

#include <QFile>

ContentCatalog::ContentCatalog(Manifest manifest)
    : m_manifest(std::move(manifest))
{
    for (int d = 0; d < documentCount(); ++d) {
        const DocumentEntry &entry = m_manifest.documents.at(d);
        m_documentIndex.insert(entry.id, d);
        for (int s = 0; s < entry.sections.size(); ++s)
            m_sectionIndex.insert(entry.id + QLatin1Char('/') + entry.sections.at(s).id, {d, s});
        m_sectionCount += static_cast<int>(entry.sections.size());
    }
}

std::optional<ContentCatalog> ContentCatalog::load(const QString &manifestPath, QString *error)
{
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(manifestPath, file.errorString());
        return std::nullopt;
    }
    QString parseError;
    std::optional<Manifest> manifest = Manifest::fromJson(file.readAll(), &parseError);
    if (!manifest) {
        *error = QStringLiteral("%1: %2").arg(manifestPath, parseError);
        return std::nullopt;
    }
    return ContentCatalog(std::move(*manifest));
}

const SectionEntry &ContentCatalog::section(SectionRef ref) const
{
    return m_manifest.documents.at(ref.document).sections.at(ref.section);
}

SectionRef ContentCatalog::find(const QString &sectionPath) const
{
    if (!sectionPath.contains(QLatin1Char('/')))
        return {documentIndex(sectionPath), -1};
    return m_sectionIndex.value(sectionPath);
}

QString ContentCatalog::sectionPath(SectionRef ref) const
{
    if (!ref.isSection())
        return document(ref.document).id;
    return document(ref.document).id + QLatin1Char('/') + section(ref).id;
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
