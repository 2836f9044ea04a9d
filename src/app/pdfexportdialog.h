#pragma once

#include "rememberedfolder.h"

#include <QDialog>
#include <QLocale>
#include <QPageLayout>

#include <memory>

namespace Ui {
class PdfExportDialog;
}
class QSettings;

// Asks how to export: which places, the paper and the file. It knows nothing of the content:
// the caller says which scopes make sense right now and turns the answer into places.
class PdfExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExportDialog)

public:
    enum class Scope { CurrentSection, SelectedSections, CurrentDocument, AllContent };

    struct Offer
    {
        bool currentSection = false;
        int selectedSections = 0;
        bool currentDocument = false;
        QString suggestedFileName; // placed in the last folder used
    };

    // The page size defaults to the locale's paper; the folder to the one last exported to.
    PdfExportDialog(const Offer &offer, QSettings &settings, const QLocale &locale,
                    QWidget *parent = nullptr);
    ~PdfExportDialog() override;

    Scope scope() const;
    QPageLayout pageLayout() const;
    QString filePath() const;

    void accept() override;

private:
    void offerScopes(const Offer &offer);
    void chooseFile();

    std::unique_ptr<Ui::PdfExportDialog> m_ui;
    RememberedFolder m_folder; // where the last export went
};
