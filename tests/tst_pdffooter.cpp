// The footer's words on every page of an export: whose FAQ, which document, which page.
#include "pdffooter.h"

#include <QTest>

class TestPdfFooter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
};

void TestPdfFooter::lines_data()
{
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("preparedFor");
    QTest::addColumn<QStringList>("expected");

    const QString page = QStringLiteral("Page 2 of 5 · 0123456789ab · 2026-12-01 12:00:00 UTC");
    QTest::newRow("Trustbook") << QString() << QString()
                               << QStringList{QStringLiteral("Retention · ") + page};
    QTest::newRow("a brand") << QStringLiteral("Acme Trust Center") << QString()
                             << QStringList{QStringLiteral("Acme Trust Center · Retention · ") +
                                            page};
    QTest::newRow("a brand, prepared for someone")
        << QStringLiteral("Acme Trust Center") << QStringLiteral("Globex")
        << QStringList{QStringLiteral("Acme Trust Center · Retention · ") + page,
                       QStringLiteral("Prepared for Globex · 2026-12-01 · Confidential")};
}

void TestPdfFooter::lines()
{
    QFETCH(QString, publisher);
    QFETCH(QString, preparedFor);
    QFETCH(QStringList, expected);
    PdfMetadata metadata;
    metadata.title = QStringLiteral("Retention");
    metadata.contentVersion = QStringLiteral("0123456789abcdef");
    metadata.exportedAt = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    metadata.publisher = publisher;
    metadata.preparedFor = preparedFor;
    QCOMPARE(PdfFooter::lines(metadata, 2, 5), expected);
}

QTEST_GUILESS_MAIN(TestPdfFooter)
#include "tst_pdffooter.moc"
