// File > Export to PDF as a person uses it: the real window, tree and content, offscreen.
#include "contentcatalog.h"
#include "fixturecontent.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "pdfexportcontroller.h"
#include "pdfexportdialog.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPdfDocument>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <csignal>

namespace {
const QStringList kChosen{FixtureContent::kGdprTitle, FixtureContent::kIsolationTitle,
                          FixtureContent::kInfrastructureTitle};
} // namespace

class TestPdfExportController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void action_isInFileMenuAndTreeMenuWithShortcut();
    void threeSelectedSections_exportThoseThree();
    void failure_showsMessageNamingPath();
    void cancel_writesNothingAndSaysSo();
    void dyingExportChild_isReportedAndTheWindowLivesOn();

private:
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    void ctrlClickTitle(const QString &title, Qt::KeyboardModifiers modifiers);
    PdfExportDialog *openDialog();
    PdfExportResult exportVia(PdfExportDialog *dialog, const QString &path);

    WindowTest::Fixture m_fixture;
    MainWindow *m_window = nullptr; // the fixture's
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPdfExportController::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QStandardPaths::setTestModeEnabled(true); // the remembered folder goes to a test config
    QVERIFY(m_fixture.load());
}

void TestPdfExportController::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_fixture.open());
    m_window = m_fixture.window();
}

void TestPdfExportController::cleanup()
{
    m_fixture.close();
    m_dir.reset();
}

void TestPdfExportController::ctrlClickTitle(const QString &title, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = WindowTest::indexOfTitle(tree(), title);
    QVERIFY2(index.isValid(), qPrintable(title));
    tree()->scrollTo(index);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, modifiers,
                      tree()->visualRect(index).center());
}

PdfExportDialog *TestPdfExportController::openDialog()
{
    m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    PdfExportDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<PdfExportDialog *>()); }))
        qWarning("the export dialog did not open");
    return dialog;
}

PdfExportResult TestPdfExportController::exportVia(PdfExportDialog *dialog, const QString &path)
{
    auto *controller = m_window->findChild<PdfExportController *>();
    QSignalSpy finished(controller, &PdfExportController::exportFinished);
    dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(path);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    if (!finished.wait(90000))
        return PdfExportResult::failure(QStringLiteral("no answer within 90 s"));
    return WebTest::signalArgument<PdfExportResult>(finished.first().first());
}

void TestPdfExportController::action_isInFileMenuAndTreeMenuWithShortcut()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(action));
    QVERIFY(m_window->createTreeMenu({0, 0})->actions().contains(action));
}

void TestPdfExportController::threeSelectedSections_exportThoseThree()
{
    ctrlClickTitle(kChosen.at(0), Qt::NoModifier);
    ctrlClickTitle(kChosen.at(1), Qt::ControlModifier);
    ctrlClickTitle(kChosen.at(2), Qt::ControlModifier);
    QCOMPARE(tree()->selectionModel()->selectedRows().size(), 3);

    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), PdfExportDialog::Scope::SelectedSections);
    const QString path = m_dir->filePath(QStringLiteral("three.pdf"));
    const PdfExportResult result = exportVia(dialog, path);
    QVERIFY2(result, qPrintable(result.error()));

    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text();
    for (const QString &title : kChosen)
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(
        QStringLiteral("Sections included: 3 of %1").arg(FixtureContent::kSectionCount)));
    QVERIFY(!text.contains(FixtureContent::kHipaaTitle));
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(path));
}

void TestPdfExportController::failure_showsMessageNamingPath()
{
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir->filePath(QStringLiteral("missing/out.pdf"));
    const PdfExportResult result = exportVia(dialog, path);
    QVERIFY(!result);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()));
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    box->close();
}

void TestPdfExportController::cancel_writesNothingAndSaysSo()
{
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *controller = m_window->findChild<PdfExportController *>();
    QSignalSpy finished(controller, &PdfExportController::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"))->setText(path);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    auto *progress = m_window->findChild<QProgressDialog *>();
    QVERIFY(progress);
    progress->findChild<QPushButton *>()->click(); // its Cancel button
    QVERIFY(!finished.isEmpty() || finished.wait(90000));
    QVERIFY(!WebTest::signalArgument<PdfExportResult>(finished.first().first()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    QVERIFY(!m_window->findChild<QMessageBox *>());
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->isEnabled());
}

// Chromium dying mid-export (out of memory, a sandbox failure) once crashed the window with it.
void TestPdfExportController::dyingExportChild_isReportedAndTheWindowLivesOn()
{
    auto *exporter = m_window->findChild<PdfExportController *>()->findChild<PdfExportProcess *>();
    QVERIFY(exporter);
    int killed = 0;
    const QMetaObject::Connection killer =
        connect(exporter, &PdfExportProcess::childStarted, this, [&] {
            killed += ::kill(static_cast<pid_t>(exporter->childProcessId()), SIGKILL) == 0;
        });
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir->filePath(QStringLiteral("evidence.pdf"));
    const PdfExportResult result = exportVia(dialog, path);
    QVERIFY(!result);
    QCOMPARE(killed, 2); // tried once more
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()));
    QVERIFY2(box->text().contains(path) &&
                 box->text().contains(QStringLiteral("the page renderer stopped while printing")),
             qPrintable(box->text()));
    QVERIFY(!QFile::exists(path));
    box->close();

    disconnect(killer);
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->isEnabled());
    PdfExportDialog *again = openDialog();
    QVERIFY(again);
    const PdfExportResult next = exportVia(again, path);
    QVERIFY2(next, qPrintable(next.error()));
    QVERIFY(QFile::exists(path));
}

TRUSTBOOK_WEB_TEST_MAIN(TestPdfExportController)
#include "tst_pdfexportcontroller.moc"
