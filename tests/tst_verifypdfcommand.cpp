#include "contentbundle.h"
#include "verifypdfcommand.h"

#include <QTemporaryDir>
#include <QtTest>

// `--verify-pdf`'s messages name the program the way the brand calls it: an auditor running
// Acme's app reads "acme-trust: …", not another product's name.
class TestVerifyPdfCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFile_isNamedByTheBrandsProgram_data();
    void missingFile_isNamedByTheBrandsProgram();
    void notAnExport_namesTheBrand_data();
    void notAnExport_namesTheBrand();
};

void TestVerifyPdfCommand::missingFile_isNamedByTheBrandsProgram_data()
{
    QTest::addColumn<QString>("bundleDir");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("Trustbook") << QStringLiteral(TRUSTBOOK_PLAIN_BUNDLE_DIR)
                               << QStringLiteral("trustbook: ");
    QTest::newRow("a brand") << QStringLiteral(TRUSTBOOK_BRANDED_BUNDLE_DIR)
                             << QStringLiteral("acme-trust: ");
}

void TestVerifyPdfCommand::missingFile_isNamedByTheBrandsProgram()
{
    QFETCH(QString, bundleDir);
    QFETCH(QString, prefix);
    const Result<ContentBundle> bundle = ContentBundle::open(bundleDir);
    QVERIFY2(bundle, qPrintable(bundle.error()));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("evidence.pdf"));
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);

    const int exitCode = VerifyPdfCommand(*bundle, outStream, errStream).run(missing);
    errStream.flush();

    QCOMPARE(exitCode, 2);
    QVERIFY2(err.startsWith(prefix) && err.contains(missing), qPrintable(err));
}

void TestVerifyPdfCommand::notAnExport_namesTheBrand_data()
{
    QTest::addColumn<QString>("bundleDir");
    QTest::addColumn<QString>("says");
    QTest::newRow("Trustbook") << QStringLiteral(TRUSTBOOK_PLAIN_BUNDLE_DIR)
                               << QStringLiteral("is not a PDF exported by Trustbook");
    QTest::newRow("a brand") << QStringLiteral(TRUSTBOOK_BRANDED_BUNDLE_DIR)
                             << QStringLiteral("is not a PDF exported by Acme Trust Center");
}

void TestVerifyPdfCommand::notAnExport_namesTheBrand()
{
    QFETCH(QString, bundleDir);
    QFETCH(QString, says);
    const Result<ContentBundle> bundle = ContentBundle::open(bundleDir);
    QVERIFY2(bundle, qPrintable(bundle.error()));
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.pdf"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("meeting notes, not a PDF\n") > 0);
    file.close();
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);

    const int exitCode = VerifyPdfCommand(*bundle, outStream, errStream).run(notes);
    errStream.flush();

    QCOMPARE(exitCode, 2);
    QVERIFY2(err.contains(says), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestVerifyPdfCommand)
#include "tst_verifypdfcommand.moc"
