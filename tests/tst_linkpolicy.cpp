#include "appscheme.h"
#include "linkpolicy.h"

#include <QTest>

Q_DECLARE_METATYPE(LinkPolicy::Decision)

namespace {

// Rows are named after the URL they hold: a failure reads as the link that got through.
void addRow(const char *url, LinkPolicy::Decision decision)
{
    QTest::newRow(*url ? url : "(empty)") << QString::fromUtf8(url) << decision;
}

} // namespace

class TestLinkPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decide_url_givesDecision_data();
    void decide_url_givesDecision();
    void decide_otherAppScheme_isNotInternal();
};

void TestLinkPolicy::decide_url_givesDecision_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<LinkPolicy::Decision>("decision");
    using D = LinkPolicy::Decision;

    addRow("trustbook://security-faq/#is-gitpod-gdpr-compliant", D::Internal);
    addRow("trustbook://security-faq/", D::Internal);
    addRow("TrustBook://security-faq/", D::Internal); // schemes are case-insensitive
    // The internal form the view loads (PageAddress): the same rules, no more.
    addRow("trustbook://content.trustbook/security-faq/#is-gitpod-gdpr-compliant", D::Internal);
    addRow("https://example.com", D::External);
    addRow("http://x.org/a", D::External);
    addRow("HTTPS://EXAMPLE.COM/a", D::External);
    addRow("mailto:security@gitpod.io", D::External);

    addRow("javascript:alert(1)", D::Blocked);
    addRow("JAVASCRIPT:alert(1)", D::Blocked);
    addRow("file:///etc/passwd", D::Blocked);
    addRow("data:text/html,<script>alert(1)</script>", D::Blocked);
    addRow("vbscript:msgbox(1)", D::Blocked);
    addRow("smb://host/share", D::Blocked);
    addRow("ms-msdt:/id PCWDiagnostic", D::Blocked);
    addRow("ftp://x", D::Blocked);
    addRow("qrc:/x", D::Blocked);
    addRow("about:blank", D::Blocked);
    addRow("foo.html", D::Blocked);
    addRow("//evil.com/x", D::Blocked);
    addRow("", D::Blocked);
    addRow("https://", D::Blocked);
    addRow("http:///path", D::Blocked);
    addRow("mailto:", D::Blocked);
    addRow("trustbook://user@x/", D::Blocked);
    addRow("trustbook://x:81/", D::Blocked);
    addRow("trustbook://user@content.trustbook/security-faq/", D::Blocked);
    addRow("trustbook://content.trustbook:81/security-faq/", D::Blocked);
    addRow("trustbook:security-faq", D::Blocked);
    addRow("trustbook:///etc/passwd", D::Blocked);
}

void TestLinkPolicy::decide_url_givesDecision()
{
    QFETCH(QString, url);
    QFETCH(LinkPolicy::Decision, decision);

    QCOMPARE(LinkPolicy(appScheme()).decide(QUrl(url)), decision);
}

void TestLinkPolicy::decide_otherAppScheme_isNotInternal()
{
    const LinkPolicy policy(QStringLiteral("other"));

    QCOMPARE(policy.decide(QUrl(QStringLiteral("trustbook://security-faq/"))),
             LinkPolicy::Decision::Blocked);
    QCOMPARE(policy.decide(QUrl(QStringLiteral("other://doc/"))), LinkPolicy::Decision::Internal);
    QCOMPARE(policy.appScheme(), QStringLiteral("other"));
}

QTEST_APPLESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
