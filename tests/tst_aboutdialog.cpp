// The About dialog on the tests' compiled-in content: what an auditor reads and copies from it.
#include "aboutdialog.h"
#include "brand.h"
#include "contentcatalog.h"
#include "fixturecontent.h"
#include "webtestsupport.h"

#include <QAccessible>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QtTest>

namespace {
const QRegularExpression kSha256(QStringLiteral("^[0-9a-f]{64}$"));
} // namespace

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opens_withFocusOnClose();
    void shows_applicationQtAndChromiumVersions();
    void shows_documentAndSectionCounts();
    void shows_contentVersionShortened();
    void fullContentVersion_canBeSelectedAndCopied();
    void shows_oldestReview();
    void values_reachedByTabAndLabelledByCaptions_data();
    void values_reachedByTabAndLabelledByCaptions();
    void trustbook_showsNoBrandRows();
    void brand_namesTheDialogAndShowsItsWordsAndAddresses();
    void brandAddress_opensWhenActivated_data();
    void brandAddress_opensWhenActivated();

private:
    QString labelText(const char *name) const
    {
        const auto *label = m_dialog->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
    }

    // What a value shows, markup aside (an address is a link).
    QString shownText(const char *name) const
    {
        const auto *label = m_dialog->findChild<QLabel *>(QLatin1String(name));
        if (!label)
            return QStringLiteral("<no label %1>").arg(QLatin1String(name));
        QTextDocument document;
        document.setHtml(label->text());
        return label->textFormat() == Qt::PlainText ? label->text() : document.toPlainText();
    }

    std::optional<ContentBundle> m_bundle;
    const ContentCatalog *m_catalog = nullptr;
    std::unique_ptr<AboutDialog> m_dialog;
};

void TestAboutDialog::initTestCase()
{
    WebTest::failOnUnexpectedWarnings();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    Result<ContentBundle> bundle = WebTest::builtInBundle();
    QVERIFY2(bundle, qPrintable(bundle.error()));
    m_bundle = *std::move(bundle);
    m_catalog = &m_bundle->catalog();
    QVERIFY(kSha256.match(m_catalog->contentVersion()).hasMatch());
}

void TestAboutDialog::init()
{
    WebTest::failOnUnexpectedWarnings();
    m_dialog = std::make_unique<AboutDialog>(*m_catalog, m_bundle->brand());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestAboutDialog::cleanup()
{
    m_dialog.reset();
}

// Not on the first value, where a text cursor blinked as in a field that could be edited.
void TestAboutDialog::opens_withFocusOnClose()
{
    QPushButton *close = m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QTRY_COMPARE(QApplication::focusWidget(), close);
    QTest::keyClick(close, Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->isVisible());
}

void TestAboutDialog::shows_applicationQtAndChromiumVersions()
{
    QCOMPARE(labelText("applicationLabel"), QStringLiteral("Trustbook 9.8.7"));
    QCOMPARE(labelText("qtVersionLabel"), QString::fromLatin1(qVersion()));
    const QString chromium = labelText("chromiumVersionLabel");
    QVERIFY2(chromium.startsWith(QString::fromLatin1(qWebEngineChromiumVersion())),
             qPrintable(chromium));
    QVERIFY2(chromium.contains(QString::fromLatin1(qWebEngineChromiumSecurityPatchVersion())),
             qPrintable(chromium));
}

void TestAboutDialog::shows_documentAndSectionCounts()
{
    QCOMPARE(labelText("documentCountLabel"), QString::number(FixtureContent::kDocumentCount));
    QCOMPARE(labelText("sectionCountLabel"), QString::number(FixtureContent::kSectionCount));
}

void TestAboutDialog::shows_contentVersionShortened()
{
    QCOMPARE(labelText("contentVersionLabel"), m_catalog->contentVersion().left(12));
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("contentVersionLabel"))
                ->textInteractionFlags()
                .testFlag(Qt::TextSelectableByMouse));
}

// What a person does: click into the field, select all, copy.
void TestAboutDialog::fullContentVersion_canBeSelectedAndCopied()
{
    auto *edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("contentHashEdit"));
    QVERIFY(edit);
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->text(), m_catalog->contentVersion());
    QVERIFY(edit->width() > edit->fontMetrics().horizontalAdvance(edit->text())); // all visible
    QGuiApplication::clipboard()->clear();

    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keySequence(edit, QKeySequence::SelectAll);
    QTest::keySequence(edit, QKeySequence::Copy);

    QCOMPARE(edit->selectedText(), m_catalog->contentVersion());
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), m_catalog->contentVersion());
    QCOMPARE(edit->text(), m_catalog->contentVersion()); // read-only: keys changed nothing
}

