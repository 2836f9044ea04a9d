// The settings file as a hostile world leaves it: whatever is in it, loading gives usable
// values, and a broken file survives byte for byte in a backup before anything is written.
#include "contentcatalog.h"
#include "filetestsupport.h"
#include "viewersettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

Q_DECLARE_METATYPE(ViewerSettings::Theme)

namespace {

Manifest fixtureManifest()
{
    DocumentEntry faq;
    faq.id = QStringLiteral("security-faq");
    faq.title = QStringLiteral("Security FAQ");
    faq.sections = {{QStringLiteral("is-gitpod-gdpr-compliant"), QStringLiteral("GDPR?"), 10},
                    {QStringLiteral("where-is-data-stored"), QStringLiteral("Where?"), 20}};
    DocumentEntry privacy;
    privacy.id = QStringLiteral("privacy");
    privacy.title = QStringLiteral("Privacy");
    privacy.sections = {{QStringLiteral("cookies"), QStringLiteral("Cookies"), 5}};
    Manifest manifest;
    manifest.contentVersion = QStringLiteral("0123456789abcdef");
    manifest.documents = {faq, privacy};
    return manifest;
}

const QStringList kAllDocuments{QStringLiteral("security-faq"), QStringLiteral("privacy")};
const QString kGdpr = QStringLiteral("security-faq/is-gitpod-gdpr-compliant");

// A file as this version writes it, with one line replaceable to break it in one way.
QByteArray iniFile(const QByteArray &replace = {}, const QByteArray &with = {})
{
    QByteArray ini = "[window]\n"
                     "geometry=@ByteArray(geo)\n"
                     "splitter=@ByteArray(split)\n"
                     "\n[tree]\n"
                     "expandedDocuments=privacy\n"
                     "\n[view]\n"
                     "zoomFactor=1.5\n"
                     "theme=dark\n"
                     "\n[reading]\n"
                     "lastSection=security-faq/is-gitpod-gdpr-compliant\n";
    if (!replace.isEmpty())
        ini.replace(replace, with);
    return ini;
}

const QRegularExpression kDamagedWarning(QStringLiteral("settings file .* was damaged"));

} // namespace

class TestViewerSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void load_missingFile_givesDefaultsAndNoBackup();
    void load_file_givesCheckedValuesAndBacksUpBrokenOnes_data();
    void load_file_givesCheckedValuesAndBacksUpBrokenOnes();
    void load_brokenTwiceInOneSecond_keepsBothBackups();
    void load_oversizedFile_isMovedAsideNotCopied();
    void load_notARegularFile_givesDefaultsAndLeavesItAlone_data();
    void load_notARegularFile_givesDefaultsAndLeavesItAlone();
    void load_folders_keepsAbsoluteOnesAndBacksUpOthers_data();
    void load_folders_keepsAbsoluteOnesAndBacksUpOthers();
    void save_thenLoad_roundTrips_data();
    void save_thenLoad_roundTrips();
    void save_afterBrokenLoad_writesCleanFileAndKeepsBackup();
    void save_intoMissingFolder_createsIt();
    void save_withoutLoad_stillBacksUpBrokenFile();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("trustbook.conf")); }
    QStringList backups() const
    {
        return QDir(m_dir->path())
            .entryList({QStringLiteral("trustbook.conf.broken-*")}, QDir::Files, QDir::Name);
    }

    ContentCatalog m_catalog{fixtureManifest()};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestViewerSettings::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestViewerSettings::load_missingFile_givesDefaultsAndNoBackup()
{
    ViewerSettings settings(settingsPath(), m_catalog);
    const ViewerSettings::State state = settings.load();

    QCOMPARE(state.expandedDocuments, kAllDocuments);
    QCOMPARE(state.zoomFactor, 1.0);
    QCOMPARE(state.theme, ViewerSettings::Theme::System);
    QVERIFY(!state.lastSection.isValid());
    QVERIFY(state.geometry.isEmpty());
    QVERIFY(settings.backupPath().isEmpty());
    QVERIFY(!QFile::exists(settingsPath())); // loading writes nothing
}

