// --verify-pdf's reading: exports of the tests' content checked against it, and against the
// same content with one answer changed.
#include "contentschemehandler.h"
#include "fixturecontent.h"
#include "generatedbundle.h"
#include "helpprofile.h"
#include "pdfexporter.h"
#include "pdfverifier.h"
#include "webtestsupport.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using namespace FixtureContent;

const QString kFixtureMarkdown = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/tests/data/content");
const QByteArray kChangedFrom = "stays encrypted at rest with AES-256";
const QByteArray kChangedTo = "stays encrypted at rest with AES-128";

// The fixture's markdown, each file under its own name, with `edit` applied to the handbook.
QList<std::pair<QString, QByteArray>> fixtureSources(bool edit)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &name : QDir(kFixtureMarkdown).entryList(QDir::Files)) {
        QByteArray markdown = ScratchFiles::contents(kFixtureMarkdown + QLatin1Char('/') + name);
        if (edit && name == kHandbook + QLatin1String(".md"))
            markdown.replace(kChangedFrom, kChangedTo);
        files.append({name, markdown});
    }
    return files;
}

} // namespace

class TestPdfVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void ownExport_matches_data();
    void ownExport_matches();
    void otherContent_namesTheSectionsThatDiffer();
    void notATrustbookPdf_fails_data();
    void notATrustbookPdf_fails();

private:
    QString exported(const ContentBundle &bundle, const QList<SectionRef> &places,
                     const QString &name, QDate today = {});

    std::optional<ContentBundle> m_fixture; // the markdown the build compiled in, generated here
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPdfVerifier::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = generatedBundle(m_dir->filePath(QStringLiteral("fixture")), fixtureSources(false));
    QVERIFY(m_fixture);
    QCOMPARE(m_fixture->catalog().sectionCount(), kSectionCount);
}

void TestPdfVerifier::init()
{
    WebTest::failOnUnexpectedWarnings();
}

// The export of `places` from `bundle`, as a file in the test's folder; empty when it failed.
QString TestPdfVerifier::exported(const ContentBundle &bundle, const QList<SectionRef> &places,
                                  const QString &name, QDate today)
{
    HelpProfile profile(bundle);
    if (today.isValid())
        profile.schemeHandler()->setClock([today] { return today; });
    PdfExporter exporter(&profile, bundle);
    QSignalSpy finished(&exporter, &PdfExporter::finished);
    PdfExportRequest request;
    request.places = places;
    request.filePath = m_dir->filePath(name);
    request.preparedFor = QStringLiteral("Acme Corp");
    if (!exporter.start(request) || !finished.wait(90000))
        return {};
    const auto &result = WebTest::signalArgument<PdfExportResult>(finished.at(0).at(0));
    return result ? result->filePath : QString();
}

void TestPdfVerifier::ownExport_matches_data()
{
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QDate>("today"); // the exporter's clock; invalid for the real one
    QTest::newRow("one section") << QStringList{kGdpr} << QDate();
    QTest::newRow("a table and links") << QStringList{kInfrastructure, kGdpr, kMfa} << QDate();
    QTest::newRow("everything") << QStringList{kHandbook, QStringLiteral("glossary"), kReleaseNotes}
                                << QDate();
    // Every handbook answer's review printed overdue: a mark of the day, not of the content.
    QTest::newRow("overdue reviews") << QStringList{kHandbook, kMfa} << QDate(2100, 1, 1);
}

void TestPdfVerifier::ownExport_matches()
{
    QFETCH(QStringList, places);
    QFETCH(QDate, today);
    const ContentCatalog &catalog = m_fixture->catalog();
    QList<SectionRef> refs;
    QStringList sections;
    for (const QString &place : places) {
        refs.append(catalog.find(place));
        const SectionRef ref = refs.constLast();
        if (ref.isSection())
            sections.append(place);
        for (int s = 0; !ref.isSection() && s < catalog.document(ref.document).sections.size(); ++s)
            sections.append(catalog.sectionPath({ref.document, s}));
    }
    const QString path = exported(*m_fixture, refs, QStringLiteral("own.pdf"), today);
    QVERIFY(!path.isEmpty());
    const Result<PdfVerification> verified = PdfVerifier(*m_fixture).verify(path);
    QVERIFY2(verified, qPrintable(verified.error()));
    QCOMPARE(verified->stampedVersion, catalog.contentVersion());
    QVERIFY(verified->versionMatches());
    QCOMPARE(verified->sections, sections);
    QCOMPARE(verified->differing, QStringList());
}

// A PDF made from content where one answer says something else: the version differs, and
// that section, only that one, is named.
void TestPdfVerifier::otherContent_namesTheSectionsThatDiffer()
{
    const std::optional<ContentBundle> other =
        generatedBundle(m_dir->filePath(QStringLiteral("other")), fixtureSources(true));
    QVERIFY(other);
    QList<SectionRef> everything;
    for (int d = 0; d < other->catalog().documentCount(); ++d)
        everything.append({d, -1});
    const QString path = exported(*other, everything, QStringLiteral("other.pdf"));
    QVERIFY(!path.isEmpty());
    const Result<PdfVerification> verified = PdfVerifier(*m_fixture).verify(path);
    QVERIFY2(verified, qPrintable(verified.error()));
    QCOMPARE(verified->stampedVersion, other->catalog().contentVersion());
    QVERIFY(!verified->versionMatches());
    QCOMPARE(verified->sections.size(), kSectionCount);
    QCOMPARE(verified->differing, QStringList{kSecrets});
    QVERIFY(!verified->matches());
}

void TestPdfVerifier::notATrustbookPdf_fails_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: no file at all
    QTest::addColumn<QString>("reason");
    QByteArray plain;
    {
        QBuffer buffer(&plain);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("What data do you collect?"));
    }
    QTest::newRow("another PDF") << plain << QStringLiteral("its Subject is no content version");
    QTest::newRow("not a PDF") << QByteArray("What data do you collect?\n")
                               << QStringLiteral("not a PDF exported by Trustbook");
    QTest::newRow("a PDF cut short")
        << plain.left(plain.size() / 2) << QStringLiteral("not a PDF exported by Trustbook");
    QTest::newRow("no such file") << QByteArray() << QStringLiteral("Could not read");
}

void TestPdfVerifier::notATrustbookPdf_fails()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(QStringLiteral("input.pdf"));
    QFile::remove(path);
    if (!bytes.isEmpty())
        QVERIFY(ScratchFiles::put(path, bytes));
    const Result<PdfVerification> verified = PdfVerifier(*m_fixture).verify(path);
    QVERIFY(!verified);
    QVERIFY2(verified.error().contains(reason), qPrintable(verified.error()));
    QVERIFY2(verified.error().contains(path), qPrintable(verified.error()));
    // The one file it names is the one asked about: qpdf's own name for the bytes it was
    // given ("verified.pdf: unable to find trailer dictionary") once stood beside it.
    QVERIFY2(verified.error().count(QStringLiteral(".pdf")) == 1, qPrintable(verified.error()));
}

TRUSTBOOK_WEB_TEST_MAIN(TestPdfVerifier)
#include "tst_pdfverifier.moc"
