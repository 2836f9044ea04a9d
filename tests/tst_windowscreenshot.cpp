// --screenshot as the app runs it: the real window and web view, offscreen; the PNG is read
// back and looked at.
#include "paintcheck.h"
#include "windowscreenshot.h"
#include "windowtestsupport.h"

#include "fixturecontent.h"

#include <QFileInfo>
#include <QImageReader>
#include <QTemporaryDir>

namespace {

const QByteArray kGoodFile = QByteArrayLiteral("an earlier screenshot the user keeps");

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestWindowScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void start_savesPaintedWindowOnceAndSaysWhere();
    void start_atSection_showsThePageScrolledThere();
    void start_badTarget_failsAndLeavesFolderAsItWas_data();
    void start_badTarget_failsAndLeavesFolderAsItWas();
    void start_symlinkTarget_failsLeavingLinkAndFileAlone();

private:
    // Takes the shot the way main() does: set up before the first page has loaded. A new
    // window at `section` (empty: the first document); the shot's exit code.
    int shoot(const QString &path, const QString &section = {});

    WindowTest::Fixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowScreenshot::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QVERIFY(m_fixture.load());
}

void TestWindowScreenshot::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestWindowScreenshot::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

int TestWindowScreenshot::shoot(const QString &path, const QString &section)
{
    m_window = m_fixture.create();
    m_window->resize(1100, 700);
    WindowScreenshot shot(m_window.get(), path);
    QSignalSpy finished(&shot, &WindowScreenshot::finished);
    m_window->showSection(m_fixture.catalog().find(section));
    m_window->show();
    shot.start();
    if (!finished.wait(30000))
        return -1;
    return finished.first().first().toInt();
}

void TestWindowScreenshot::start_savesPaintedWindowOnceAndSaysWhere()
{
    const QString path = m_dir->filePath(QStringLiteral("shot.png"));
    QVERIFY(QFile(path).open(QIODevice::WriteOnly)); // an older shot, to be replaced

    QCOMPARE(shoot(path), 0);

    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    // The page area shows the page, not the flat colour Chromium paints first.
    const QWidget *view = m_window->helpView();
    const QRect page(view->mapTo(m_window.get(), QPoint(0, 0)), view->size());
    QVERIFY(!PaintCheck::isBlank(image.copy(page)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("shot.png")});
}

// The first paint could come before the scroll to the section: the README's picture showed
// the top of the document on one run and the section on the next.
void TestWindowScreenshot::start_atSection_showsThePageScrolledThere()
{
    const QString path = m_dir->filePath(QStringLiteral("shot.png"));
    QCOMPARE(shoot(path, FixtureContent::kGdpr), 0);

    HelpView *view = m_window->helpView();
    const QString inView =
        QStringLiteral(
            "(function () { const r = document.getElementById(%1).getBoundingClientRect();"
            " return r.top >= 0 && r.top < 40; })()")
            .arg(WebTest::jsString(FixtureContent::sectionId(FixtureContent::kGdpr)));
    QTRY_VERIFY(WebTest::evaluate(view->page(), inView).toBool());
    const QRect page(view->mapTo(m_window.get(), QPoint(0, 0)), view->size());
    QTRY_COMPARE(QImage(path).copy(page),
                 view->grab().toImage().convertToFormat(QImage(path).format()));
}

void TestWindowScreenshot::start_badTarget_failsAndLeavesFolderAsItWas_data()
{
    QTest::addColumn<QString>("target"); // relative to the test folder
    QTest::newRow("missing folder") << QStringLiteral("missing/shot.png");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestWindowScreenshot::start_badTarget_failsAndLeavesFolderAsItWas()
{
    QFETCH(QString, target);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder")));
    const QString good = m_dir->filePath(QStringLiteral("good.png"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kGoodFile) == kGoodFile.size());
    file.close();

    QCOMPARE(shoot(m_dir->filePath(target)), 1);

    QCOMPARE(readBytes(good), kGoodFile);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("folder"), QStringLiteral("good.png")}));
}

// QSaveFile follows a link: the picture replaced the file the link pointed to.
void TestWindowScreenshot::start_symlinkTarget_failsLeavingLinkAndFileAlone()
{
    const QString good = m_dir->filePath(QStringLiteral("good.png"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kGoodFile) == kGoodFile.size());
    file.close();
    const QString link = m_dir->filePath(QStringLiteral("link.png"));
    QVERIFY(QFile::link(good, link));

    QCOMPARE(shoot(link), 1);

    QCOMPARE(readBytes(good), kGoodFile);
    QCOMPARE(QFileInfo(link).symLinkTarget(), good);
}

TRUSTBOOK_WEB_TEST_MAIN(TestWindowScreenshot)
#include "tst_windowscreenshot.moc"