void TestViewerSettings::load_file_givesCheckedValuesAndBacksUpBrokenOnes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("geometry");
    QTest::addColumn<QStringList>("expanded");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<ViewerSettings::Theme>("theme");
    QTest::addColumn<QString>("lastSection");
    QTest::addColumn<bool>("backedUp");

    using Theme = ViewerSettings::Theme;
    const QByteArray geo("geo");
    const QStringList privacy{QStringLiteral("privacy")};

    QTest::newRow("valid file") << iniFile() << geo << privacy << 1.5 << Theme::Dark << kGdpr
                                << false;
    QTest::newRow("empty file") << QByteArray() << QByteArray() << kAllDocuments << 1.0
                                << Theme::System << QString() << false;
    QTest::newRow("zoom out of range is clamped")
        << iniFile("zoomFactor=1.5", "zoomFactor=50") << geo << privacy << 5.0 << Theme::Dark
        << kGdpr << false;
    QTest::newRow("document top as last section")
        << iniFile(kGdpr.toUtf8(), "privacy") << geo << privacy << 1.5 << Theme::Dark
        << QStringLiteral("privacy") << false;
    QTest::newRow("junk bytes") << QByteArray("\x00\xff\xfe[[\x01=\x80\x00\n=\n[]]\x7f", 15)
                                << QByteArray() << kAllDocuments << 1.0 << Theme::System
                                << QString() << true;
    QTest::newRow("wrong types")
        << QByteArray("[window]\ngeometry=a plain string\nsplitter=@Rect(1 2 3 4)\n"
                      "[tree]\nexpandedDocuments=@Size(1 2)\n"
                      "[view]\nzoomFactor=@ByteArray(2)\ntheme=@Point(1 2)\n"
                      "[reading]\nlastSection=@Point(1 2)\n")
        << QByteArray() << kAllDocuments << 1.0 << Theme::System << QString() << true;
    // Not even the good keys are used: the file was not written by us.
    QTest::newRow("serialized object")
        << iniFile("zoomFactor=1.5", "zoomFactor=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x3)")
        << QByteArray() << kAllDocuments << 1.0 << Theme::System << QString() << true;
    QTest::newRow("unknown section") << iniFile(kGdpr.toUtf8(), "security-faq/is-this-a-question")
                                     << geo << privacy << 1.5 << Theme::Dark << QString() << true;
    QTest::newRow("unknown document") << iniFile(kGdpr.toUtf8(), "../../etc/passwd") << geo
                                      << privacy << 1.5 << Theme::Dark << QString() << true;
    QTest::newRow("unknown document expanded")
        << iniFile("expandedDocuments=privacy", "expandedDocuments=privacy, gone") << geo
        << kAllDocuments << 1.5 << Theme::Dark << kGdpr << true;
    QTest::newRow("NaN zoom") << iniFile("zoomFactor=1.5", "zoomFactor=nan") << geo << privacy
                              << 1.0 << Theme::Dark << kGdpr << true;
    QTest::newRow("infinite zoom") << iniFile("zoomFactor=1.5", "zoomFactor=-inf") << geo << privacy
                                   << 1.0 << Theme::Dark << kGdpr << true;
    QTest::newRow("zoom not a number") << iniFile("zoomFactor=1.5", "zoomFactor=big") << geo
                                       << privacy << 1.0 << Theme::Dark << kGdpr << true;
    QTest::newRow("unknown theme") << iniFile("theme=dark", "theme=purple") << geo << privacy << 1.5
                                   << Theme::System << kGdpr << true;
    QTest::newRow("unknown key") << iniFile() + "[other]\nkey=1\n"
                                 << geo << privacy << 1.5 << Theme::Dark << kGdpr << true;
    // QSettings reports a FormatError yet still hands out the keys it could read.
    QTest::newRow("broken group header")
        << iniFile("[view]", "[view") << geo << privacy << 1.5 << Theme::Dark << kGdpr << true;
}

void TestViewerSettings::load_file_givesCheckedValuesAndBacksUpBrokenOnes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, geometry);
    QFETCH(QStringList, expanded);
    QFETCH(double, zoom);
    QFETCH(ViewerSettings::Theme, theme);
    QFETCH(QString, lastSection);
    QFETCH(bool, backedUp);
    QVERIFY(writeFile(settingsPath(), bytes));
    if (backedUp)
        QTest::ignoreMessage(QtWarningMsg, kDamagedWarning);

    ViewerSettings settings(settingsPath(), m_catalog);
    const ViewerSettings::State state = settings.load();

    QCOMPARE(state.geometry, geometry);
    QCOMPARE(state.expandedDocuments, expanded);
    QCOMPARE(state.zoomFactor, zoom);
    QCOMPARE(state.theme, theme);
    QCOMPARE(state.lastSection, m_catalog.find(lastSection));
    QCOMPARE(backups().size(), backedUp ? 1 : 0);
    QCOMPARE(settings.backupPath().isEmpty(), !backedUp);
    if (backedUp)
        QCOMPARE(readFile(settings.backupPath()), bytes);
    QCOMPARE(readFile(settingsPath()), bytes); // loading never writes
}

