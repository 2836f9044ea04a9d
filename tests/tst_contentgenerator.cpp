#include "contentbundle.h"
#include "contentgenerator.h"
#include "generatortestsupport.h"
#include "inprocessrenderer.h"
#include "markdownmarkup.h"
#include "plaintextmarkup.h"
#include "renderlimits.h"
#include "scratchfiles.h"
#include "searchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kRealContent = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/content");
const QString kRealTemplate = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/page.html");
const QString kRealStyle = QStringLiteral(TRUSTBOOK_SOURCE_DIR "/resources/web/style.css");
const QString kBrandedContent = QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/branded-content");

// The branded fixture copied into `folder` with brand.json replaced by `brandJson`.
bool brandedCopy(const QString &folder, const QByteArray &brandJson)
{
    const QDir source(kBrandedContent);
    for (const QString &name : source.entryList(QDir::Files))
        if (!QFile::copy(source.filePath(name), QDir(folder).filePath(name)))
            return false;
    QFile::remove(QDir(folder).filePath(QStringLiteral("brand.json")));
    return ScratchFiles::put(QDir(folder).filePath(QStringLiteral("brand.json")), brandJson);
}
constexpr int kProcessTimeoutMs = 30000;

QString fixture(const QString &name)
{
    return QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/generator/") + name;
}

using GeneratorTest::readAll;
using GeneratorTest::readTree;

std::unique_ptr<const DocumentRenderer> inProcessRenderer()
{
    return std::make_unique<InProcessRenderer>(SourceReader(RenderLimits().maxInputBytes));
}

// Markdown and, for these tests only, the plain text format of PlainTextMarkup (".txt").
ContentGenerator twoFormatGenerator()
{
    MarkupRegistry formats = MarkupRegistry::standard();
    formats.add(QStringLiteral("txt"), std::make_shared<PlainTextMarkup>());
    return ContentGenerator(
        std::make_unique<InProcessRenderer>(SourceReader(RenderLimits().maxInputBytes), formats),
        readAll(kRealTemplate), kRealTemplate, readAll(kRealStyle));
}

ContentGenerator realGenerator()
{
    return ContentGenerator(inProcessRenderer(), readAll(kRealTemplate), kRealTemplate,
                            readAll(kRealStyle));
}

// The trustbook-gen arguments that render the real content, as the build does, into `output`.
QStringList realContentArguments(const QString &content, const QString &output)
{
    return {QStringLiteral("--content"), content,    QStringLiteral("--template"), kRealTemplate,
            QStringLiteral("--style"),   kRealStyle, QStringLiteral("--output"),   output};
}

QStringList errorStrings(const QList<ContentError> &errors)
{
    QStringList lines;
    for (const ContentError &error : errors)
        lines.append(error.toString());
    return lines;
}

