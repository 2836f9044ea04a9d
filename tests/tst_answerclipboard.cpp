// What Copy Answer's citation says of where an answer came from, branded or not.
#include "answerclipboard.h"

#include <QMimeData>
#include <QTest>

#include <memory>

class TestAnswerClipboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void citation_namesThePublisher_data();
    void citation_namesThePublisher();
};

namespace {

AnswerSource::Answer answer()
{
    AnswerSource::Answer answer;
    answer.question = QStringLiteral("How long are backups kept?");
    answer.plainText = QStringLiteral("How long are backups kept?\n\nThirty-five days.");
    answer.html = "<h2>How long are backups kept?</h2><p>Thirty-five days.</p>";
    answer.answer = QStringLiteral("Thirty-five days.");
    return answer;
}

} // namespace

void TestAnswerClipboard::citation_namesThePublisher_data()
{
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");

    QTest::newRow("Trustbook: the document alone")
        << QString()
        << QStringLiteral("Source: Retention, \u201cHow long are backups kept?\u201d, content "
                          "version 0123456789ab")
        << QStringLiteral("Source: Retention, \u201cHow long are backups kept?\u201d, content "
                          "version 0123456789abcdef");
    QTest::newRow("a brand: its name first")
        << QStringLiteral("Acme & Co")
        << QStringLiteral("Source: Acme & Co, Retention, \u201cHow long are backups kept?\u201d, "
                          "content version 0123456789ab")
        << QStringLiteral("Source: Acme &amp; Co, Retention, \u201cHow long are backups "
                          "kept?\u201d, content version 0123456789abcdef");
}

void TestAnswerClipboard::citation_namesThePublisher()
{
    QFETCH(QString, publisher);
    QFETCH(QString, text);
    QFETCH(QString, html);
    const std::unique_ptr<QMimeData> data(
        AnswerClipboard::mimeData(answer(), {QStringLiteral("Retention"), QUrl(),
                                             QStringLiteral("0123456789abcdef"), publisher}));
    QVERIFY2(data->text().contains(QLatin1String("\n\n") + text + QLatin1Char('\n')),
             qPrintable(data->text()));
    QVERIFY2(data->html().contains(QLatin1String("<p><small>") + html), qPrintable(data->html()));
}

QTEST_GUILESS_MAIN(TestAnswerClipboard)
#include "tst_answerclipboard.moc"
