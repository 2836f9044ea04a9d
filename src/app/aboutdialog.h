#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}
class ContentCatalog;

// Help > About: which Trustbook, Qt and Chromium this is, and which content it shows. The
// content version is what an auditor writes down as evidence, so it can be copied in full.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const ContentCatalog &catalog, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Enough of the SHA-256 to tell versions apart at a glance, as git shortens commit ids.
    static constexpr int kShortHashLength = 12;

private:
    void showFullHash(const QString &hash);
    void showOldestReview(const ContentCatalog &catalog);

    std::unique_ptr<Ui::AboutDialog> m_ui;
};