// An unreadable manifest comes back empty, its parse error in contentVersion for the failure.
Manifest readManifest(const QString &outputDir)
{
    const Result<Manifest> manifest =
        Manifest::fromJson(readAll(outputDir + QLatin1String("/manifest.json")));
    return manifest ? *manifest : Manifest{manifest.error(), {}};
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `limitFileBytes` > 0: the tool runs with RLIMIT_FSIZE set to it (and SIGXFSZ ignored, so a
// write past it fails with EFBIG), the way a full disk stops it part way through.
ProcessResult runGenerator(const QStringList &arguments, rlim_t limitFileBytes = 0)
{
    QProcess process;
    if (limitFileBytes > 0)
        process.setChildProcessModifier([limitFileBytes] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{limitFileBytes, limitFileBytes};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    process.start(QStringLiteral(TRUSTBOOK_GEN_PATH), arguments);
    const bool finished = process.waitForFinished(kProcessTimeoutMs);
    return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// A content folder holding the good fixture alpha.md and one more entry, `name`, made by `kind`.
bool addEntry(const QString &folder, const QString &kind, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    const QByteArray encoded = QFile::encodeName(path);
    if (kind == u"dangling link")
        return QFile::link(QStringLiteral("gone.md"), path);
    if (kind == u"fifo")
        return mkfifo(encoded.constData(), 0644) == 0;
    if (kind == u"folder")
        return QDir(folder).mkdir(name);
    if (kind == u"unreadable")
        return QFile::copy(fixture(QStringLiteral("mixed/alpha.md")), path) &&
               chmod(encoded.constData(), 0) == 0;
    return false;
}

} // namespace

class TestContentGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void generate_realContent_twice_givesIdenticalBytes();
    void generate_realContent_manifestListsEverySection();
    void generate_realContent_pageHasNoScriptAndCspFirst();
    void generate_realContent_wrapsEachSection();
    void generate_realContent_writesSearchText();
    void generate_searchIndex_isKeyedByContentVersion();
    void generate_invalidDocument_reportsFileAndLine_data();
    void generate_invalidDocument_reportsFileAndLine();
    void generate_badFile_writesNothing();
    void generate_badFile_keepsPreviousOutput();
    void generate_again_replacesTheWholeFolder();
    void generate_afterKilledBuild_removesItsStagingFolders();
    void generate_outputIsALinkToAFolder_replacesThatFolder();
    void generate_missingContentFolder_namesItAndTheReason();
    void generate_invalidFileNames_rejectedByName();
    void generate_documents_orderedByOrderThenTitle();
    void generate_title_isEscapedInPage();
    void generate_emptyFolder_isAnError();
    void generate_mixedFormats_rendersEachByItsExtension();
    void generate_mixedFormats_manifestNamesEachSource_data();
    void generate_mixedFormats_manifestNamesEachSource();
    void generate_fileNoFormatReads_rejectedByName_data();
    void generate_fileNoFormatReads_rejectedByName();
    void generate_entryNoDocumentCanBeReadFrom_rejectedByName_data();
    void generate_entryNoDocumentCanBeReadFrom_rejectedByName();
    void generate_symlinkOutOfFolder_refusedByName_data();
    void generate_symlinkOutOfFolder_refusedByName();
    void generate_symlinkWithinFolder_isADocument();
    void generate_templateWithoutCspFirst_isRejected_data();
    void generate_templateWithoutCspFirst_isRejected();
    void contentSecurityPolicy_allowsOnlyInlinedStyle();
    void tool_badContent_exitsOneWithFileAndLine();
    void tool_missingArguments_exitsTwo();
    void tool_danglingLink_exitsOneNamingIt();
    void tool_writeFails_namesReasonAndKeepsOldOutput();
    void tool_goodContent_exitsZeroSilently();
    void generate_reviews_reachManifestAndPage();
    void generate_brand_isCompiledInAndNoDocument();
    void generate_brandAccent_tintsThePagesStyleItsCspAllows();
    void generate_noBrand_pagesKeepTheStyleSheetAsGiven();
    void generate_brandStartNamingNoSection_failsOnItsLine();
    void generate_brandStartNamingADocument_data();
    void generate_brandStartNamingADocument();
    void generate_badBrand_failsWithEveryMistake();
    void tool_check_reportsABadBrandAsFileLineMessage();

private:
    QTemporaryDir m_realOutput;
};

void TestContentGenerator::initTestCase()
{
    QVERIFY(m_realOutput.isValid());
    const Result<Done, QList<ContentError>> generated =
        realGenerator().generate(kRealContent, m_realOutput.path());
    QVERIFY2(generated, qPrintable(errorStrings(generated.error()).join(QLatin1Char('\n'))));
}

void TestContentGenerator::generate_realContent_twice_givesIdenticalBytes()
{
    const QTemporaryDir second;

    QVERIFY(realGenerator().generate(kRealContent, second.path()).isOk());

    const QMap<QString, QByteArray> first = readTree(m_realOutput.path());
    QCOMPARE(first.keys(), QStringList({QStringLiteral("manifest.json"),
                                        QStringLiteral("pages/security-faq.html"),
                                        QStringLiteral("search-index.sqlite"),
                                        QStringLiteral("search/security-faq.json")}));
    QCOMPARE(readTree(second.path()), first);
}

void TestContentGenerator::generate_realContent_manifestListsEverySection()
{
    const QByteArray source = readAll(kRealContent + QLatin1String("/security-faq.md"));
    const Manifest manifest = readManifest(m_realOutput.path());

    QCOMPARE(manifest.documents.size(), 1);
    const DocumentEntry &faq = manifest.documents.first();
    QCOMPARE(faq.id, QStringLiteral("security-faq"));
    QCOMPARE(faq.title, QStringLiteral("Security FAQ"));
    QCOMPARE(faq.sha256, sha256Hex(source));
    QCOMPARE(manifest.contentVersion,
             sha256Hex(faq.sha256.toLatin1() + QByteArray("  security-faq.md\n")));
    QCOMPARE(faq.sections.size(), 15);
    QCOMPARE(faq.sections.first().id, QStringLiteral("what-type-of-data-does-gitpod-collect"));
    QCOMPARE(faq.sections.first().title, QStringLiteral("What type of data does Gitpod collect?"));
    QCOMPARE(faq.sections.first().line, 12);
    QCOMPARE(faq.sections.at(12).id, QStringLiteral("is-gitpod-soc-2-or-iso-27001-compliant"));
}

void TestContentGenerator::generate_realContent_pageHasNoScriptAndCspFirst()
{
    const QByteArray page =
        readAll(m_realOutput.filePath(QStringLiteral("pages/security-faq.html")));
    const QByteArray cspMeta = "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
                               realGenerator().contentSecurityPolicy() + "\">";

    QVERIFY(!page.toLower().contains("<script"));
    QVERIFY(!page.contains("prerender"));
    const qsizetype head = page.indexOf("<head>");
    QVERIFY(head > 0);
    QVERIFY(page.mid(head + 6).trimmed().startsWith(cspMeta));
    QCOMPARE(page.count("http-equiv"), 1);
    QVERIFY(page.contains(QByteArray("<style>" + readAll(kRealStyle) + "</style>")));
    QVERIFY(!page.contains("<link"));
}

void TestContentGenerator::generate_realContent_wrapsEachSection()
{
    const QByteArray page =
        readAll(m_realOutput.filePath(QStringLiteral("pages/security-faq.html")));
    const Manifest manifest = readManifest(m_realOutput.path());

    QVERIFY(page.contains("<main class=\"document\">\n<h1>Security FAQ</h1>\n"
                          "<section class=\"qa\" id=\"what-type-of-data-does-gitpod-collect\">\n"
                          "<h2>What type of data does Gitpod collect?</h2>\n<p>To provide you"));
    QCOMPARE(page.count("<section class=\"qa\" id=\""), 15);
    QCOMPARE(page.count("</section>\n"), 15);
    for (const SectionEntry &section : manifest.documents.value(0).sections) {
        const QByteArray opening =
            "<section class=\"qa\" id=\"" + section.id.toUtf8() + "\">\n<h2>";
        QVERIFY2(page.contains(opening), opening.constData());
    }
}

void TestContentGenerator::generate_realContent_writesSearchText()
{
    const QByteArray json =
        readAll(m_realOutput.filePath(QStringLiteral("search/security-faq.json")));
    const QJsonArray entries = QJsonDocument::fromJson(json).array();

    QCOMPARE(entries.size(), 15);
    const QJsonObject first = entries.first().toObject();
    QCOMPARE(first.value(QLatin1String("path")).toString(),
             QStringLiteral("security-faq/what-type-of-data-does-gitpod-collect"));
    QCOMPARE(first.value(QLatin1String("document")).toString(), QStringLiteral("Security FAQ"));
    QVERIFY(first.value(QLatin1String("text"))
                .toString()
                .contains(QStringLiteral("Gitpod will be processing basic personal information")));
}

// The search index is written with the content, for that content only: an edit to one
// document gives another content version, and the index written before no longer opens for it.
void TestContentGenerator::generate_searchIndex_isKeyedByContentVersion()
{
    const QTemporaryDir scratch;
    const QString content = scratch.filePath(QStringLiteral("content"));
    QVERIFY(QDir().mkpath(content));
    for (const QString &name : QDir(fixture(QStringLiteral("ordering"))).entryList(QDir::Files))
        QVERIFY(QFile::copy(fixture(QStringLiteral("ordering/") + name),
                            content + QLatin1Char('/') + name));
    const QString before = scratch.filePath(QStringLiteral("before"));
    const QString after = scratch.filePath(QStringLiteral("after"));
    QVERIFY(realGenerator().generate(content, before).isOk());
    QFile edited(content + QLatin1String("/alpha.md"));
    QVERIFY(edited.open(QIODevice::Append));
    edited.write("\nOne more sentence about encryption.\n");
    edited.close();

    QVERIFY(realGenerator().generate(content, after).isOk());

    const QString oldVersion = readManifest(before).contentVersion;
    const QString newVersion = readManifest(after).contentVersion;
    QVERIFY(oldVersion != newVersion);
    const QString index = QLatin1Char('/') + ContentBundle::relativeSearchIndexPath();
    const std::unique_ptr<SearchIndex> current = SearchIndex::open(after + index, newVersion);
    QVERIFY2(current->isValid(), qPrintable(current->errorString()));
    QVERIFY(current->size() > 0);
    const std::unique_ptr<SearchIndex> stale = SearchIndex::open(before + index, newVersion);
    QVERIFY(!stale->isValid());
    QCOMPARE(stale->errorString(),
             QStringLiteral("it was built for content version %1, the content is %2")
                 .arg(oldVersion, newVersion));
}

void TestContentGenerator::generate_invalidDocument_reportsFileAndLine_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("error");

    QTest::newRow("missing title")
        << QStringLiteral("missing-title")
        << QStringLiteral("/doc.md:1: front matter has no 'title'; every document needs one");
    QTest::newRow("order not a number")
        << QStringLiteral("bad-order")
        << QStringLiteral("/doc.md:3: 'order' must be a whole number, got 'abc'");
    QTest::newRow("unclosed script block")
        << QStringLiteral("unclosed-script")
        << QStringLiteral("/doc.md:7: <script> block opened here is never closed (expected "
                          "</script> on a later line)");
}

void TestContentGenerator::generate_invalidDocument_reportsFileAndLine()
{
    QFETCH(QString, folder);
    QFETCH(QString, error);
    const QTemporaryDir output;

    const QList<ContentError> errors =
        realGenerator().generate(fixture(folder), output.path()).error();

    QCOMPARE(errorStrings(errors), QStringList(fixture(folder) + error));
}

void TestContentGenerator::generate_badFile_writesNothing()
{
    const QTemporaryDir output;

    QVERIFY(
        !realGenerator().generate(fixture(QStringLiteral("missing-title")), output.path()).isOk());
    QVERIFY(QDir(output.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestContentGenerator::generate_badFile_keepsPreviousOutput()
{
    const QTemporaryDir output;
    QVERIFY(realGenerator().generate(fixture(QStringLiteral("ordering")), output.path()).isOk());
    const QMap<QString, QByteArray> before = readTree(output.path());

    QVERIFY(!realGenerator().generate(fixture(QStringLiteral("bad-order")), output.path()).isOk());
    QCOMPARE(before.size(), 12);
    QCOMPARE(readTree(output.path()), before);
}

// The output folder holds what this build produced and nothing else: a page of a document that
// is gone goes too, and no staging folder is left beside it.
void TestContentGenerator::generate_again_replacesTheWholeFolder()
{
    const QTemporaryDir scratch;
    const QString output = scratch.filePath(QStringLiteral("out"));
    QVERIFY(realGenerator().generate(fixture(QStringLiteral("ordering")), output).isOk());

    QVERIFY(realGenerator().generate(kRealContent, output).isOk());

    QCOMPARE(readTree(output), readTree(m_realOutput.path()));
    QCOMPARE(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList(QStringLiteral("out")));
}

void TestContentGenerator::generate_afterKilledBuild_removesItsStagingFolders()
{
    const QTemporaryDir scratch;
    const QString output = scratch.filePath(QStringLiteral("out"));
    QVERIFY(QDir(scratch.path()).mkpath(QStringLiteral(".out.tmpAbC123/pages")));
    QVERIFY(ScratchFiles::put(scratch.filePath(QStringLiteral(".out.tmpAbC123/pages/a.html")),
                              "half a build"));
    QVERIFY(QDir(scratch.path()).mkdir(QStringLiteral(".out.tmpXyZ789.old")));
    QVERIFY(QDir(scratch.path()).mkdir(QStringLiteral(".out.tmp-not-ours")));
    QVERIFY(QDir(scratch.path()).mkdir(QStringLiteral(".other.tmpAbC123")));

    QVERIFY(realGenerator().generate(kRealContent, output).isOk());

    QCOMPARE(QDir(scratch.path())
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             QStringList({QStringLiteral(".other.tmpAbC123"), QStringLiteral(".out.tmp-not-ours"),
                          QStringLiteral("out")}));
}

void TestContentGenerator::generate_outputIsALinkToAFolder_replacesThatFolder()
{
    const QTemporaryDir scratch;
    QVERIFY(QDir(scratch.path()).mkdir(QStringLiteral("real")));
    QVERIFY(QFile::link(scratch.filePath(QStringLiteral("real")),
                        scratch.filePath(QStringLiteral("link"))));

    QVERIFY(
        realGenerator().generate(kRealContent, scratch.filePath(QStringLiteral("link"))).isOk());

    QVERIFY(QFileInfo(scratch.filePath(QStringLiteral("link"))).isSymLink());
    QCOMPARE(readTree(scratch.filePath(QStringLiteral("real"))), readTree(m_realOutput.path()));
}

void TestContentGenerator::generate_missingContentFolder_namesItAndTheReason()
{
    const QTemporaryDir scratch;
    const QTemporaryDir output;
    const QString missing = scratch.filePath(QStringLiteral("missing"));

    QCOMPARE(
        errorStrings(realGenerator().generate(missing, output.path()).error()),
        QStringList(missing + QLatin1String(": cannot read the content folder: No such file or "
                                            "directory")));
}

void TestContentGenerator::generate_invalidFileNames_rejectedByName()
{
    const QTemporaryDir output;
    const QString folder = fixture(QStringLiteral("bad-names"));

    const QStringList errors =
        errorStrings(realGenerator().generate(folder, output.path()).error());

    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(folder + QLatin1String("/Upper.md: the file name gives the "
                                                            "document id 'Upper'")),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(folder + QLatin1String("/under_score.md: the file name gives "
                                                            "the document id 'under_score'")),
             qPrintable(errors.at(1)));
    QVERIFY(QDir(output.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
}

void TestContentGenerator::generate_documents_orderedByOrderThenTitle()
{
    const QTemporaryDir output;
    QVERIFY(realGenerator().generate(fixture(QStringLiteral("ordering")), output.path()).isOk());

    QStringList ids;
    for (const DocumentEntry &document : readManifest(output.path()).documents)
        ids.append(document.id);

    // order 1, then order 2 by title (Aardvark, Alpha), then no order by title (Able, Bravo)
    QCOMPARE(ids,
             QStringList({QStringLiteral("zulu"), QStringLiteral("mike"), QStringLiteral("alpha"),
                          QStringLiteral("charlie"), QStringLiteral("bravo")}));
}

void TestContentGenerator::generate_title_isEscapedInPage()
{
    const QTemporaryDir output;
    QVERIFY(realGenerator().generate(fixture(QStringLiteral("ordering")), output.path()).isOk());

    const QByteArray page = readAll(output.filePath(QStringLiteral("pages/charlie.html")));

    QVERIFY(page.contains("<title>Able &amp; &lt;Co&gt;</title>"));
    QVERIFY(!page.contains("<Co>"));
}

void TestContentGenerator::generate_emptyFolder_isAnError()
{
    const QTemporaryDir content;
    const QTemporaryDir output;

    QCOMPARE(errorStrings(realGenerator().generate(content.path(), output.path()).error()),
             QStringList(content.path() + QLatin1String(": no documents (.md) in this folder")));
}

// Markdown and the tests' plain text format side by side: each file is rendered by the format
// its extension names into the same kind of page, sections and search text, and a markdown
// link into the plain text document is checked like any other.
void TestContentGenerator::generate_mixedFormats_rendersEachByItsExtension()
{
    const QTemporaryDir output;
    const Result<Done, QList<ContentError>> generated =
        twoFormatGenerator().generate(fixture(QStringLiteral("mixed")), output.path());
    QVERIFY2(generated, qPrintable(errorStrings(generated.error()).join(QLatin1Char('\n'))));

    const QByteArray bravo = readAll(output.filePath(QStringLiteral("pages/bravo.html")));
    QVERIFY(bravo.contains("<title>Bravo in plain text</title>"));
    QVERIFY(bravo.contains("<p>An introduction of &lt;one&gt; line.</p>"));
    QVERIFY(bravo.contains("<section class=\"qa\" id=\"why-plain-text\">\n<h2>Why plain text?</h2>"
                           "\n<p>Because the test format says so &amp; nothing else.</p>\n"
                           "</section>"));
    const QByteArray alpha = readAll(output.filePath(QStringLiteral("pages/alpha.html")));
    QVERIFY(alpha.contains("href=\"trustbook://bravo/why-plain-text\""));
    const QJsonArray search =
        QJsonDocument::fromJson(readAll(output.filePath(QStringLiteral("search/bravo.json"))))
            .array();
    QCOMPARE(search.size(), 2);
    QCOMPARE(search.at(1).toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("bravo/is-it-indexed"));
    QCOMPARE(search.at(1).toObject().value(QLatin1String("document")).toString(),
             QStringLiteral("Bravo in plain text"));
}

void TestContentGenerator::generate_mixedFormats_manifestNamesEachSource_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("markdown") << 0 << QStringLiteral("alpha") << QStringLiteral("alpha.md")
                              << QStringList{QStringLiteral("is-alpha-written-in-markdown")}
                              << QList<int>{8};
    QTest::newRow("plain text") << 1 << QStringLiteral("bravo") << QStringLiteral("bravo.txt")
                                << QStringList{QStringLiteral("why-plain-text"),
                                               QStringLiteral("is-it-indexed")}
                                << QList<int>{3, 5};
}

void TestContentGenerator::generate_mixedFormats_manifestNamesEachSource()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, source);
    QFETCH(QStringList, sections);
    QFETCH(QList<int>, lines);
    const QTemporaryDir output;
    QVERIFY(twoFormatGenerator().generate(fixture(QStringLiteral("mixed")), output.path()).isOk());

    const Manifest manifest = readManifest(output.path());

    QCOMPARE(manifest.documents.size(), 2);
    const DocumentEntry &document = manifest.documents.at(index);
    QCOMPARE(document.id, id);
    QCOMPARE(document.source, source);
    QCOMPARE(document.sha256, sha256Hex(readAll(fixture(QStringLiteral("mixed/")) + source)));
    QStringList ids;
    QList<int> starts;
    for (const SectionEntry &section : document.sections) {
        ids.append(section.id);
        starts.append(section.line);
    }
    QCOMPARE(ids, sections);
    QCOMPARE(starts, lines);
}

// What ships reads markdown only: any other file in the content folder fails the build by
// name, and nothing is written.
void TestContentGenerator::generate_fileNoFormatReads_rejectedByName_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("another format") << QStringLiteral("bravo.txt");
    QTest::newRow("no extension") << QStringLiteral("README");
    QTest::newRow("editor backup") << QStringLiteral("alpha.md~");
}

void TestContentGenerator::generate_fileNoFormatReads_rejectedByName()
{
    QFETCH(QString, name);
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/alpha.md")),
                        content.filePath(QStringLiteral("alpha.md"))));
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/bravo.txt")), content.filePath(name)));

    const QStringList errors =
        errorStrings(realGenerator().generate(content.path(), output.path()).error());

    QCOMPARE(errors.size(), 1);
    QVERIFY2(
        errors.first().startsWith(content.filePath(name) + QLatin1String(": not a document: ")),
        qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QLatin1String(".md")), qPrintable(errors.first()));
    QCOMPARE(QDir(output.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

// Whatever cannot be read as a document fails the build by name instead of being left out of
// the manifest; nothing is written.
void TestContentGenerator::generate_entryNoDocumentCanBeReadFrom_rejectedByName_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("dangling link")
        << QStringLiteral("dangling link")
        << QStringLiteral(
               "a dangling symbolic link (to '%1/gone.md'): there is no document to read");
    QTest::newRow("fifo") << QStringLiteral("fifo")
                          << QStringLiteral("not a document: not a regular file (a FIFO, socket "
                                            "or device)");
    QTest::newRow("folder") << QStringLiteral("folder")
                            << QStringLiteral("not a document: a folder (a content folder holds "
                                              "documents only, no subfolders)");
    QTest::newRow("unreadable") << QStringLiteral("unreadable")
                                << QStringLiteral("cannot read: Permission denied");
}

void TestContentGenerator::generate_entryNoDocumentCanBeReadFrom_rejectedByName()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    if (kind == u"unreadable" && geteuid() == 0)
        QSKIP("root reads any file");
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/alpha.md")),
                        content.filePath(QStringLiteral("alpha.md"))));
    QVERIFY(addEntry(content.path(), kind, QStringLiteral("bravo.md")));

    const QStringList errors =
        errorStrings(realGenerator().generate(content.path(), output.path()).error());

    QCOMPARE(errors, QStringList(content.filePath(QStringLiteral("bravo.md")) +
                                 QLatin1String(": ") + message.arg(content.path())));
    QCOMPARE(QDir(output.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

// A link may lead to another document of the folder, never out of it: not to a document
// elsewhere, and not to a system file.
void TestContentGenerator::generate_symlinkOutOfFolder_refusedByName_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("resolved"); // relative to the folder holding the content folder

    QTest::newRow("absolute, to a document")
        << fixture(QStringLiteral("mixed/alpha.md"))
        << QFileInfo(fixture(QStringLiteral("mixed/alpha.md"))).canonicalFilePath();
    QTest::newRow("relative, up and out")
        << QStringLiteral("../outside.md") << QStringLiteral("outside.md");
    QTest::newRow("a system file")
        << QStringLiteral("/etc/passwd") << QStringLiteral("/etc/passwd");
}

void TestContentGenerator::generate_symlinkOutOfFolder_refusedByName()
{
    QFETCH(QString, target);
    QFETCH(QString, resolved);
    const QTemporaryDir scratch;
    const QTemporaryDir output;
    const QString content = QFileInfo(scratch.filePath(QStringLiteral("content"))).filePath();
    QVERIFY(QDir(scratch.path()).mkdir(QStringLiteral("content")));
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/alpha.md")),
                        scratch.filePath(QStringLiteral("outside.md"))));
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/alpha.md")),
                        content + QLatin1String("/alpha.md")));
    QVERIFY(QFile::link(target, content + QLatin1String("/bravo.md")));
    const QString expected = QDir::isAbsolutePath(resolved)
                                 ? resolved
                                 : QFileInfo(scratch.filePath(resolved)).canonicalFilePath();

    const QStringList errors =
        errorStrings(realGenerator().generate(content, output.path()).error());

    QCOMPARE(errors,
             QStringList(content + QLatin1String("/bravo.md: a symbolic link to '") + expected +
                         QLatin1String("', outside the content folder: only files inside "
                                       "it are compiled in")));
    QCOMPARE(QDir(output.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestContentGenerator::generate_symlinkWithinFolder_isADocument()
{
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/alpha.md")),
                        content.filePath(QStringLiteral("alpha.md"))));
    QVERIFY(
        QFile::link(QStringLiteral("alpha.md"), content.filePath(QStringLiteral("charlie.md"))));
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("bravo.md")),
                              "---\ntitle: Bravo\n---\n\n## Why plain text?\n\nIt is not.\n"));

    const Result<Done, QList<ContentError>> generated =
        realGenerator().generate(content.path(), output.path());

    QVERIFY2(generated, qPrintable(errorStrings(generated.error()).join(QLatin1Char('\n'))));
    QCOMPARE(readManifest(output.path()).documents.size(), 3);
}

