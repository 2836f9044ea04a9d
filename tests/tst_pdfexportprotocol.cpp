// What the app tells its PDF export child: every choice of the export dialog and the command
// line arrives as it was made, and a damaged request is refused, saying what is wrong.
#include "pdfexportprotocol.h"

#include <QTest>

Q_DECLARE_METATYPE(PdfExportRequest)

class TestPdfExportProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void request_roundTripsEveryChoice_data();
    void request_roundTripsEveryChoice();
    void damagedRequest_isRefusedSayingWhat_data();
    void damagedRequest_isRefusedSayingWhat();
};

void TestPdfExportProtocol::request_roundTripsEveryChoice_data()
{
    QTest::addColumn<PdfExportRequest>("request");
    PdfExportRequest section;
    section.places = {{0, 2}};
    section.filePath = QStringLiteral("/tmp/évidence ünïcode.pdf");
    section.exportedAt =
        QDateTime(QDate(2026, 12, 1), QTime(14, 5, 6, 789), Qt::OffsetFromUTC, -5 * 3600);
    QTest::newRow("one section, A4, a time west of UTC") << section;
    PdfExportRequest everything;
    everything.places = {{0, -1}, {1, -1}, {2, 0}, {2, 7}};
    everything.pageLayout =
        PdfExportRequest::defaultPageLayout(QPageSize::Letter, QPageLayout::Landscape);
    everything.exportedAt =
        QDateTime(QDate(2026, 1, 31), QTime(23, 59, 59), Qt::OffsetFromUTC, 5 * 3600 + 1800);
    everything.preparedFor = QStringLiteral("Äcme Corp · NDA 17");
    QTest::newRow("documents and sections, Letter landscape, in memory") << everything;
}

void TestPdfExportProtocol::request_roundTripsEveryChoice()
{
    QFETCH(PdfExportRequest, request);
    const QString version(64, QLatin1Char('a'));
    const Result<PdfExportProtocol::ChildRequest> decoded =
        PdfExportProtocol::decodeRequest(PdfExportProtocol::encodeRequest(request, version));
    QVERIFY2(decoded, qPrintable(decoded.error()));
    QCOMPARE(decoded->contentVersion, version);
    const PdfExportRequest &got = decoded->request;
    QCOMPARE(got.places.size(), request.places.size());
    for (qsizetype i = 0; i < got.places.size(); ++i) {
        QCOMPARE(got.places.at(i).document, request.places.at(i).document);
        QCOMPARE(got.places.at(i).section, request.places.at(i).section);
    }
    QCOMPARE(got.filePath, request.filePath);
    QVERIFY(got.pageLayout.isEquivalentTo(request.pageLayout));
    QCOMPARE(got.pageLayout.orientation(), request.pageLayout.orientation());
    // The title block prints the clock time and offset the user had.
    QCOMPARE(got.exportedAt, request.exportedAt);
    QCOMPARE(got.exportedAt.offsetFromUtc(), request.exportedAt.offsetFromUtc());
    QCOMPARE(got.exportedAt.time(), request.exportedAt.time());
    QCOMPARE(got.preparedFor, request.preparedFor);
}

void TestPdfExportProtocol::damagedRequest_isRefusedSayingWhat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    const QByteArray good =
        PdfExportProtocol::encodeRequest(PdfExportRequest{}, QStringLiteral("v"));
    QTest::newRow("not JSON") << QByteArray("{\"places\": [") << QStringLiteral("unreadable");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("unreadable");
    QTest::newRow("a place that is not a pair")
        << QByteArray(good).replace("\"places\":[]", "\"places\":[[1]]")
        << QStringLiteral("a place");
    QTest::newRow("no page size") << QByteArray(good).replace("\"pageSize\"", "\"size\"")
                                  << QStringLiteral("page size");
    QTest::newRow("no margins") << QByteArray(good).replace("\"marginsMm\"", "\"margins\"")
                                << QStringLiteral("margins");
    QTest::newRow("no time") << QByteArray(good).replace("\"exportedAt\"", "\"at\"")
                             << QStringLiteral("time");
}

void TestPdfExportProtocol::damagedRequest_isRefusedSayingWhat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    const Result<PdfExportProtocol::ChildRequest> decoded = PdfExportProtocol::decodeRequest(bytes);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error().contains(says), qPrintable(decoded.error()));
}

QTEST_APPLESS_MAIN(TestPdfExportProtocol)
#include "tst_pdfexportprotocol.moc"