// A 2 GB file was copied, 2 GB more on disk, on every start; now it is renamed aside once.
void TestViewerSettings::load_oversizedFile_isMovedAsideNotCopied()
{
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(iniFile()) > 0);
    QVERIFY(file.resize(ViewerSettings::kMaxFileSize + 1)); // sparse: no disk spent
    file.close();
    struct stat before = {};
    QCOMPARE(::stat(QFile::encodeName(settingsPath()).constData(), &before), 0);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("settings file .* was damaged; moved")));

    ViewerSettings settings(settingsPath(), m_catalog);
    const ViewerSettings::State state = settings.load();

    QCOMPARE(state.zoomFactor, 1.0);
    QCOMPARE(state.expandedDocuments, kAllDocuments);
    QVERIFY(!QFile::exists(settingsPath()));
    QCOMPARE(backups().size(), 1);
    struct stat after = {};
    QCOMPARE(::stat(QFile::encodeName(settings.backupPath()).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino); // the same file, not a copy
    QCOMPARE(after.st_size, before.st_size);
    QVERIFY(settings.save(state));
    QCOMPARE(ViewerSettings(settingsPath(), m_catalog).load().zoomFactor, 1.0);
}

void TestViewerSettings::load_brokenTwiceInOneSecond_keepsBothBackups()
{
    const QByteArray first = iniFile("theme=dark", "theme=first");
    const QByteArray second = iniFile("theme=dark", "theme=second");
    ViewerSettings settings(settingsPath(), m_catalog);

    QVERIFY(writeFile(settingsPath(), first));
    QTest::ignoreMessage(QtWarningMsg, kDamagedWarning);
    settings.load();
    const QString firstBackup = settings.backupPath();
    QVERIFY(writeFile(settingsPath(), second));
    QTest::ignoreMessage(QtWarningMsg, kDamagedWarning);
    settings.load();

    QCOMPARE(backups().size(), 2);
    QVERIFY(settings.backupPath() != firstBackup);
    QCOMPARE(readFile(firstBackup), first);
    QCOMPARE(readFile(settings.backupPath()), second);
}

void TestViewerSettings::load_notARegularFile_givesDefaultsAndLeavesItAlone_data()
{
    QTest::addColumn<bool>("fifo");

    QTest::newRow("folder") << false;
    QTest::newRow("FIFO") << true; // opening it for reading would wait for a writer for ever
}

void TestViewerSettings::load_notARegularFile_givesDefaultsAndLeavesItAlone()
{
    QFETCH(bool, fifo);
    const QByteArray path = QFile::encodeName(settingsPath());
    QVERIFY(fifo ? ::mkfifo(path.constData(), 0600) == 0 : QDir().mkdir(settingsPath()));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("is not a settings file")));
    ViewerSettings settings(settingsPath(), m_catalog);

    QCOMPARE(settings.load().zoomFactor, 1.0);
    QVERIFY(!settings.save(ViewerSettings::State{}));

    QVERIFY(backups().isEmpty());
    const QFileInfo info(settingsPath());
    QVERIFY(fifo ? !info.isFile() && info.exists() : info.isDir());
}

void TestViewerSettings::load_folders_keepsAbsoluteOnesAndBacksUpOthers_data()
{
    QTest::addColumn<QByteArray>("folders");
    QTest::addColumn<QString>("exportFolder");
    QTest::addColumn<QString>("questionnaireFolder");
    QTest::addColumn<bool>("backedUp");

    QTest::newRow("both absolute")
        << QByteArray("export=/srv/evidence\nquestionnaire=/tmp/q\n")
        << QStringLiteral("/srv/evidence") << QStringLiteral("/tmp/q") << false;
    QTest::newRow("folder that no longer exists is kept")
        << QByteArray("export=/no/such/folder\n") << QStringLiteral("/no/such/folder") << QString()
        << false;
    QTest::newRow("empty") << QByteArray("export=\n") << QString() << QString() << false;
    QTest::newRow("relative") << QByteArray("export=evidence\nquestionnaire=/tmp/q\n") << QString()
                              << QStringLiteral("/tmp/q") << true;
    QTest::newRow("a list") << QByteArray("questionnaire=/a, /b\n") << QString() << QString()
                            << true;
}

// The file choosers' folders live in the one settings file, checked like everything else.
void TestViewerSettings::load_folders_keepsAbsoluteOnesAndBacksUpOthers()
{
    QFETCH(QByteArray, folders);
    QFETCH(QString, exportFolder);
    QFETCH(QString, questionnaireFolder);
    QFETCH(bool, backedUp);
    QVERIFY(writeFile(settingsPath(), iniFile() + "\n[folders]\n" + folders));
    if (backedUp)
        QTest::ignoreMessage(QtWarningMsg, kDamagedWarning);

    ViewerSettings settings(settingsPath(), m_catalog);
    const ViewerSettings::State state = settings.load();

    QCOMPARE(state.exportFolder, exportFolder);
    QCOMPARE(state.questionnaireFolder, questionnaireFolder);
    QCOMPARE(!settings.backupPath().isEmpty(), backedUp);
    QCOMPARE(state.zoomFactor, 1.5); // the rest of the file still counts
}