void TestContentGenerator::generate_templateWithoutCspFirst_isRejected_data()
{
    QTest::addColumn<QByteArray>("pageTemplate");

    QTest::newRow("no csp") << QByteArray("<html><head><title>{{title}}</title></head>"
                                          "<body>{{body}}</body></html>");
    QTest::newRow("csp after charset")
        << QByteArray("<html><head>\n<meta charset=\"utf-8\">\n{{csp}}\n</head>{{body}}</html>");
    QTest::newRow("csp in body") << QByteArray("<html><head></head><body>{{csp}}{{body}}</body>");
    QTest::newRow("no head") << QByteArray("{{csp}}<body>{{body}}</body>");
}

void TestContentGenerator::generate_templateWithoutCspFirst_isRejected()
{
    QFETCH(QByteArray, pageTemplate);
    const QTemporaryDir output;

    const QList<ContentError> errors =
        ContentGenerator(inProcessRenderer(), pageTemplate, QStringLiteral("page.html"))
            .generate(kRealContent, output.path())
            .error();

    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().file, QStringLiteral("page.html"));
    QVERIFY(errors.first().message.startsWith(
        QStringLiteral("{{csp}} must be the first thing inside <head>")));
    QVERIFY(QDir(output.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
}

void TestContentGenerator::contentSecurityPolicy_allowsOnlyInlinedStyle()
{
    const QByteArray styleSheet = "body { color: black; }\n";
    const QByteArray hash =
        QCryptographicHash::hash(styleSheet, QCryptographicHash::Sha256).toBase64();

    QCOMPARE(ContentGenerator(inProcessRenderer(), {}, {}, styleSheet).contentSecurityPolicy(),
             QByteArray("default-src 'none'; style-src 'sha256-" + hash +
                        "'; img-src data:; base-uri 'none'; form-action 'none'"));
}

void TestContentGenerator::tool_badContent_exitsOneWithFileAndLine()
{
    const QTemporaryDir output;
    const QString folder = fixture(QStringLiteral("bad-order"));

    const ProcessResult result = runGenerator(realContentArguments(folder, output.path()));

    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.err),
             QString(folder + QLatin1String("/doc.md:3: 'order' must be a whole number, got "
                                            "'abc'\n")));
    QVERIFY(QDir(output.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
}

void TestContentGenerator::tool_missingArguments_exitsTwo()
{
    const ProcessResult result = runGenerator({QStringLiteral("--content"), kRealContent});

    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("--content, --template and --output are required"),
             result.err.constData());
}

