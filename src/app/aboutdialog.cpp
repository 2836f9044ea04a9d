#include "aboutdialog.h"

#include "addresslabel.h"
#include "brand.h"
#include "contentcatalog.h"
#include "reviewtext.h"
#include "ui_aboutdialog.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

namespace {

// What a brand's "Support:" or "Web:" address opens. The brand manifest admits an e-mail address
// or an http(s) address, nothing else: the first as a mailto: link, the second as it is.
QUrl addressUrl(const QString &address)
{
    const QUrl url(address);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        return url;
    return QUrl(QStringLiteral("mailto:") + address);
}

} // namespace

AboutDialog::AboutDialog(const ContentCatalog &catalog, const Brand &brand, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("About %1").arg(brand.name));
    m_ui->applicationLabel->setText(
        tr("%1 %2").arg(brand.name, QCoreApplication::applicationVersion()));
    m_ui->qtVersionLabel->setText(QString::fromLatin1(qVersion()));
    // Chromium 102 is old; the security patch level is what tells a reviewer how old.
    m_ui->chromiumVersionLabel->setText(
        tr("%1, security patches up to %2")
            .arg(QString::fromLatin1(qWebEngineChromiumVersion()),
                 QString::fromLatin1(qWebEngineChromiumSecurityPatchVersion())));
    m_ui->documentCountLabel->setText(QLocale().toString(catalog.documentCount()));
    m_ui->sectionCountLabel->setText(QLocale().toString(catalog.sectionCount()));
    m_ui->contentVersionLabel->setText(catalog.contentVersion().left(kShortHashLength));
    showFullHash(catalog.contentVersion());
    showOldestReview(catalog);
    showBrand(brand);
    // The values take Tab (to be read and copied), so the first of them would have the focus,
    // a text cursor blinking in "6.4.2" as if it could be edited. The dialog opens on its
    // button, as KDE's About dialogs do; Tab goes on to the values.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus(Qt::OtherFocusReason);
}

// A brand's own words and where to ask: its text under the description, its addresses as rows.
void AboutDialog::showBrand(const Brand &brand)
{
    if (!brand.about.isEmpty()) {
        auto *about = new QLabel(brand.about, this);
        about->setObjectName(QStringLiteral("brandAboutLabel"));
        about->setTextFormat(Qt::PlainText); // the brand's text, never markup
        about->setWordWrap(true);
        m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->descriptionLabel) + 1,
                                       about);
    }
    if (!brand.support.isEmpty())
        addAddressRow(QStringLiteral("support"), tr("Support:"), brand.support);
    if (brand.fromManifest)
        addAddressRow(QStringLiteral("home"), tr("Web:"), brand.home);
}

QLabel *AboutDialog::addRow(const QString &name, const QString &caption, const QString &value)
{
    auto *label = new QLabel(value, this);
    label->setTextFormat(Qt::PlainText);
    // As the form's values: reached with Tab, selectable from the keyboard, named by its caption.
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
    addRow(name, caption, label);
    return label;
}

void AboutDialog::addRow(const QString &name, const QString &caption, QLabel *value)
{
    value->setObjectName(name + QLatin1String("Label"));
    auto *title = new QLabel(caption, this);
    title->setObjectName(name + QLatin1String("Title"));
    title->setBuddy(value);
    m_ui->detailsLayout->addRow(title, value);
}

void AboutDialog::addAddressRow(const QString &name, const QString &caption, const QString &address)
{
    auto *label = new AddressLabel(address, addressUrl(address), this);
    connect(label, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openRequested(QUrl(link, QUrl::StrictMode)); });
    addRow(name, caption, label);
}

AboutDialog::~AboutDialog() = default;

// What an auditor asks next after the version: how fresh the answers are. Added in code, after
// the form's rows, and only for content that records reviews.
void AboutDialog::showOldestReview(const ContentCatalog &catalog)
{
    const SectionRef oldest = catalog.oldestReview();
    if (!oldest.isValid())
        return;
    const SectionEntry &section = catalog.section(oldest);
    QLabel *label = addRow(QStringLiteral("oldestReview"), tr("Oldest review:"),
                           tr("%1, \u201c%2\u201d (%3)")
                               .arg(section.review.reviewed.toString(Qt::ISODate), section.title,
                                    catalog.document(oldest.document).title));
    label->setWordWrap(true);
}

// In a fixed-pitch font and wide enough to read whole: people compare it digit by digit.
void AboutDialog::showFullHash(const QString &hash)
{
    QLineEdit *edit = m_ui->contentHashEdit;
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setText(hash);
    edit->setCursorPosition(0);
    const QFontMetrics metrics(edit->font());
    edit->setMinimumWidth(metrics.horizontalAdvance(hash + QStringLiteral("MM")));
}
