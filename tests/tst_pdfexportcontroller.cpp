// File > Export to PDF as a person uses it: the real window, tree and content, offscreen.
#include "contentcatalog.h"
#include "fixturecontent.h"
#include "helpprofile.h"
#include "helpview.h"
#include "mainwindow.h"
#include "pagecolour.h"
#include "pdfexportcontroller.h"
#include "pdfexportdialog.h"
#include "scratchfiles.h"
#include "webtestsupport.h"
#include "windowtestsupport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
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
    void unwritableTarget_keepsDialogAndChoicesNamingPath();
    void cancel_writesNothingAndSaysSo();
    void darkTheme_exportsInPrintColours();
    void existingFile_typedPath_asksBeforeReplacing();
    void freshHome_makesDocumentsFolderAndExports();
    void scopeChange_suggestsThatScopesFileName();
    void enterAfterChoose_exports();
    void preparedFor_stampsEveryPage();
    void dyingExportChild_isReportedAndTheWindowLivesOn();

private:
    QTreeView *tree() const
    {
        return m_window->findChild<QTreeView *>(QStringLiteral("sectionTree"));
    }
    void ctrlClickTitle(const QString &title, Qt::KeyboardModifiers modifiers);
    PdfExportDialog *openDialog();
    PdfExportResult exportVia(PdfExportDialog *dialog, const QString &path);
    static QLineEdit *fileEdit(PdfExportDialog *dialog)
    {
        return dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    }
    static void clickExport(PdfExportDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

    WindowTest::Fixture m_fixture;
    MainWindow *m_window = nullptr; // the fixture's
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPdfExportController::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
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
    fileEdit(dialog)->setText(path);
    clickExport(dialog);
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

// Defect: a folder that cannot take the file closed the dialog with an error, and its choices
// were lost. Now the dialog says what is wrong and stays as the user left it.
void TestPdfExportController::unwritableTarget_keepsDialogAndChoicesNamingPath()
{
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(QStringLiteral("allContentButton"))->click();
    const QString path = m_dir->filePath(QStringLiteral("missing/out.pdf"));
    fileEdit(dialog)->setText(path);
    clickExport(dialog);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()));
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    box->close();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->scope(), PdfExportDialog::Scope::AllContent);
    QCOMPARE(dialog->filePath(), path);
}

void TestPdfExportController::cancel_writesNothingAndSaysSo()
{
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *controller = m_window->findChild<PdfExportController *>();
    QSignalSpy finished(controller, &PdfExportController::exportFinished);
    const QString path = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    fileEdit(dialog)->setText(path);
    clickExport(dialog);
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

// Defect: in View > Theme > Dark the export came out in the screen's dark colours.
void TestPdfExportController::darkTheme_exportsInPrintColours()
{
    m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir->filePath(QStringLiteral("dark.pdf"));
    const PdfExportResult result = exportVia(dialog, path);
    QVERIFY2(result, qPrintable(result.error()));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    for (int page = 0; page < pdf.pageCount(); ++page)
        QVERIFY2(PageColour::darkShare(pdf, page) < 0.05,
                 qPrintable(QString::number(PageColour::darkShare(pdf, page))));
}

// Defect: a path typed to an existing file was overwritten without asking.
void TestPdfExportController::existingFile_typedPath_asksBeforeReplacing()
{
    const QString path = m_dir->filePath(QStringLiteral("kept.pdf"));
    QVERIFY(ScratchFiles::put(path, "an earlier export\n"));
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *controller = m_window->findChild<PdfExportController *>();
    QSignalSpy finished(controller, &PdfExportController::exportFinished);
    fileEdit(dialog)->setText(path);
    clickExport(dialog);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()));
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(ScratchFiles::contents(path), QByteArray("an earlier export\n"));
    QVERIFY(finished.isEmpty());

    clickExport(dialog);
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>()));
    QPushButton *replace = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            replace = qobject_cast<QPushButton *>(button);
    QVERIFY(replace);
    replace->click();
    QVERIFY(finished.wait(90000));
    QVERIFY(WebTest::signalArgument<PdfExportResult>(finished.first().first()));
    QVERIFY(ScratchFiles::contents(path).startsWith("%PDF-"));
}

