#pragma once

#include "contentbundle.h"

#include <QCoreApplication>
#include <QStringList>

// What --verify-pdf found in an export.
struct PdfVerification
{
    QString stampedVersion;   // the content version the PDF says it shows
    QString installedVersion; // the installed content's
    QStringList sections;     // DOC/SECTION of every section in the PDF, in its order
    QStringList differing;    // those whose text is not the installed text (or not installed)

    bool versionMatches() const { return stampedVersion == installedVersion; }
    bool matches() const { return versionMatches() && differing.isEmpty(); }
};

// Reads an export back and compares it with the installed content. The PDF's document
// information names its content version (Subject) and sections (Keywords); its bookmarks give
// the titles as printed, which cut its text (Qt PDF, footers left out) into sections; each is
// compared with the section's installed text by letters and digits alone, so line breaks,
// hyphenation, list markers and table rules do not count, but every word does.
class PdfVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(PdfVerifier)

public:
    // `bundle` must outlive the verifier.
    explicit PdfVerifier(const ContentBundle &bundle);

    // Fails, saying why, for a file that cannot be read or is not this brand's export.
    [[nodiscard]] Result<PdfVerification> verify(const QString &path) const;

private:
    const ContentBundle &m_bundle;
};
