#pragma once

#include "contentbundle.h"

#include <QWebEngineProfile>

class ContentSchemeHandler;
class RequestBlocker;

// The one web profile the app uses, locked down for showing our own content and nothing
// else: off the record (no cache, cookies or history on disk), page scripts and every
// browser feature a document does not need switched off, the app's scheme served from
// resources, everything else blocked, downloads refused.
class HelpProfile final : public QWebEngineProfile
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpProfile)

public:
    // `bundle` must outlive the profile.
    explicit HelpProfile(const ContentBundle &bundle, QObject *parent = nullptr);
    ~HelpProfile() override;

    RequestBlocker *requestBlocker() const { return m_blocker; }
    ContentSchemeHandler *schemeHandler() const { return m_schemeHandler; }

private:
    void lockDownSettings();

    ContentSchemeHandler *m_schemeHandler;
    RequestBlocker *m_blocker;
};
