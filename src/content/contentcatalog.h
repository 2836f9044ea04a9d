#pragma once

#include "manifest.h"
#include "result.h"

#include <QHash>
#include <QString>

// A place in the content: a document, and a section within it or -1 for the page's top.
struct SectionRef
{
    int document = -1;
    int section = -1;
    bool isValid() const { return document >= 0; }
    bool isSection() const { return document >= 0 && section >= 0; }
    friend bool operator==(const SectionRef &a, const SectionRef &b)
    {
        return a.document == b.document && a.section == b.section;
    }
};

// Read-only lookups over the manifest: what documents and sections exist, in tree order, and
// which one a "DOC/SECTION" id names. Built once at start-up and shared by reference.
class ContentCatalog final
{
public:
    explicit ContentCatalog(Manifest manifest);
    // Reads and parses the manifest file (a resource path in the app, a file in tests); the
    // error names the file and the reason.
    static Result<ContentCatalog> load(const QString &manifestPath);

    const Manifest &manifest() const { return m_manifest; }
    const QList<DocumentEntry> &documents() const { return m_manifest.documents; }
    int documentCount() const { return static_cast<int>(m_manifest.documents.size()); }
    int sectionCount() const { return m_sectionCount; }
    QString contentVersion() const { return m_manifest.contentVersion; }

    const DocumentEntry &document(int index) const { return m_manifest.documents.at(index); }
    const SectionEntry &section(SectionRef ref) const;
    int documentIndex(const QString &documentId) const
    {
        return m_documentIndex.value(documentId, -1);
    }

    // "DOC/SECTION" or "DOC"; invalid if there is no such place
    SectionRef find(const QString &sectionPath) const;
    QString sectionPath(SectionRef ref) const; // the inverse of find()
    QList<SectionRef> allSections() const;     // every section, in tree order
    // The section `step` places after (or before, if negative) `from` in tree order, across
    // documents; a document's top counts as just before its first section. Invalid past the
    // ends.
    SectionRef adjacentSection(SectionRef from, int step) const;
    // The section reviewed longest ago (the first of several on that day); invalid when no
    // section records a review date.
    SectionRef oldestReview() const;

private:
    Manifest m_manifest;
    QHash<QString, int> m_documentIndex;
    // Per document, keyed by the sections' own id strings (shared, not copied): keys of the
    // form "DOC/SECTION" were 10,000 new strings at 10,000 sections, 1.5 MB for the app's life.
    QList<QHash<QString, int>> m_sectionIndex;
    int m_sectionCount = 0;
};