void TestContentGenerator::tool_danglingLink_exitsOneNamingIt()
{
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(QFile::copy(fixture(QStringLiteral("mixed/alpha.md")),
                        content.filePath(QStringLiteral("alpha.md"))));
    QVERIFY(addEntry(content.path(), QStringLiteral("dangling link"), QStringLiteral("bravo.md")));

    const ProcessResult result = runGenerator(realContentArguments(content.path(), output.path()));

    QCOMPARE(result.exitCode, 1);
    QCOMPARE(QString::fromUtf8(result.err),
             QString(content.filePath(QStringLiteral("bravo.md")) +
                     QLatin1String(": a dangling symbolic link (to '") +
                     content.filePath(QStringLiteral("gone.md")) +
                     QLatin1String("'): there is no document to read\n")));
    QVERIFY(!QFile::exists(output.filePath(QStringLiteral("manifest.json"))));
}

// A write that fails part way (here a file size limit, as a full disk would) names the file and
// the system's reason, and leaves the previous output as it was: no new page beside old ones.
void TestContentGenerator::tool_writeFails_namesReasonAndKeepsOldOutput()
{
    const QTemporaryDir scratch;
    const QString content = scratch.filePath(QStringLiteral("content"));
    const QString output = scratch.filePath(QStringLiteral("out"));
    QVERIFY(QDir(scratch.path()).mkdir(QStringLiteral("content")));
    // "a" is written first and its page fits under the limit; the FAQ's page does not.
    QVERIFY(ScratchFiles::put(content + QLatin1String("/a.md"),
                              "---\ntitle: Short\n---\n\nA short page.\n"));
    QVERIFY(QFile::copy(kRealContent + QLatin1String("/security-faq.md"),
                        content + QLatin1String("/security-faq.md")));
    QVERIFY(realGenerator().generate(fixture(QStringLiteral("ordering")), output).isOk());
    const QMap<QString, QByteArray> before = readTree(output);

    const ProcessResult result = runGenerator(realContentArguments(content, output), 8192);

    QCOMPARE(result.exitCode, 1);
    static const QRegularExpression expected(
        QStringLiteral("^%1/\\.out\\.tmp\\w{6}/pages/security-faq\\.html: cannot write: File too "
                       "large\n$")
            .arg(QRegularExpression::escape(scratch.path())));
    QVERIFY2(expected.match(QString::fromUtf8(result.err)).hasMatch(), result.err.constData());
    QCOMPARE(readTree(output), before);
    QCOMPARE(QDir(scratch.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("content"), QStringLiteral("out")}));
}