// Defect: on a fresh home the default ~/Documents did not exist and the first export failed.
void TestPdfExportController::freshHome_makesDocumentsFolderAndExports()
{
    const QByteArray home = qgetenv("HOME");
    const auto restoreHome = qScopeGuard([home] { qputenv("HOME", home); });
    qputenv("HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("home"))));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY2(documents.startsWith(m_dir->path()) && !QFileInfo::exists(documents),
             qPrintable(documents));
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(QFileInfo(dialog->filePath()).absolutePath(), documents);
    auto *controller = m_window->findChild<PdfExportController *>();
    QSignalSpy finished(controller, &PdfExportController::exportFinished);
    clickExport(dialog);
    QVERIFY(finished.wait(90000));
    const auto &result = WebTest::signalArgument<PdfExportResult>(finished.first().first());
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(QFileInfo(result->filePath).absolutePath(), documents);
}

// Defect: choosing "All content" kept the single question's file name.
void TestPdfExportController::scopeChange_suggestsThatScopesFileName()
{
    const QModelIndex gdpr = WindowTest::indexOfTitle(tree(), FixtureContent::kGdprTitle);
    tree()->setCurrentIndex(gdpr);
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), PdfExportDialog::Scope::CurrentSection);
    const QString folder = QFileInfo(dialog->filePath()).absolutePath();
    QCOMPARE(QFileInfo(dialog->filePath()).fileName(),
             QString(FixtureContent::kGdpr).replace(QLatin1Char('/'), QLatin1Char('-')) +
                 QLatin1String(".pdf"));
    dialog->findChild<QRadioButton *>(QStringLiteral("allContentButton"))->click();
    QCOMPARE(dialog->filePath(), folder + QStringLiteral("/trustbook.pdf"));
    dialog->findChild<QRadioButton *>(QStringLiteral("currentDocumentButton"))->click();
    QCOMPARE(dialog->filePath(), folder + QStringLiteral("/handbook.pdf"));
    // A name the user typed is theirs.
    fileEdit(dialog)->setText(folder + QStringLiteral("/for-the-auditor.pdf"));
    dialog->findChild<QRadioButton *>(QStringLiteral("allContentButton"))->click();
    QCOMPARE(dialog->filePath(), folder + QStringLiteral("/for-the-auditor.pdf"));
    dialog->reject();
}

// Defect: after Choose…, Enter opened the file chooser again instead of exporting.
void TestPdfExportController::enterAfterChoose_exports()
{
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir->filePath(QStringLiteral("chosen.pdf"));
    int choosers = 0;
    // The chooser runs its own event loop: answer it from inside.
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *chooser = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        // Answered once active, as a reader sees it. Its name field has the focus then, and
        // selectFile() leaves a focused field as it is: it failed so under load.
        if (!chooser || !chooser->isActiveWindow())
            return;
        ++choosers;
        if (QWidget *focused = chooser->focusWidget())
            focused->clearFocus();
        chooser->selectFile(path);
        QMetaObject::invokeMethod(chooser, "accept");
    });
    answer.start(20);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("chooseFileButton")),
                      Qt::LeftButton);
    QCOMPARE(choosers, 1);
    QCOMPARE(dialog->filePath(), path);
    auto *controller = m_window->findChild<PdfExportController *>();
    QSignalSpy finished(controller, &PdfExportController::exportFinished);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                    Qt::Key_Return);
    QVERIFY(finished.wait(90000));
    answer.stop();
    QCOMPARE(choosers, 1);
    QVERIFY(WebTest::signalArgument<PdfExportResult>(finished.first().first()));
    QVERIFY(ScratchFiles::contents(path).startsWith("%PDF-"));
}

void TestPdfExportController::preparedFor_stampsEveryPage()
{
    PdfExportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QRadioButton *>(QStringLiteral("allContentButton"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("preparedForEdit"))
        ->setText(QStringLiteral("Acme Corp"));
    const QString path = m_dir->filePath(QStringLiteral("acme.pdf"));
    const PdfExportResult result = exportVia(dialog, path);
    QVERIFY2(result, qPrintable(result.error()));
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    QVERIFY(pdf.pageCount() > 1);
    for (int page = 0; page < pdf.pageCount(); ++page)
        QVERIFY(pdf.getAllText(page).text().contains(QStringLiteral("Prepared for Acme Corp · ")));
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