void TestAboutDialog::shows_oldestReview()
{
    const auto *label = m_dialog->findChild<QLabel *>(QStringLiteral("oldestReviewLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), FixtureContent::kOldestReview +
                                QStringLiteral(", \u201cCan staff read my code?\u201d (") +
                                FixtureContent::kHandbookTitle + QLatin1Char(')'));
    // Its caption names it, for the eye and for a screen reader.
    const auto *layout = m_dialog->findChild<QFormLayout *>(QStringLiteral("detailsLayout"));
    QVERIFY(layout);
    auto *caption = qobject_cast<QLabel *>(layout->labelForField(const_cast<QLabel *>(label)));
    QVERIFY(caption);
    QCOMPARE(caption->text(), QStringLiteral("Oldest review:"));
    QCOMPARE(caption->buddy(), label);
}

void TestAboutDialog::values_reachedByTabAndLabelledByCaptions_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("value");
    QTest::newRow("Qt") << "qtVersionTitle"
                        << "qtVersionLabel";
    QTest::newRow("Chromium") << "chromiumVersionTitle"
                              << "chromiumVersionLabel";
    QTest::newRow("documents") << "documentCountTitle"
                               << "documentCountLabel";
    QTest::newRow("sections") << "sectionCountTitle"
                              << "sectionCountLabel";
    QTest::newRow("content version") << "contentVersionTitle"
                                     << "contentVersionLabel";
    QTest::newRow("oldest review") << "oldestReviewTitle"
                                   << "oldestReviewLabel";
}

// A keyboard user reaches each value with Tab, and a screen reader names it by its caption.
void TestAboutDialog::values_reachedByTabAndLabelledByCaptions()
{
    QFETCH(QString, caption);
    QFETCH(QString, value);
    auto *captionLabel = m_dialog->findChild<QLabel *>(caption);
    auto *valueLabel = m_dialog->findChild<QLabel *>(value);
    QVERIFY(captionLabel && valueLabel);

    QSet<QWidget *> reached;
    for (int i = 0; i < 20 && !reached.contains(valueLabel); ++i) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : static_cast<QWidget *>(m_dialog.get()),
                        Qt::Key_Tab);
        reached.insert(QApplication::focusWidget());
    }
    QVERIFY2(reached.contains(valueLabel), qPrintable(value));

    const auto labels =
        QAccessible::queryAccessibleInterface(valueLabel)->relations(QAccessible::Label);
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first().first->object(), captionLabel);
}

void TestAboutDialog::trustbook_showsNoBrandRows()
{
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("About Trustbook"));
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("brandAboutLabel")));
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("supportLabel")));
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("homeLabel")));
}

void TestAboutDialog::brand_namesTheDialogAndShowsItsWordsAndAddresses()
{
    Brand brand;
    brand.fromManifest = true;
    brand.name = QStringLiteral("Acme Trust Center");
    brand.about = QStringLiteral("Answers from <b>Acme</b>'s security team.");
    brand.support = QStringLiteral("trust@acme.example");
    brand.home = QStringLiteral("https://trust.acme.example");
    m_dialog = std::make_unique<AboutDialog>(*m_catalog, brand);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));

    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("About Acme Trust Center"));
    QCOMPARE(labelText("applicationLabel"), QStringLiteral("Acme Trust Center 9.8.7"));
    const auto *about = m_dialog->findChild<QLabel *>(QStringLiteral("brandAboutLabel"));
    QVERIFY(about && about->isVisible());
    QCOMPARE(about->text(), brand.about);
    QCOMPARE(about->textFormat(), Qt::PlainText); // the brand's words, never markup
    QCOMPARE(shownText("supportLabel"), brand.support);
    QCOMPARE(labelText("supportTitle"), QStringLiteral("Support:"));
    QCOMPARE(shownText("homeLabel"), brand.home);
    QCOMPARE(labelText("homeTitle"), QStringLiteral("Web:"));
}

void TestAboutDialog::brandAddress_opensWhenActivated_data()
{
    QTest::addColumn<QString>("support");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QUrl>("opened");
    const QString mail = QStringLiteral("trust@acme.example");
    const QString web = QStringLiteral("https://help.acme.example/security?from=app&x=<1>");
    QTest::newRow("support e-mail")
        << mail << "supportLabel" << QUrl(QStringLiteral("mailto:trust@acme.example"));
    QTest::newRow("support web address") << web << "supportLabel" << QUrl(web);
    QTest::newRow("web") << mail << "homeLabel"
                         << QUrl(QStringLiteral("https://trust.acme.example"));
}

// As in KDE's About dialogs, where to ask and the web address open what they name (the window
// opens them as the page's links; the keyboard's way to them: tst_addresslabel).
void TestAboutDialog::brandAddress_opensWhenActivated()
{
    QFETCH(QString, support);
    QFETCH(QString, label);
    QFETCH(QUrl, opened);
    Brand brand;
    brand.fromManifest = true;
    brand.name = QStringLiteral("Acme Trust Center");
    brand.support = support;
    brand.home = QStringLiteral("https://trust.acme.example");
    m_dialog = std::make_unique<AboutDialog>(*m_catalog, brand);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QSignalSpy open(m_dialog.get(), &AboutDialog::openRequested);
    auto *address = m_dialog->findChild<QLabel *>(label);
    QVERIFY(address);
    // A click on the address's first letters.
    const QRect text = address->contentsRect();
    QTest::mouseClick(address, Qt::LeftButton, {}, QPoint(text.left() + 4, text.center().y()));
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toUrl(), opened);
}

TRUSTBOOK_WEB_TEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
