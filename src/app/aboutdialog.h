#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}
class ContentCatalog;
class QLabel;
class QUrl;
struct Brand;

// Help > About: which app (the brand's name, its own words and addresses), Qt and Chromium this
// is, and which content it shows. The content version is what an auditor writes down as
// evidence, so it can be copied in full.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const ContentCatalog &catalog, const Brand &brand, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Enough of the SHA-256 to tell versions apart at a glance, as git shortens commit ids.
    static constexpr int kShortHashLength = 12;

Q_SIGNALS:
    // A brand's support or web address was clicked or activated with the keyboard; the window
    // opens it as it opens the page's external links.
    void openRequested(const QUrl &url);

private:
    void showFullHash(const QString &hash);
    void showOldestReview(const ContentCatalog &catalog);
    void showBrand(const Brand &brand);
    // A caption and a selectable value after the form's rows; objects named <name>Title and
    // <name>Label.
    QLabel *addRow(const QString &name, const QString &caption, const QString &value);
    void addRow(const QString &name, const QString &caption, QLabel *value);
    // The same, its value a link to `address` (AddressLabel).
    void addAddressRow(const QString &name, const QString &caption, const QString &address);

    std::unique_ptr<Ui::AboutDialog> m_ui;
};
