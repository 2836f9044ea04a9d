#include "addresslabel.h"
#include "webtestsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>
#include <QWidget>
#include <QtTest>

#include <memory>

// An address shown as a link (Help > About's "Support:" and "Web:"): the keyboard reaches the
// link with one Tab from either side and opens it with Enter, the mouse with a click, and the
// address is shown as written, never as markup.
class TestAddressLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shows_theAddressAsWritten_data();
    void shows_theAddressAsWritten();
    void activated_byTabAndEnterOrByAClick_data();
    void activated_byTabAndEnterOrByAClick();
    void tabAndShiftTab_leaveTheLabel();

private:
    void showWith(const QString &address, const QUrl &url);

    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_before = nullptr;
    AddressLabel *m_label = nullptr;
    QLineEdit *m_after = nullptr;
};

void TestAddressLabel::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_window = std::make_unique<QWidget>();
}

void TestAddressLabel::cleanup()
{
    m_window.reset();
}

// A field, the label, a field: what is around a value in a form.
void TestAddressLabel::showWith(const QString &address, const QUrl &url)
{
    auto *layout = new QVBoxLayout(m_window.get());
    m_before = new QLineEdit(m_window.get());
    m_label = new AddressLabel(address, url, m_window.get());
    m_after = new QLineEdit(m_window.get());
    for (QWidget *widget : {static_cast<QWidget *>(m_before), static_cast<QWidget *>(m_label),
                            static_cast<QWidget *>(m_after)})
        layout->addWidget(widget);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_before->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), m_before);
}

void TestAddressLabel::shows_theAddressAsWritten_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("e-mail") << "trust@acme.example";
    QTest::newRow("web") << "https://trust.acme.example/faq?a=1&b=2";
    QTest::newRow("markup") << "<b>help</b>@acme.example";
}

void TestAddressLabel::shows_theAddressAsWritten()
{
    QFETCH(QString, address);
    showWith(address, QUrl(QStringLiteral("https://acme.example")));
    QTextDocument shown;
    shown.setHtml(m_label->text());
    QCOMPARE(shown.toPlainText(), address);
}

void TestAddressLabel::activated_byTabAndEnterOrByAClick_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("keyboard");
    const QUrl mail(QStringLiteral("mailto:trust@acme.example"));
    const QUrl web(QStringLiteral("https://help.acme.example/security?from=app&x=<1>"));
    QTest::newRow("mailto:, Tab and Enter") << mail << true;
    QTest::newRow("mailto:, a click") << mail << false;
    QTest::newRow("web, Tab and Enter") << web << true;
    QTest::newRow("web, a click") << web << false;
}

void TestAddressLabel::activated_byTabAndEnterOrByAClick()
{
    QFETCH(QUrl, url);
    QFETCH(bool, keyboard);
    showWith(QStringLiteral("the address"), url);
    QSignalSpy activated(m_label, &QLabel::linkActivated);
    if (keyboard) {
        QTest::keyClick(m_before, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), m_label);
        QTest::keyClick(m_label, Qt::Key_Return);
    } else {
        // On the address's first letters.
        const QRect text = m_label->contentsRect();
        QTest::mouseClick(m_label, Qt::LeftButton, {}, QPoint(text.left() + 4, text.center().y()));
    }
    QCOMPARE(activated.size(), 1);
    QCOMPARE(QUrl(activated.first().first().toString(), QUrl::StrictMode), url);
}

// A plain QLabel kept Shift+Tab on a label that starts with a link.
void TestAddressLabel::tabAndShiftTab_leaveTheLabel()
{
    showWith(QStringLiteral("trust@acme.example"),
             QUrl(QStringLiteral("mailto:trust@acme.example")));
    QSignalSpy activated(m_label, &QLabel::linkActivated);
    QTest::keyClick(m_before, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_label);
    QTest::keyClick(m_label, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_after);
    QTest::keyClick(m_after, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_label);
    QTest::keyClick(m_label, Qt::Key_Return); // on the link, come from the other side
    QCOMPARE(activated.size(), 1);
    QTest::keyClick(m_label, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_before);
}

QTEST_MAIN(TestAddressLabel)
#include "tst_addresslabel.moc"