void TestContentGenerator::tool_goodContent_exitsZeroSilently()
{
    const QTemporaryDir output;

    const ProcessResult result = runGenerator(realContentArguments(kRealContent, output.path()));

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(readTree(output.path()), readTree(m_realOutput.path()));
}

// The document's review for every section, a section's own values over it, in the manifest
// and as a line under each answer; the search text stays the question and answer alone.
void TestContentGenerator::generate_reviews_reachManifestAndPage()
{
    const QTemporaryDir content;
    const QTemporaryDir output;
    QVERIFY(ScratchFiles::put(content.filePath(QStringLiteral("doc.md")),
                              "---\ntitle: Doc\nowner: Security team\nreviewed: 2026-09-30\n"
                              "review-by: 2099-03-31\nreviews:\n  r: {owner: Legal team}\n---\n\n"
                              "## Q?\n\nYes.\n\n## R?\n\nNo.\n"));

    const Result<Done, QList<ContentError>> generated =
        realGenerator().generate(content.path(), output.path());

    QVERIFY2(generated, qPrintable(errorStrings(generated.error()).join(QLatin1Char('\n'))));
    const QList<SectionEntry> sections = readManifest(output.path()).documents.value(0).sections;
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(0).review,
             (Review{QStringLiteral("Security team"), QDate(2026, 9, 30), QDate(2099, 3, 31)}));
    QCOMPARE(sections.at(1).review,
             (Review{QStringLiteral("Legal team"), QDate(2026, 9, 30), QDate(2099, 3, 31)}));
    const QByteArray page = readAll(output.filePath(QStringLiteral("pages/doc.html")));
    QVERIFY(page.contains("<h2>Q?</h2>\n<p>Yes.</p>\n<p class=\"review\" "
                          "data-review-by=\"2099-03-31\">Reviewed 2026-09-30 by Security "
                          "team</p>\n</section>\n"));
    QVERIFY(page.contains("<p class=\"review\" data-review-by=\"2099-03-31\">Reviewed 2026-09-30 "
                          "by Legal team</p>\n</section>\n"));
    QVERIFY(!readAll(output.filePath(QStringLiteral("search/doc.json"))).contains("Reviewed"));
}