void TestViewerSettings::save_thenLoad_roundTrips_data()
{
    QTest::addColumn<QStringList>("expanded");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<ViewerSettings::Theme>("theme");
    QTest::addColumn<QString>("lastSection");

    QTest::newRow("everything set")
        << kAllDocuments << 2.25 << ViewerSettings::Theme::Light << kGdpr;
    QTest::newRow("one document expanded")
        << QStringList{QStringLiteral("privacy")} << 0.5 << ViewerSettings::Theme::Dark
        << QStringLiteral("privacy/cookies");
    QTest::newRow("nothing expanded, no section")
        << QStringList() << 1.0 << ViewerSettings::Theme::System << QString();
    QTest::newRow("document top") << kAllDocuments << 1.1 << ViewerSettings::Theme::System
                                  << QStringLiteral("security-faq");
}

void TestViewerSettings::save_thenLoad_roundTrips()
{
    QFETCH(QStringList, expanded);
    QFETCH(double, zoom);
    QFETCH(ViewerSettings::Theme, theme);
    QFETCH(QString, lastSection);
    ViewerSettings::State saved;
    saved.geometry = QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff", 9);
    saved.splitterState = QByteArray("\x00\x00\x00\xff\x00", 5);
    saved.expandedDocuments = expanded;
    saved.zoomFactor = zoom;
    saved.theme = theme;
    saved.lastSection = m_catalog.find(lastSection);
    saved.exportFolder = QStringLiteral("/srv/evidence for auditors");
    saved.questionnaireFolder = QStringLiteral("/home/ada/Questionnaires");

    QVERIFY(ViewerSettings(settingsPath(), m_catalog).save(saved));
    ViewerSettings settings(settingsPath(), m_catalog);
    const ViewerSettings::State loaded = settings.load();

    QCOMPARE(loaded.geometry, saved.geometry);
    QCOMPARE(loaded.splitterState, saved.splitterState);
    QCOMPARE(loaded.expandedDocuments, expanded);
    QCOMPARE(loaded.zoomFactor, zoom);
    QCOMPARE(loaded.theme, theme);
    QCOMPARE(loaded.lastSection, saved.lastSection);
    QCOMPARE(loaded.exportFolder, saved.exportFolder);
    QCOMPARE(loaded.questionnaireFolder, saved.questionnaireFolder);
    QVERIFY(settings.backupPath().isEmpty());
}

void TestViewerSettings::save_afterBrokenLoad_writesCleanFileAndKeepsBackup()
{
    const QByteArray broken = iniFile("zoomFactor=1.5", "zoomFactor=nan\n\x01\x02=[junk");
    QVERIFY(writeFile(settingsPath(), broken));
    ViewerSettings settings(settingsPath(), m_catalog);
    QTest::ignoreMessage(QtWarningMsg, kDamagedWarning);
    ViewerSettings::State state = settings.load();
    const QString backup = settings.backupPath();
    state.zoomFactor = 3.0;

    QVERIFY(settings.save(state));
    const ViewerSettings::State reloaded = settings.load();

    QCOMPARE(reloaded.zoomFactor, 3.0);
    QCOMPARE(reloaded.lastSection, m_catalog.find(kGdpr));
    QVERIFY(settings.backupPath().isEmpty()); // the new file is clean
    QVERIFY(!readFile(settingsPath()).contains("junk"));
    QCOMPARE(readFile(backup), broken);
}

void TestViewerSettings::save_intoMissingFolder_createsIt()
{
    const QString path = m_dir->filePath(QStringLiteral("config/trustbook/trustbook.conf"));
    ViewerSettings::State state;
    state.zoomFactor = 1.25;

    QVERIFY(ViewerSettings(path, m_catalog).save(state));

    QCOMPARE(ViewerSettings(path, m_catalog).load().zoomFactor, 1.25);
}

void TestViewerSettings::save_withoutLoad_stillBacksUpBrokenFile()
{
    const QByteArray broken = iniFile("theme=dark", "theme=\x01\x02");
    QVERIFY(writeFile(settingsPath(), broken));
    ViewerSettings settings(settingsPath(), m_catalog);
    QTest::ignoreMessage(QtWarningMsg, kDamagedWarning);

    QVERIFY(settings.save(ViewerSettings::State{}));

    QCOMPARE(backups().size(), 1);
    QCOMPARE(readFile(settings.backupPath()), broken);
}

QTEST_GUILESS_MAIN(TestViewerSettings)
#include "tst_viewersettings.moc"
