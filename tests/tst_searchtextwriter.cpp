#include "searchtextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The search text must stay what QJsonDocument wrote: the app's reader and bundles built
// before are the judges.
class TestSearchTextWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void json_sameBytesAsQJsonDocument_data();
    void json_sameBytesAsQJsonDocument();
    void json_noSections_isAnEmptyArray();
};

void TestSearchTextWriter::json_sameBytesAsQJsonDocument_data()
{
    QTest::addColumn<QString>("text");

    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("plain") << QStringLiteral("Is data encrypted?\n\nYes, with AES-256.");
    QTest::newRow("quotes, backslash, slash") << QStringLiteral("\"a\" \\ b/c '");
    QTest::newRow("control characters") << controls + QChar(0x7f);
    QTest::newRow("beyond ASCII") << QStringLiteral(
        "Grüße, 日本語, \u2028 \u00a0 \U0001F512 \uFFFD");
    QTest::newRow("empty") << QString();
}

void TestSearchTextWriter::json_sameBytesAsQJsonDocument()
{
    QFETCH(QString, text);
    const QString title = QStringLiteral("Q \"") + text.left(3);
    SearchTextWriter writer;
    QJsonArray expected;
    for (int i = 0; i < 2; ++i) {
        const QString path = QStringLiteral("doc/section-%1").arg(i);
        writer.add(text, path, text, title);
        expected.append(QJsonObject{{QStringLiteral("path"), path},
                                    {QStringLiteral("title"), title},
                                    {QStringLiteral("document"), text},
                                    {QStringLiteral("text"), text}});
    }

    QCOMPARE(writer.json(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

void TestSearchTextWriter::json_noSections_isAnEmptyArray()
{
    QCOMPARE(SearchTextWriter().json(), QJsonDocument(QJsonArray()).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestSearchTextWriter)
#include "tst_searchtextwriter.moc"
