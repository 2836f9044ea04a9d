#pragma once

#include "contentcatalog.h"

#include <QWebEngineView>

class HelpPage;
class QWebEngineProfile;

// Shows a place in the content. Moving within the loaded document is a fragment navigation
// (no reload, and it lands in the history); another document loads its page.
class HelpView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpView)

public:
    HelpView(QWebEngineProfile *profile, const ContentCatalog &catalog, QWidget *parent = nullptr);

    void showSection(SectionRef ref);
    HelpPage *helpPage() const { return m_page; }
    QUrl urlFor(SectionRef ref) const;

private:
    const ContentCatalog &m_catalog;
    HelpPage *m_page;
};
