#include "cellguard.h"

#include <QTest>

class TestCellGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralise_data();
    void neutralise();
};

void TestCellGuard::neutralise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("safe");

    const auto row = [](const char *name, const char *text, const char *safe) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(safe);
    };
    row("equals", "=HYPERLINK(\"https://evil\",\"click\")",
        "'=HYPERLINK(\"https://evil\",\"click\")");
    row("plus", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0");
    row("minus", "-2+3", "'-2+3");
    row("at", "@SUM(1+1)", "'@SUM(1+1)");
    row("tab", "\t=1", "'\t=1");
    row("carriage return", "\r=1", "'\r=1");
    row("plain answer", "Yes, AES-256 at rest.", "Yes, AES-256 at rest.");
    row("formula later in the text", "Use a = b", "Use a = b");
    row("leading space", " =1", " =1");
    row("already quoted", "'=1", "'=1");
    row("empty", "", "");
    row("line feed first", "\nYes", "\nYes");
}

void TestCellGuard::neutralise()
{
    QFETCH(QString, text);
    QFETCH(QString, safe);

    QCOMPARE(CellGuard::neutralise(text), safe);
    QCOMPARE(CellGuard::needsGuard(text), safe != text);
    QVERIFY(!CellGuard::needsGuard(CellGuard::neutralise(text)));
}

QTEST_GUILESS_MAIN(TestCellGuard)
#include "tst_cellguard.moc"
