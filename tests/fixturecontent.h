#pragma once

// What the tests' own content bundle holds (tests/data/content, compiled in as
// trustbook_test_content under the prefix the app reads): the places, titles and counts the
// tests rely on. The markdown is the source of truth; a test that fails after an edit there
// says which of these no longer holds.

#include <QString>

namespace FixtureContent {

// Handbook (13 sections), Glossary (4) and Release Notes (an introduction, no sections), in
// that order (front matter `order`).
constexpr int kDocumentCount = 3;
constexpr int kSectionCount = 17;
constexpr int kHandbookSectionCount = 13;
inline const QString kHandbook = QStringLiteral("handbook");
inline const QString kHandbookTitle = QStringLiteral("Fixture Handbook");
inline const QString kGlossary = QStringLiteral("glossary");
inline const QString kReleaseNotes = QStringLiteral("release-notes");

// Handbook sections, as DOC/SECTION paths, with the titles the tree shows.
inline const QString kFirst = QStringLiteral("handbook/what-data-do-you-collect");
inline const QString kFirstTitle = QStringLiteral("What data do you collect?");
// The only section with a form of "encrypt" in it: "encrypted", once, in its answer.
inline const QString kSecrets = QStringLiteral("handbook/are-my-data-and-secrets-protected");
// "Kubernetes" in the question; the next section has it in the answer.
inline const QString kKubernetes =
    QStringLiteral("handbook/can-i-put-kubernetes-cluster-credentials-in-a-workspace");
inline const QString kIsolation =
    QStringLiteral("handbook/are-workspaces-isolated-from-each-other");
inline const QString kIsolationTitle = QStringLiteral("Are workspaces isolated from each other?");
// Holds a table; far enough from both ends of the page to scroll to its top.
inline const QString kInfrastructure = QStringLiteral("handbook/how-is-the-infrastructure-secured");
inline const QString kInfrastructureTitle = QStringLiteral("How is the infrastructure secured?");
inline const QString kVulnerability =
    QStringLiteral("handbook/i-found-a-vulnerability-where-do-i-report-it");
inline const QString kVulnerabilityTitle =
    QStringLiteral("I found a vulnerability, where do I report it?");
// Below the first screen; its first link is the external kTrustCenter. "GDPR" is twice on the
// handbook page, both times here.
inline const QString kGdpr = QStringLiteral("handbook/is-the-service-gdpr-compliant");
inline const QString kGdprTitle = QStringLiteral("Is the service GDPR compliant?");
inline const QString kGdprAnswer = QStringLiteral("offers a Data Processing Agreement");
inline const QString kSoc = QStringLiteral("handbook/is-the-service-soc-2-or-iso-27001-compliant");
inline const QString kSocTitle = QStringLiteral("Is the service SOC 2 or ISO 27001 compliant?");
inline const QString kHipaa = QStringLiteral("handbook/is-the-service-hipaa-or-pci-dss-compliant");
inline const QString kHipaaTitle = QStringLiteral("Is the service HIPAA or PCI-DSS compliant?");
// The last section: too short to scroll to the top of the view.
inline const QString kLastTitle =
    QStringLiteral("How does the dedicated edition differ from the hosted one?");
inline const QString kTrustCenter =
    QStringLiteral("https://trust.lanternfish.example/portal?item=legal&source=faq");

// The glossary's front matter gives its web address (the handbook has none): a link to a
// glossary section names it with the section as fragment.
inline const QString kGlossaryUrl = QStringLiteral("https://docs.lanternfish.example/glossary");
inline const QString kMfa = QStringLiteral("glossary/mfa");

// Glossary sections: a question in French ending in a check mark, and one of 248 characters.
// Japanese, Greek, Hebrew and an emoji are in the French question's answer, not its title: a
// system without their fonts leaves them out of a PDF's text, and tests read titles back.
inline const QString kUnicode =
    QStringLiteral("glossary/quest-ce-que-la--résidence-des-données---");
inline const QString kUnicodeTitle =
    QStringLiteral("Qu’est-ce que la « résidence des données » ? ✓");

// Reviews (front matter): the handbook's answers are owned by the Security team, reviewed on
// 2026-09-30 and due again 2099-09-30 (far off, so the fixture never warns: tests that need an
// overdue review set the clock); the GDPR answer is the Legal team's, reviewed 2026-11-02;
// "Can staff read my code?" was reviewed 2026-03-15, the oldest review. The glossary and the
// release notes record none.
inline const QString kReviewOwner = QStringLiteral("Security team");
inline const QString kReviewLine = QStringLiteral("Reviewed 2026-09-30 by Security team");
inline const QString kGdprReviewLine = QStringLiteral("Reviewed 2026-11-02 by Legal team");
inline const QString kStaff = QStringLiteral("handbook/can-staff-read-my-code");
inline const QString kOldestReview = QStringLiteral("2026-03-15");
inline const QString kReviewBy = QStringLiteral("2099-09-30");

// The section id of a DOC/SECTION path: the fragment the page scrolls to.
inline QString sectionId(const QString &path)
{
    return path.section(QLatin1Char('/'), 1);
}

} // namespace FixtureContent
