// The bytes between trustbook-gen and its renderer children: what one side writes, the other
// reads back exactly, and a reply that is cut short, oversized or garbled is never mistaken
// for a document.
#include "renderprotocol.h"

#include <QTemporaryFile>
#include <QTest>
#include <QtEndian>

namespace {

RenderedDocument sampleDocument(std::optional<int> order)
{
    RenderedDocument document;
    document.entry = {
        QStringLiteral("security-faq"),
        QStringLiteral("Security FAQ — «quoted»"),
        QStringLiteral("Security"),
        QStringLiteral("What we do with your data."),
        QStringLiteral("https://example.com/faq"),
        order,
        QStringLiteral("security-faq.md"),
        QString(64, QLatin1Char('a')),
        {{QStringLiteral("is-it-safe"), QStringLiteral("Is it safe?"), 7},
         {QStringLiteral("sso"), QStringLiteral("SSO 😀"), 12,
          Review{QStringLiteral("Security team"), QDate(2026, 9, 30), QDate(2027, 3, 31)}}}};
    document.bodyHtml = QByteArrayLiteral("<section class=\"qa\" id=\"is-it-safe\">…</section>\n");
    document.searchText = QByteArrayLiteral("[{\"path\": \"security-faq/is-it-safe\"}]");
    document.internalLinks = {{QStringLiteral("#sso"), 9}};
    return document;
}

std::optional<RenderResult> roundTrip(const QByteArray &bytes, RenderProtocol::ReplyStatus *status,
                                      qint64 cap = 1 << 20)
{
    QByteArray buffer = bytes;
    std::optional<RenderResult> result;
    *status = RenderProtocol::takeReply(&buffer, cap, &result);
    return result;
}

} // namespace

class TestRenderProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reply_document_readsBackEveryField_data();
    void reply_document_readsBackEveryField();
    void reply_error_readsBackFileLineMessage();
    void takeReply_partialOrDamaged_isNeverADocument_data();
    void takeReply_partialOrDamaged_isNeverADocument();
    void takeReply_twoReplies_takesOneAtATime();
    void request_readsBackPathUntilInputEnds();
};

void TestRenderProtocol::reply_document_readsBackEveryField_data()
{
    QTest::addColumn<std::optional<int>>("order");
    QTest::newRow("ordered") << std::optional<int>(3);
    QTest::newRow("order zero") << std::optional<int>(0);
    QTest::newRow("no order") << std::optional<int>();
}

void TestRenderProtocol::reply_document_readsBackEveryField()
{
    QFETCH(std::optional<int>, order);
    const RenderedDocument sent = sampleDocument(order);
    RenderProtocol::ReplyStatus status{};
    const std::optional<RenderResult> got =
        roundTrip(RenderProtocol::reply(RenderResult::success(sent)), &status);
    QCOMPARE(status, RenderProtocol::ReplyStatus::Complete);
    QVERIFY(got && *got);
    const RenderedDocument &document = **got;
    const DocumentEntry &entry = document.entry;
    QCOMPARE(entry.id, sent.entry.id);
    QCOMPARE(entry.title, sent.entry.title);
    QCOMPARE(entry.section, sent.entry.section);
    QCOMPARE(entry.description, sent.entry.description);
    QCOMPARE(entry.url, sent.entry.url);
    QCOMPARE(entry.order, order);
    QCOMPARE(entry.source, sent.entry.source);
    QCOMPARE(entry.sha256, sent.entry.sha256);
    QCOMPARE(entry.sections.size(), 2);
    QCOMPARE(entry.sections.at(1).title, QStringLiteral("SSO 😀"));
    QCOMPARE(entry.sections.at(1).line, 12);
    QCOMPARE(entry.sections.at(1).review, sampleDocument(order).entry.sections.at(1).review);
    QCOMPARE(document.bodyHtml, sent.bodyHtml);
    QCOMPARE(document.searchText, sent.searchText);
    QCOMPARE(document.internalLinks.size(), 1);
    QCOMPARE(document.internalLinks.at(0).target, QStringLiteral("#sso"));
    QCOMPARE(document.internalLinks.at(0).line, 9);
}

