#include "aboutdialog.h"

#include "contentcatalog.h"
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
}

AboutDialog::~AboutDialog() = default;

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
