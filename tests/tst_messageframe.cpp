// The framing of every message between the app and its children (PDF export) and between
// trustbook-gen and its renderers: a reader never takes half a message, two at once are two,
// and a header announcing too much is refused before anything is held.
#include "messageframe.h"

#include <QTest>

Q_DECLARE_METATYPE(MessageFrame::Status)

class TestMessageFrame final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void take_data();
    void take();
    void take_twoMessagesInOneRead_givesBothInOrder();
};

void TestMessageFrame::take_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<MessageFrame::Status>("status");
    QTest::addColumn<QByteArray>("payload"); // when Complete
    QTest::addColumn<int>("left");           // bytes left in the buffer afterwards
    using S = MessageFrame::Status;
    const QByteArray hello = MessageFrame::encode(3, "hello");
    QTest::newRow("nothing yet") << QByteArray() << qint64(100) << S::Incomplete << QByteArray()
                                 << 0;
    QTest::newRow("half a header")
        << hello.left(3) << qint64(100) << S::Incomplete << QByteArray() << 3;
    QTest::newRow("cut short") << hello.chopped(1) << qint64(100) << S::Incomplete << QByteArray()
                               << int(hello.size() - 1);
    QTest::newRow("whole") << hello << qint64(100) << S::Complete << QByteArray("hello") << 0;
    QTest::newRow("exactly the cap")
        << hello << qint64(5) << S::Complete << QByteArray("hello") << 0;
    QTest::newRow("one byte over the cap, known from the header")
        << hello.left(5) << qint64(4) << S::TooLarge << QByteArray() << 5;
    QTest::newRow("empty payload")
        << MessageFrame::encode(2, {}) << qint64(0) << S::Complete << QByteArray() << 0;
    const QByteArray binary("\0\xff\n\r", 4);
    QTest::newRow("binary payload kept byte for byte")
        << MessageFrame::encode(9, binary) << qint64(100) << S::Complete << binary << 0;
}

void TestMessageFrame::take()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, cap);
    QFETCH(MessageFrame::Status, status);
    QFETCH(QByteArray, payload);
    QFETCH(int, left);
    MessageFrame::Frame frame;
    QCOMPARE(MessageFrame::take(&bytes, cap, &frame), status);
    if (status == MessageFrame::Status::Complete)
        QCOMPARE(frame.payload, payload);
    QCOMPARE(bytes.size(), left);
}

void TestMessageFrame::take_twoMessagesInOneRead_givesBothInOrder()
{
    QByteArray buffer = MessageFrame::encode(1, "first") + MessageFrame::encode(4, "second");
    MessageFrame::Frame frame;
    QCOMPARE(MessageFrame::take(&buffer, 100, &frame), MessageFrame::Status::Complete);
    QCOMPARE(frame.kind, quint8(1));
    QCOMPARE(frame.payload, QByteArray("first"));
    QCOMPARE(MessageFrame::take(&buffer, 100, &frame), MessageFrame::Status::Complete);
    QCOMPARE(frame.kind, quint8(4));
    QCOMPARE(frame.payload, QByteArray("second"));
    QCOMPARE(MessageFrame::take(&buffer, 100, &frame), MessageFrame::Status::Incomplete);
}

QTEST_APPLESS_MAIN(TestMessageFrame)
#include "tst_messageframe.moc"