void TestRenderProtocol::reply_error_readsBackFileLineMessage()
{
    const ContentError error{QStringLiteral("/c/a.md"), 5, QStringLiteral("invalid UTF-8")};
    RenderProtocol::ReplyStatus status{};
    const std::optional<RenderResult> got =
        roundTrip(RenderProtocol::reply(RenderResult::failure(error)), &status);
    QCOMPARE(status, RenderProtocol::ReplyStatus::Complete);
    QVERIFY(got && !*got);
    QCOMPARE(got->error().toString(), error.toString());
}

void TestRenderProtocol::takeReply_partialOrDamaged_isNeverADocument_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<RenderProtocol::ReplyStatus>("status");
    const QByteArray whole = RenderProtocol::reply(RenderResult::success(sampleDocument(1)));
    const qint64 payload = whole.size() - 5;
    using S = RenderProtocol::ReplyStatus;
    QTest::newRow("nothing yet") << QByteArray() << qint64(1 << 20) << S::Incomplete;
    QTest::newRow("half a header") << whole.left(3) << qint64(1 << 20) << S::Incomplete;
    QTest::newRow("cut short") << whole.chopped(1) << qint64(1 << 20) << S::Incomplete;
    QTest::newRow("one byte over the cap") << whole.left(5) << payload - 1 << S::TooLarge;
    QTest::newRow("exactly the cap") << whole << payload << S::Complete;
    QByteArray badKind = whole;
    badKind[0] = 7;
    QTest::newRow("unknown kind") << badKind << qint64(1 << 20) << S::Unreadable;
    // A document reply whose length hides a trailing byte: the reader must notice it.
    QByteArray padded = whole + 'x';
    qToBigEndian(quint32(payload + 1), padded.data() + 1);
    QTest::newRow("bytes left over") << padded << qint64(1 << 20) << S::Unreadable;
    QByteArray truncatedPayload = whole.left(40);
    qToBigEndian(quint32(35), truncatedPayload.data() + 1);
    QTest::newRow("payload too short for a document")
        << truncatedPayload << qint64(1 << 20) << S::Unreadable;
}

void TestRenderProtocol::takeReply_partialOrDamaged_isNeverADocument()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, cap);
    QFETCH(RenderProtocol::ReplyStatus, status);
    RenderProtocol::ReplyStatus got{};
    const std::optional<RenderResult> result = roundTrip(bytes, &got, cap);
    QCOMPARE(got, status);
    QCOMPARE(result && *result, status == RenderProtocol::ReplyStatus::Complete);
}

void TestRenderProtocol::takeReply_twoReplies_takesOneAtATime()
{
    const ContentError error{QStringLiteral("b.md"), 0, QStringLiteral("too slow")};
    QByteArray buffer = RenderProtocol::reply(RenderResult::success(sampleDocument(1))) +
                        RenderProtocol::reply(RenderResult::failure(error));
    std::optional<RenderResult> first;
    std::optional<RenderResult> second;
    QCOMPARE(RenderProtocol::takeReply(&buffer, 1 << 20, &first),
             RenderProtocol::ReplyStatus::Complete);
    QCOMPARE(RenderProtocol::takeReply(&buffer, 1 << 20, &second),
             RenderProtocol::ReplyStatus::Complete);
    QVERIFY(first && *first);
    QVERIFY(second && !*second);
    QCOMPARE(second->error().message, error.message);
    QVERIFY(buffer.isEmpty());
}

void TestRenderProtocol::request_readsBackPathUntilInputEnds()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    const QString odd = QStringLiteral("/content/with space\nand newline/é.md");
    file.write(RenderProtocol::request(QStringLiteral("/content/a.md")) +
               RenderProtocol::request(odd) + QByteArray("\0\0", 2));
    file.flush();
    std::FILE *in = std::fopen(QFile::encodeName(file.fileName()).constData(), "rb");
    QVERIFY(in);
    QCOMPARE(RenderProtocol::readRequest(in),
             std::optional<QString>(QStringLiteral("/content/a.md")));
    QCOMPARE(RenderProtocol::readRequest(in), std::optional<QString>(odd));
    QCOMPARE(RenderProtocol::readRequest(in), std::nullopt); // a header cut short ends it
    std::fclose(in);
}

QTEST_GUILESS_MAIN(TestRenderProtocol)
#include "tst_renderprotocol.moc"
