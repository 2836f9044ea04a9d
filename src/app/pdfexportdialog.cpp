#include "pdfexportdialog.h"

#include "atomicfilewriter.h"
#include "pdfexporter.h"
#include "ui_pdfexportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

PdfExportDialog::PdfExportDialog(const Offer &offer, RememberedFolder folder, const QLocale &locale,
                                 QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PdfExportDialog>())
    , m_folder(folder)
    , m_offer(offer)
    , m_purpose(purpose)
{
    m_ui->setupUi(this);
    for (const auto size : {QPageSize::A4, QPageSize::Letter, QPageSize::Legal})
        m_ui->pageSizeCombo->addItem(QPageSize::name(size), size);
    m_ui->pageSizeCombo->setCurrentIndex(
        m_ui->pageSizeCombo->findData(PdfExportRequest::localPageSize(locale)));
    m_ui->orientationCombo->addItem(tr("Portrait"), QPageLayout::Portrait);
    m_ui->orientationCombo->addItem(tr("Landscape"), QPageLayout::Landscape);
    offerScopes(offer);
    m_suggested = offer.suggestedFileName;
    m_ui->fileEdit->setText(QDir(m_folder.path()).filePath(m_suggested));

    QPushButton *exportButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    exportButton->setText(purpose == Purpose::Print ? tr("&Print…") : tr("&Export"));
    // Enter exports, even after Choose… (a push button that had the focus would take it).
    exportButton->setDefault(true);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, exportButton,
            [exportButton](const QString &text) { exportButton->setEnabled(!text.isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PdfExportDialog::accept);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &PdfExportDialog::chooseFile);
    for (QRadioButton *button : {m_ui->currentSectionButton, m_ui->selectedSectionsButton,
                                 m_ui->currentDocumentButton, m_ui->allContentButton})
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                suggestFileName();
        });
    if (purpose == Purpose::Print) {
        setWindowTitle(tr("Print"));
        m_ui->scopeGroup->setTitle(tr("What to print"));
        for (QWidget *widget :
             {static_cast<QWidget *>(m_ui->pageSizeLabel),
              static_cast<QWidget *>(m_ui->pageSizeCombo),
              static_cast<QWidget *>(m_ui->orientationLabel),
              static_cast<QWidget *>(m_ui->orientationCombo),
              static_cast<QWidget *>(m_ui->fileLabel), static_cast<QWidget *>(m_ui->fileEdit),
              static_cast<QWidget *>(m_ui->chooseFileButton)})
            widget->hide();
    }
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

QString PdfExportDialog::suggestedFor(Scope scope) const
{
    switch (scope) {
    case Scope::CurrentSection:
        return m_offer.sectionFileName;
    case Scope::SelectedSections:
        return m_offer.selectionFileName;
    case Scope::CurrentDocument:
        return m_offer.documentFileName;
    case Scope::AllContent:
        break;
    }
    return m_offer.allFileName;
}

// A name the dialog suggested follows the scope ("All content" is not one question's file);
// a name the user typed stays.
void PdfExportDialog::suggestFileName()
{
    const QString next = suggestedFor(scope());
    const QFileInfo current(m_ui->fileEdit->text().trimmed());
    if (next.isEmpty() || current.fileName() != m_suggested)
        return;
    m_suggested = next;
    m_ui->fileEdit->setText(current.dir().filePath(next));
}

void PdfExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to PDF"), filePath(),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_ui->fileEdit->setText(path);
    m_confirmedPath = filePath(); // the chooser asked before offering an existing file
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
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

// As a save dialog reads what is typed: a bare name (or a relative path) lands in the folder
// the dialog offered, not in whatever folder the app was started from; "~/" is the home folder;
// a name without a suffix gets ".pdf".
QString PdfExportDialog::filePath() const
{
    QString path = m_ui->fileEdit->text().trimmed();
    if (path.isEmpty())
        return path;
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::home().filePath(path.mid(2));
    else if (QDir::isRelativePath(path))
        path = QDir(m_folder.path()).filePath(path);
    path = QDir::cleanPath(path);
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1String(".pdf") : path;
}

QString PdfExportDialog::preparedFor() const
{
    return m_ui->preparedForEdit->text().simplified();
}

void PdfExportDialog::accept()
{
    if (m_purpose == Purpose::Print) {
        QDialog::accept();
        return;
    }
    const QString path = filePath();
    if (path.isEmpty())
        return;
    // A fresh home may have no documents folder yet, and it is where the dialog starts.
    const QString folder = QFileInfo(path).absolutePath();
    if (folder == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        QDir().mkpath(folder);
    if (const Result<Done> writable = AtomicFileWriter::check(path); !writable) {
        showProblem(writable.error());
        return;
    }
    if (QFileInfo::exists(path) &&
        QFileInfo(path).absoluteFilePath() != QFileInfo(m_confirmedPath).absoluteFilePath()) {
        askToReplace(path);
        return;
    }
    m_folder.remember(path);
    QDialog::accept();
}

// Not exec(): the dialog is window-modal and stays responsive; the answer comes back here.
void PdfExportDialog::askToReplace(const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(),
                                tr("%1 already exists. Replace it?").arg(path),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, replace, path] {
        if (box->clickedButton() != replace)
            return;
        m_confirmedPath = path;
        accept();
    });
    box->open();
}

void PdfExportDialog::showProblem(const QString &problem)
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, windowTitle(), problem, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
