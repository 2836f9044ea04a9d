#pragma once

#include <QString>
#include <QUrl>

// Decides what a link in a page may do. The web view is a display, not a browser: only the
// app's own scheme is shown inside it, a short list of schemes a person expects to leave the
// app for goes to the system browser, and everything else (javascript:, file:, data:, smb:,
// ms-msdt:, unknown schemes, malformed URLs) is refused.
class LinkPolicy final
{
public:
    enum class Decision { Internal, External, Blocked };

    explicit LinkPolicy(QString appScheme);

    Decision decide(const QUrl &url) const;
    QString appScheme() const { return m_appScheme; }

private:
    bool isInternal(const QUrl &url) const;
    static bool isExternal(const QUrl &url);

    QString m_appScheme;
};
