#include "result.h"

#include <QList>
#include <QTest>

#include <memory>

namespace {

// An error that carries more than a message, as authoring's ContentError does.
struct Located
{
    QString file;
    int line = 0;
};

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return Result<int>::failure(QStringLiteral("'%1' is no positive number").arg(text));
    return Result<int>::success(value);
}

} // namespace

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success_holdsValueAndNoError();
    void failure_holdsErrorAndNoValue_data();
    void failure_holdsErrorAndNoValue();
    void errorType_canCarryFileAndLine();
    void errorType_canCollectSeveral();
    void value_ofTemporary_isMovedOut();
    void operatorArrow_reachesMembers();
};

void TestResult::success_holdsValueAndNoError()
{
    const Result<int> result = parsePositive(QStringLiteral("42"));

    QVERIFY(result);
    QVERIFY(result.isOk());
    QCOMPARE(result.value(), 42);
    QCOMPARE(*result, 42);
    QVERIFY(result.error().isEmpty());
}

void TestResult::failure_holdsErrorAndNoValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("words") << QStringLiteral("many");
}

void TestResult::failure_holdsErrorAndNoValue()
{
    QFETCH(QString, text);

    const Result<int> result = parsePositive(text);

    QVERIFY(!result);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error(), QStringLiteral("'%1' is no positive number").arg(text));
}

void TestResult::errorType_canCarryFileAndLine()
{
    using Checked = Result<Done, Located>;
    const Checked result = Checked::failure({QStringLiteral("faq.md"), 7});

    QVERIFY(!result);
    QCOMPARE(result.error().file, QStringLiteral("faq.md"));
    QCOMPARE(result.error().line, 7);
    QCOMPARE(Checked::success({}).error().line, 0);
}

void TestResult::errorType_canCollectSeveral()
{
    using Checked = Result<Done, QList<QString>>;
    const Checked result = Checked::failure({QStringLiteral("a.md: 1"), QStringLiteral("b.md: 2")});

    QVERIFY(!result);
    QCOMPARE(result.error().size(), 2);
    QVERIFY(Checked::success({}).error().isEmpty());
}

void TestResult::value_ofTemporary_isMovedOut()
{
    // A value that cannot be copied still comes out of a Result returned by value.
    const auto make = [] {
        return Result<std::unique_ptr<int>>::success(std::make_unique<int>(5));
    };

    const std::unique_ptr<int> value = *make();
    const std::unique_ptr<int> again = make().value();

    QCOMPARE(*value, 5);
    QCOMPARE(*again, 5);
}

void TestResult::operatorArrow_reachesMembers()
{
    Result<QString> result = Result<QString>::success(QStringLiteral("trustbook"));

    QCOMPARE(result->size(), 9);
    result->append(QLatin1Char('!'));
    QCOMPARE(*result, QStringLiteral("trustbook!"));
}

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
