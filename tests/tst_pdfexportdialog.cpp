#include "mnemonics.h"
#include "pdfexportdialog.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(PdfExportDialog::Scope)
Q_DECLARE_METATYPE(PdfExportDialog::Purpose)

class TestPdfExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pageSize_followsLocale_data();
    void pageSize_followsLocale();
    void scope_prefersNarrowestOffered_data();
    void scope_prefersNarrowestOffered();
    void accept_remembersFolderForNextDialog();
    void rememberedFolderGone_startsInDocuments();
    void fileWithoutSuffix_getsPdf();
    void typedName_landsInTheOfferedFolder_data();
    void typedName_landsInTheOfferedFolder();
    void landscape_givesLandscapeLayout();
    void buttons_speakTheAppsLanguage_data();
    void buttons_speakTheAppsLanguage();
    void mnemonics_eachLeadsToOnePlace_data();
    void mnemonics_eachLeadsToOnePlace();

private:
    QLineEdit *fileEdit(PdfExportDialog &dialog) const
    {
        return dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    }
    static PdfExportDialog::Offer offer(bool currentSection, int selected, bool currentDocument,
                                        const QString &fileName)
    {
        PdfExportDialog::Offer offer;
        offer.currentSection = currentSection;
        offer.selectedSections = selected;
        offer.currentDocument = currentDocument;
        offer.suggestedFileName = fileName;
        return offer;
    }
    PdfExportDialog::Offer sectionOffer() const
    {
        return offer(true, 1, true, QStringLiteral("a.pdf"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_stored; // what the window's settings would keep: the last export's folder
    RememberedFolder m_folder{&m_stored};
};

void TestPdfExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_stored.clear();
}

void TestPdfExportDialog::pageSize_followsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("United States") << QStringLiteral("en_US") << QStringLiteral("Letter");
    QTest::newRow("Canada, English") << QStringLiteral("en_CA") << QStringLiteral("Letter");
    QTest::newRow("Canada, French") << QStringLiteral("fr_CA") << QStringLiteral("Letter");
    QTest::newRow("Germany") << QStringLiteral("de_DE") << QStringLiteral("A4");
    QTest::newRow("United Kingdom") << QStringLiteral("en_GB") << QStringLiteral("A4");
}

void TestPdfExportDialog::pageSize_followsLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, pageSize);
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(locale));
    QCOMPARE(dialog.pageLayout().pageSize().key(), pageSize);
    QCOMPARE(dialog.pageLayout().orientation(), QPageLayout::Portrait);
}

void TestPdfExportDialog::scope_prefersNarrowestOffered_data()
{
    using S = PdfExportDialog::Scope;
    QTest::addColumn<bool>("currentSection");
    QTest::addColumn<int>("selected");
    QTest::addColumn<bool>("currentDocument");
    QTest::addColumn<S>("scope");
    QTest::newRow("several selected") << true << 3 << true << S::SelectedSections;
    QTest::newRow("reading a section") << true << 1 << true << S::CurrentSection;
    QTest::newRow("document top") << false << 1 << true << S::CurrentDocument;
    QTest::newRow("nothing current") << false << 0 << false << S::AllContent;
}

void TestPdfExportDialog::scope_prefersNarrowestOffered()
{
    QFETCH(bool, currentSection);
    QFETCH(int, selected);
    QFETCH(bool, currentDocument);
    QFETCH(PdfExportDialog::Scope, scope);
    PdfExportDialog dialog(
        offer(currentSection, selected, currentDocument, QStringLiteral("a.pdf")), m_folder,
        QLocale(QLocale::German));
    QCOMPARE(dialog.scope(), scope);
}

void TestPdfExportDialog::accept_remembersFolderForNextDialog()
{
    const QString folder = m_dir->filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(folder));
    {
        PdfExportDialog first(sectionOffer(), m_folder, QLocale(QLocale::German));
        fileEdit(first)->setText(folder + QStringLiteral("/first.pdf"));
        first.accept();
        QCOMPARE(first.result(), int(QDialog::Accepted));
    }
    PdfExportDialog second(offer(true, 1, true, QStringLiteral("second.pdf")), m_folder,
                           QLocale(QLocale::German));
    QCOMPARE(second.filePath(), folder + QStringLiteral("/second.pdf"));
}

