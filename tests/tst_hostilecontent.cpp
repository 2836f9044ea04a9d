// Hostile and odd markdown through the real build tool: each fixture in tests/data/hostile
// builds or fails exactly as the table says, with a message naming the file, and whatever is
// built is inert: no script, no event handler, no javascript:/vbscript:/file: link, nothing
// fetched from elsewhere, section ids fit to be URL fragments, and internal links lead somewhere.
#include "generatortestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kGenerator = QStringLiteral(TRUSTBOOK_GEN_PATH);
const QString kSource = QStringLiteral(TRUSTBOOK_SOURCE_DIR);

struct Run
{
    int exitCode = -1;
    QString err;
    QByteArray body; // the page after <body>: what content produced
    QStringList ids; // section ids from the manifest
};

Run generate(const QString &fixture)
{
    QTemporaryDir content;
    QTemporaryDir output;
    QFile::copy(QStringLiteral(TRUSTBOOK_TEST_DATA_DIR "/hostile/") + fixture,
                content.filePath(QStringLiteral("doc.md")));
    QProcess process;
    process.start(kGenerator,
                  {QStringLiteral("--content"), content.path(), QStringLiteral("--template"),
                   kSource + QLatin1String("/resources/web/page.html"), QStringLiteral("--style"),
                   kSource + QLatin1String("/resources/web/style.css"), QStringLiteral("--output"),
                   output.path()});
    if (!process.waitForFinished(60000))
        process.kill();
    Run run{process.exitCode(), QString::fromUtf8(process.readAllStandardError()), {}, {}};
    const QByteArray page =
        GeneratorTest::readAll(output.filePath(QStringLiteral("pages/doc.html")));
    run.body = page.mid(page.indexOf("<body>"));
    const QJsonObject manifest =
        QJsonDocument::fromJson(
            GeneratorTest::readAll(output.filePath(QStringLiteral("manifest.json"))))
            .object();
    for (const QJsonValue &document : manifest.value(QLatin1String("documents")).toArray())
        for (const QJsonValue &section :
             document.toObject().value(QLatin1String("sections")).toArray())
            run.ids.append(section.toObject().value(QLatin1String("id")).toString());
    return run;
}

} // namespace

class TestHostileContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixture_buildsOrFailsAsExpected_data();
    void fixture_buildsOrFailsAsExpected();
};

void TestHostileContent::fixture_buildsOrFailsAsExpected_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // what stderr says, after "doc.md:"
    QTest::addColumn<int>("sections");
    QTest::newRow("raw HTML of every kind") << "raw-html.md" << 0 << QString() << 7;
    QTest::newRow("hostile links") << "hostile-links.md" << 0 << QString() << 1;
    QTest::newRow("remote and local images") << "remote-media.md" << 0 << QString() << 1;
    QTest::newRow("NUL bytes") << "nul-bytes.md" << 0 << QString() << 1;
    QTest::newRow("BOM and CRLF") << "bom-crlf.md" << 0 << QString() << 2;
    QTest::newRow("CR line endings") << "cr-only.md" << 0 << QString() << 1;
    QTest::newRow("front matter only") << "front-matter-only.md" << 0 << QString() << 0;
    QTest::newRow("duplicate, empty, emoji, RTL, long headings")
        << "headings.md" << 0 << QString() << 6;
    QTest::newRow("invalid UTF-8")
        << "invalid-utf8.md" << 1 << "7: invalid UTF-8 at byte offset 41 (0xff)" << 0;
    QTest::newRow("empty file") << "empty.md" << 1 << "1: missing front matter" << 0;
    QTest::newRow("internal links that lead somewhere") << "good-links.md" << 0 << QString() << 2;
    QTest::newRow("internal link to no section")
        << "broken-links.md" << 1
        << "11: no such section: the link to '#no-such-question' leads nowhere" << 0;
}

void TestHostileContent::fixture_buildsOrFailsAsExpected()
{
    QFETCH(QString, fixture);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, sections);
    const Run run = generate(fixture);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY2(run.err.contains(QLatin1String("doc.md:") + message), qPrintable(run.err));
        QVERIFY(run.body.isEmpty()); // nothing written
        return;
    }
    // Warnings only (duplicate questions, empty answers): the build goes on.
    for (const QString &line : run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(line.contains(QLatin1String(": warning: ")), qPrintable(line));
    QCOMPARE(run.ids.size(), sections);
    QCOMPARE(QSet<QString>(run.ids.cbegin(), run.ids.cend()).size(), run.ids.size());
    static const QRegularExpression unfitId(QStringLiteral("^$|[/\\s]|\\.\\."));
    for (const QString &id : run.ids)
        QVERIFY2(!unfitId.match(id).hasMatch(), qPrintable(id));

    const QString body = QString::fromUtf8(run.body);
    // Elements and attributes that could act; the same words as visible text are inert.
    static const QRegularExpression inert(
        QStringLiteral("<(script|iframe|svg|form|base|object|embed|meta)\\b|\\son[a-z]+\\s*=|"
                       "(href|src|action)\\s*=\\s*\\\"\\s*(javascript|vbscript|file|data:text)|"
                       "src\\s*=\\s*\\\"(https?:)?//"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch found = inert.match(body);
    QVERIFY2(!found.hasMatch(), qPrintable(found.captured()));
    QVERIFY(!run.body.contains('\0'));
}

QTEST_GUILESS_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
