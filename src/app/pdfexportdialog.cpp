#include "pdfexportdialog.h"

#include "pdfexporter.h"
#include "ui_pdfexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

PdfExportDialog::PdfExportDialog(const Offer &offer, QSettings &settings, const QLocale &locale,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PdfExportDialog>())
    , m_folder(settings, QStringLiteral("pdfExport/lastFolder"))
{
    m_ui->setupUi(this);
    for (const auto size : {QPageSize::A4, QPageSize::Letter, QPageSize::Legal})
        m_ui->pageSizeCombo->addItem(QPageSize::name(size), size);
    m_ui->pageSizeCombo->setCurrentIndex(
        m_ui->pageSizeCombo->findData(PdfExportRequest::localPageSize(locale)));
    m_ui->orientationCombo->addItem(tr("Portrait"), QPageLayout::Portrait);
    m_ui->orientationCombo->addItem(tr("Landscape"), QPageLayout::Landscape);
    offerScopes(offer);
    m_ui->fileEdit->setText(QDir(m_folder.path()).filePath(offer.suggestedFileName));

    QPushButton *exportButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    exportButton->setText(tr("&Export"));
    connect(m_ui->fileEdit, &QLineEdit::textChanged, exportButton,
            [exportButton](const QString &text) { exportButton->setEnabled(!text.isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PdfExportDialog::accept);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &PdfExportDialog::chooseFile);
}

PdfExportDialog::~PdfExportDialog() = default;

void PdfExportDialog::offerScopes(const Offer &offer)
{
    m_ui->currentSectionButton->setEnabled(offer.currentSection);
    m_ui->selectedSectionsButton->setEnabled(offer.selectedSections > 0);
    m_ui->selectedSectionsButton->setText(
        tr("The sections selected in the &tree (%1)").arg(offer.selectedSections));
    m_ui->currentDocumentButton->setEnabled(offer.currentDocument);
    // The narrowest scope that means what the user just did: several rows selected, else
    // the section being read, else its document.
    QRadioButton *preferred = offer.selectedSections > 1 ? m_ui->selectedSectionsButton
                              : offer.currentSection     ? m_ui->currentSectionButton
                              : offer.currentDocument    ? m_ui->currentDocumentButton
                                                         : m_ui->allContentButton;
    preferred->setChecked(true);
}

void PdfExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to PDF"), filePath(),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

PdfExportDialog::Scope PdfExportDialog::scope() const
{
    if (m_ui->selectedSectionsButton->isChecked())
        return Scope::SelectedSections;
    if (m_ui->currentSectionButton->isChecked())
        return Scope::CurrentSection;
    if (m_ui->currentDocumentButton->isChecked())
        return Scope::CurrentDocument;
    return Scope::AllContent;
}

QPageLayout PdfExportDialog::pageLayout() const
{
    return PdfExportRequest::defaultPageLayout(
        m_ui->pageSizeCombo->currentData().value<QPageSize::PageSizeId>(),
        m_ui->orientationCombo->currentData().value<QPageLayout::Orientation>());
}

// A name without a suffix gets ".pdf", as a save dialog would add it.
QString PdfExportDialog::filePath() const
{
    const QString path = m_ui->fileEdit->text().trimmed();
    return path.isEmpty() || !QFileInfo(path).suffix().isEmpty() ? path
                                                                 : path + QLatin1String(".pdf");
}

void PdfExportDialog::accept()
{
    if (filePath().isEmpty())
        return;
    m_folder.remember(filePath());
    QDialog::accept();
}