// brand.json and its icon are the bundle's brand.json and brand.svg, not pages; the content
// version covers only the documents, so a new icon does not make the answers a new version.
void TestContentGenerator::generate_brand_isCompiledInAndNoDocument()
{
    const QTemporaryDir output;
    const auto generated = realGenerator().generate(kBrandedContent, output.path());
    QVERIFY2(generated, qPrintable(errorStrings(generated.error()).join(QLatin1Char('\n'))));

    const Result<ContentBundle> bundle = ContentBundle::open(output.path());
    QVERIFY2(bundle, qPrintable(bundle.error()));
    QCOMPARE(bundle->catalog().documentCount(), 2);
    const Brand &brand = bundle->brand();
    QCOMPARE(brand.name, QStringLiteral("Acme Trust Center"));
    QCOMPARE(brand.binary, QStringLiteral("acme-trust"));
    QCOMPARE(brand.start, QStringLiteral("retention/how-long-are-backups-kept"));
    QCOMPARE(ScratchFiles::contents(bundle->brandIconPath()),
             ScratchFiles::contents(kBrandedContent + QStringLiteral("/acme.svg")));
    QVERIFY(!QFile::exists(output.filePath(QStringLiteral("pages/brand.html"))));

    const QTemporaryDir unbranded;
    const QTemporaryDir unbrandedOutput;
    for (const QString &name : {QStringLiteral("onboarding.md"), QStringLiteral("retention.md")})
        ScratchFiles::copied(kBrandedContent, name, unbranded.path());
    QVERIFY(realGenerator().generate(unbranded.path(), unbrandedOutput.path()));
    const Result<ContentBundle> plain = ContentBundle::open(unbrandedOutput.path());
    QVERIFY(plain);
    QCOMPARE(plain->catalog().contentVersion(), bundle->catalog().contentVersion());
    QCOMPARE(plain->brand().name, QStringLiteral("Trustbook"));
    QVERIFY(plain->brandIconPath().isEmpty());
    QVERIFY(!QFile::exists(unbrandedOutput.filePath(QStringLiteral("brand.json"))));
}

