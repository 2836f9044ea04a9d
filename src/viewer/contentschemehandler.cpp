#include "contentschemehandler.h"

#include "appscheme.h"
#include "pageaddress.h"
#include "reviewline.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

ContentSchemeHandler::ContentSchemeHandler(const ContentBundle &bundle, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_bundle(bundle)
{}

void ContentSchemeHandler::registerUrlScheme()
{
    QWebEngineUrlScheme scheme(QByteArray(appScheme().data()));
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure and local, nothing looser: no CORS, no CSP bypass, no access to file: URLs.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);

    // With unknown schemes disallowed, Chromium drops mailto: as an "external protocol"
    // before the page is asked, so e-mail links would silently do nothing. Registered, its
    // navigations reach HelpPage::acceptNavigationRequest, which hands them to the desktop.
    QWebEngineUrlScheme mailto(QByteArrayLiteral("mailto"));
    mailto.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    QWebEngineUrlScheme::registerScheme(mailto);
}

void ContentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // Only exactly trustbook://content.trustbook/?DOC names a page (PageAddress compares it as
    // encoded text, never joined into a path: "..", "%2e%2e" and friends cannot name
    // anything), and only of a document in the catalog.
    const QByteArray bytes = page(PageAddress::documentOfPage(job->requestUrl()));
    if (bytes.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(bytes);
    job->reply(QByteArrayLiteral("text/html"), buffer);
}

QByteArray ContentSchemeHandler::page(const QString &documentId) const
{
    const QByteArray bytes = m_bundle.page(documentId); // empty unless in the catalog
    return bytes.isEmpty() ? bytes : withReviewMarks(themed(bytes));
}

QByteArray ContentSchemeHandler::themed(QByteArray page) const
{
    const qsizetype html = page.indexOf("<html");
    if (html >= 0)
        page.insert(html + 5, " data-theme=\"" + QByteArray(pageThemeName(m_theme).data()) + '"');
    return page;
}

QByteArray ContentSchemeHandler::withReviewMarks(QByteArray html) const
{
    //: After an answer's review line when its review-by date has passed; %1 is that date.
    return ReviewLine::markOverdue(std::move(html), m_today(), tr("review overdue (due %1)"));
}
