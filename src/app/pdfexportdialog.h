#pragma once

#include "rememberedfolder.h"

#include <QDialog>
#include <QLocale>
#include <QPageLayout>

#include <memory>

namespace Ui {
class PdfExportDialog;
}

// Asks how to export: which places, the paper, the file and whom it is prepared for. It knows
// nothing of the content: the caller says which scopes make sense right now and turns the
// answer into places. For File > Print it asks only which places and for whom (the print
// preview has the paper).
class PdfExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExportDialog)

public:
    enum class Scope { CurrentSection, SelectedSections, CurrentDocument, AllContent };
    enum class Purpose { Export, Print };

    struct Offer
    {
        bool currentSection = false;
        int selectedSections = 0;
        bool currentDocument = false;
        QString suggestedFileName; // for the scope first chosen; placed in the last folder used
        // The names the other scopes suggest when chosen (empty: keep the one there is).
        QString sectionFileName;
        QString selectionFileName;
        QString documentFileName;
        QString allFileName;
    };

    // The page size defaults to the locale's paper; the folder to the one last exported to.
    PdfExportDialog(const Offer &offer, RememberedFolder folder, const QLocale &locale,
                    QWidget *parent = nullptr, Purpose purpose = Purpose::Export);
    ~PdfExportDialog() override;

    Scope scope() const;
    QPageLayout pageLayout() const;
    QString filePath() const;
    QString preparedFor() const; // trimmed; empty: none

    // Closes only with a file that can be written: a missing documents folder is made, a file
    // that exists is replaced only when the user says so (the file chooser asks itself), and
    // any other problem is shown while the dialog and its choices stay.
    void accept() override;

private:
    void offerScopes(const Offer &offer);
    void chooseFile();
    void suggestFileName();
    QString suggestedFor(Scope scope) const;
    void askToReplace(const QString &path);
    void showProblem(const QString &problem);

    std::unique_ptr<Ui::PdfExportDialog> m_ui;
    RememberedFolder m_folder; // where the last export went
    Offer m_offer;
    Purpose m_purpose;
    QString m_suggested;     // the file name last suggested: replaced on a change of scope
    QString m_confirmedPath; // a path whose replacement the user has agreed to
};