void TestContentGenerator::generate_brandAccent_tintsThePagesStyleItsCspAllows()
{
    const QTemporaryDir output;
    QVERIFY(realGenerator().generate(kBrandedContent, output.path()));
    const QByteArray page =
        ScratchFiles::contents(output.filePath(QStringLiteral("pages/retention.html")));
    const qsizetype open = page.indexOf("<style>") + 7;
    const QByteArray style = page.mid(open, page.indexOf("</style>") - open);
    QVERIFY(style.startsWith(readAll(kRealStyle)));
    QVERIFY(style.contains(":root { --accent: #c2410c; }"));
    QVERIFY(style.contains("::selection { background: var(--accent);"));
    // Halfway to white on a dark page: (0xc2 + 0x3d / 2, ...) = #e0a085.
    QVERIFY(style.contains(":root[data-theme=\"dark\"] { --accent: #e0a085; }"));
    const QByteArray hash = QCryptographicHash::hash(style, QCryptographicHash::Sha256).toBase64();
    QVERIFY(page.contains(QByteArray("style-src 'sha256-" + hash + "'")));
}

void TestContentGenerator::generate_noBrand_pagesKeepTheStyleSheetAsGiven()
{
    QVERIFY(ScratchFiles::contents(m_realOutput.filePath(QStringLiteral("pages/security-faq.html")))
                .contains(QByteArray("<style>" + readAll(kRealStyle) + "</style>")));
}