void TestPdfExportDialog::rememberedFolderGone_startsInDocuments()
{
    m_stored = m_dir->filePath(QStringLiteral("gone"));
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(QLocale::German));
    QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(),
             QFileInfo(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                 .absoluteFilePath());
}

void TestPdfExportDialog::fileWithoutSuffix_getsPdf()
{
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(QLocale::German));
    fileEdit(dialog)->setText(m_dir->filePath(QStringLiteral("evidence")));
    QCOMPARE(dialog.filePath(), m_dir->filePath(QStringLiteral("evidence.pdf")));
}

void TestPdfExportDialog::typedName_landsInTheOfferedFolder_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("underOffered"); // `expected` is in the offered folder
    QTest::addColumn<QString>("expected");
    QTest::newRow("a bare name") << "Acme review" << true << "Acme review.pdf";
    QTest::newRow("a bare name with .pdf") << "Acme review.pdf" << true << "Acme review.pdf";
    QTest::newRow("a relative path") << "2026/q4/../q3/x.pdf" << true << "2026/q3/x.pdf";
    QTest::newRow("the home folder")
        << "~/x.pdf" << false << QDir::home().filePath(QStringLiteral("x.pdf"));
    QTest::newRow("an absolute path") << "/srv/evidence/x.pdf" << false << "/srv/evidence/x.pdf";
}

// Typed over the offered path, a name must not land in the folder the app was started from
// (seen: "Müller & Söhne GmbH" typed into File: was written to the launcher's folder).
void TestPdfExportDialog::typedName_landsInTheOfferedFolder()
{
    QFETCH(QString, typed);
    QFETCH(bool, underOffered);
    QFETCH(QString, expected);
    const QString offered = m_dir->filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(offered));
    m_stored = offered;
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(QLocale::German));
    QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(), offered);
    fileEdit(dialog)->setText(typed);
    QCOMPARE(dialog.filePath(), underOffered ? QDir(offered).filePath(expected) : expected);
}

void TestPdfExportDialog::landscape_givesLandscapeLayout()
{
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(QLocale::German));
    auto *orientation = dialog.findChild<QComboBox *>(QStringLiteral("orientationCombo"));
    orientation->setCurrentIndex(orientation->findData(QPageLayout::Landscape));
    QCOMPARE(dialog.pageLayout().orientation(), QPageLayout::Landscape);
}

void TestPdfExportDialog::buttons_speakTheAppsLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel"); // Qt's own text, from Qt's translation
    QTest::addColumn<QString>("exportText");
    QTest::newRow("German") << "de"
                            << "Abbrechen"
                            << "&Exportieren";
    QTest::newRow("French") << "fr"
                            << "Annuler"
                            << "&Exporter";
    QTest::newRow("English") << "en"
                             << "Cancel"
                             << "&Export";
}

void TestPdfExportDialog::buttons_speakTheAppsLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    QFETCH(QString, exportText);
    // As StartUp installs them for the app.
    UiLanguage uiLanguage;
    uiLanguage.install(language);
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(language));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), cancel);
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), exportText);
}

void TestPdfExportDialog::mnemonics_eachLeadsToOnePlace_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<PdfExportDialog::Purpose>("purpose");
    for (const char *language : {"en", "de", "fr"}) {
        QTest::addRow("%s, export", language)
            << QString::fromLatin1(language) << PdfExportDialog::Purpose::Export;
        QTest::addRow("%s, print", language)
            << QString::fromLatin1(language) << PdfExportDialog::Purpose::Print;
    }
}

// Alt and a letter goes to one field or button. Two of them on one letter, Alt+F went to
// "File:" where "Prepared for:" was meant, and the recipient's name replaced the file name.
void TestPdfExportDialog::mnemonics_eachLeadsToOnePlace()
{
    QFETCH(QString, language);
    QFETCH(PdfExportDialog::Purpose, purpose);
    UiLanguage uiLanguage;
    uiLanguage.install(language);
    PdfExportDialog dialog(sectionOffer(), m_folder, QLocale(language), nullptr, purpose);
    const Mnemonics::Owners owners = Mnemonics::inWidget(&dialog);
    QVERIFY(!owners.isEmpty());
    const QStringList conflicts = Mnemonics::conflicts(owners);
    QVERIFY2(conflicts.isEmpty(), qPrintable(conflicts.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestPdfExportDialog)
#include "tst_pdfexportdialog.moc"
