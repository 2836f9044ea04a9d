#include "aboutdialog.h"

#include "contentcatalog.h"
#include "reviewtext.h"
#include "ui_aboutdialog.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLocale>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

AboutDialog::AboutDialog(const ContentCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->applicationLabel->setText(tr("Trustbook %1").arg(QCoreApplication::applicationVersion()));
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
    auto *label = new QLabel(tr("%1, \u201c%2\u201d (%3)")
                                 .arg(section.review.reviewed.toString(Qt::ISODate), section.title,
                                      catalog.document(oldest.document).title),
                             this);
    label->setObjectName(QStringLiteral("oldestReviewLabel"));
    label->setWordWrap(true);
    // As the form's values: reached with Tab, selectable from the keyboard, named by its caption.
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setFocusPolicy(Qt::StrongFocus);
    auto *title = new QLabel(tr("Oldest review:"), this);
    title->setObjectName(QStringLiteral("oldestReviewTitle"));
    title->setBuddy(label);
    m_ui->detailsLayout->addRow(title, label);
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