void TestContentGenerator::generate_brandStartNamingNoSection_failsOnItsLine()
{
    const QTemporaryDir folder;
    QVERIFY(brandedCopy(folder.path(), "{\n  \"icon\": \"acme.svg\",\n  \"start\": "
                                       "\"retention/how-long-is-data-kept\"\n}\n"));
    const QTemporaryDir output;
    const auto generated = realGenerator().generate(folder.path(), output.path());
    QCOMPARE(errorStrings(generated.error()),
             QStringList(folder.filePath(QStringLiteral("brand.json")) +
                         QStringLiteral(":3: 'start' names retention/how-long-is-data-kept, which "
                                        "is no section or document of this content (see "
                                        "`trustbook --list`)")));
    QVERIFY(ScratchFiles::filesIn(output.path()).isEmpty());
}

// A document for a start: the bundle keeps it, and the window opens at the document's top
// (ContentCatalog::find(), as for trustbook://DOC). One the content lacks is an error.
void TestContentGenerator::generate_brandStartNamingADocument_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("error"); // empty: it generates
    QTest::newRow("a document of the content") << QStringLiteral("retention") << QString();
    QTest::newRow("no document of the content")
        << QStringLiteral("retentions")
        << QStringLiteral(":3: 'start' names retentions, which is no section or document of "
                          "this content (see `trustbook --list`)");
}

void TestContentGenerator::generate_brandStartNamingADocument()
{
    QFETCH(QString, start);
    QFETCH(QString, error);
    const QTemporaryDir folder;
    QVERIFY(brandedCopy(folder.path(), "{\n  \"icon\": \"acme.svg\",\n  \"start\": \"" +
                                           start.toUtf8() + "\"\n}\n"));
    const QTemporaryDir output;

    const auto generated = realGenerator().generate(folder.path(), output.path());

    if (error.isEmpty()) {
        QVERIFY2(generated, qPrintable(errorStrings(generated.error()).join(QLatin1Char('\n'))));
        const Result<ContentBundle> bundle = ContentBundle::open(output.path());
        QVERIFY2(bundle, qPrintable(bundle.error()));
        QCOMPARE(bundle->brand().start, start);
        QVERIFY(bundle->catalog().find(start).isValid());
    } else {
        QCOMPARE(errorStrings(generated.error()),
                 QStringList(folder.filePath(QStringLiteral("brand.json")) + error));
    }
}

// The icon the bad manifest names is still not taken for a document.
void TestContentGenerator::generate_badBrand_failsWithEveryMistake()
{
    const QTemporaryDir folder;
    QVERIFY(brandedCopy(folder.path(), "{\n  \"binary\": \"Acme\",\n  \"icon\": \"acme.svg\",\n"
                                       "  \"accent\": \"orange\"\n}\n"));
    const QTemporaryDir output;
    const QStringList errors =
        errorStrings(realGenerator().generate(folder.path(), output.path()).error());
    const QString manifest = folder.filePath(QStringLiteral("brand.json"));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(manifest + QStringLiteral(":2: 'binary' must be")),
             qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(manifest + QStringLiteral(":4: 'accent' must be")),
             qPrintable(errors.at(1)));
}

void TestContentGenerator::tool_check_reportsABadBrandAsFileLineMessage()
{
    const QTemporaryDir folder;
    QVERIFY(brandedCopy(folder.path(), "{\n  \"icon\": \"acme.svg\",\n  \"id\": \"acme\"\n}\n"));
    const ProcessResult result = runGenerator({QStringLiteral("--check"), folder.path()});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(
        QString::fromUtf8(result.out),
        QString(folder.filePath(QStringLiteral("brand.json")) +
                QStringLiteral(":3: 'id' must be a reverse-DNS name such as "
                               "com.example.TrustCenter (at least three parts of letters, digits "
                               "and '_'), got 'acme'\n")));
}

QTEST_GUILESS_MAIN(TestContentGenerator)
#include "tst_contentgenerator.moc"
