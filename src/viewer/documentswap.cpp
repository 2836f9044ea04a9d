#include "documentswap.h"

#include "pageaddress.h"
#include "pagehighlighter.h"
#include "pagesections.h"
#include "viewerlogging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <utility>

namespace {

// Run in the application world, so page scripts stay off. innerHTML runs no <script>, and
// the page's CSP (no 'unsafe-inline') keeps event-handler attributes from running too. The
// title goes in through the <title> element's innerHTML, which parses it as RCDATA: its
// entities are decoded and nothing in it becomes markup. Scroll restoration is manual because
// the app, not Chromium, brings the right body back on Back/Forward: restored offsets would be
// applied to the body still shown.
//
// A long body comes in steps (PageSections::cutAround): first the section landed on and those
// after it that fill a screen; from the frame after the one that shows them, a piece of the
// sections before and one of those after at each frame. The reader sees the section once
// those few are parsed, not the whole document, and the renderer is never busy with more than
// a piece when the reader moves on. The scroll offset moves by whatever a piece inserted above
// adds, so the section stays where it is. Page scripts are off, so no timer fires, but
// requestAnimationFrame's callbacks do. A body kept before all its pieces came keeps the rest
// along, so that a quick move on parses nothing more. What needs every section of the body
// shown (find in page) puts all the rest in first (finishScript()); with the view hidden no
// frame comes, and only that does.
//
// The body shown is kept (its nodes, detached) under its document's id when `keepAs` names
// it, and a kept body is put back instead of parsing the page again when `take` names it:
// DocumentSwap decides both and what to `drop`, so the page keeps exactly the bodies the app
// counts on. A kept body leaves without the search's marks, as a parse would bring it back.
// Returns how long its steps took in milliseconds (the body's parse or return, style and
// layout, the rest), or null when the page is not one a swap can go into or lacks the body to
// take; then nothing has changed.
const char kScript[] = R"JS(
(function (swap) {
  'use strict';
  const startedAt = Date.now();
  const started = performance.now();
  const title = document.head && document.head.querySelector('title');
  if (!document.body || !title) return null;
  const kept = window.trustbookKeptBodies || (window.trustbookKeptBodies = new Map());
  const taken = swap.take ? kept.get(swap.take) : null;
  if (swap.take && !taken) return null;
  // The pieces the body shown has still to get: they go along with it when it is kept, and
  // come in once it is back.
  const rest = window.trustbookRestOfBody || { before: [], after: [] };
  window.trustbookRestOfBody = null;
  if (swap.keepAs) {
    %2
    const nodes = document.createDocumentFragment();
    nodes.append(...document.body.childNodes);
    kept.set(swap.keepAs, { nodes: nodes, before: rest.before, after: rest.after });
  }
  swap.drop.forEach(function (id) { kept.delete(id); });
  if (taken) {
    kept.delete(swap.take);
    document.body.replaceChildren(taken.nodes);
  } else {
    document.body.innerHTML = swap.body;
  }
  const parsed = performance.now();
  void document.body.offsetHeight; // style and layout, which the steps below need anyway
  const laidOut = performance.now();
  document.documentElement.lang = swap.lang;
  title.innerHTML = swap.title;
  history.scrollRestoration = 'manual';
  // Back/Forward: until now the address named this body while the old one was shown, and
  // the reading position may have written a section of the old body into it.
  if (swap.push) history.pushState(null, '', swap.url);
  else history.replaceState(history.state, '', swap.url);
  const later = taken ? { before: taken.before, after: taken.after }
                      : { before: swap.before, after: swap.after };
  if (later.before.length || later.after.length) {
    // Puts the next piece on each side in, or all that are left; the section at the top of
    // the view stays where it is.
    later.add = function (all) {
      if (window.trustbookRestOfBody !== later) return;
      // The address names a section still to come only after a jump to it (the swap's own
      // section is in, and the reading position writes only sections shown), which Chromium
      // found nothing to scroll to: it all comes in, and the section into view.
      let jumpedTo = '';
      try {
        jumpedTo = decodeURIComponent(location.hash.slice(1));
      } catch (malformed) {
        // Not a section's id (a link's "#%E0"): no jump to follow, the pieces still come.
      }
      const jumped = jumpedTo !== '' && !document.getElementById(jumpedTo);
      all = all || jumped;
      const shown = document.body.querySelectorAll('section.qa');
      const first = shown[0];
      const last = shown[shown.length - 1];
      const anchor = Array.prototype.find.call(shown, function (s) {
        return s.getBoundingClientRect().bottom > 0;
      }) || last;
      const top = anchor.getBoundingClientRect().top;
      const before = all ? later.before.splice(0).reverse().join('') : later.before.shift();
      const after = all ? later.after.splice(0).join('') : later.after.shift();
      if (before) first.insertAdjacentHTML('beforebegin', before);
      if (after) last.insertAdjacentHTML('afterend', after);
      const moved = anchor.getBoundingClientRect().top - top;
      const target = jumped && document.getElementById(jumpedTo);
      if (target) target.scrollIntoView({ block: 'start' });
      else if (Math.abs(moved) >= 0.5) window.scrollBy(0, moved);
      if (!later.before.length && !later.after.length) window.trustbookRestOfBody = null;
      window.dispatchEvent(new Event('trustbook-sectionsadded'));
      if (window.trustbookRestOfBody === later)
        requestAnimationFrame(function () { later.add(false); });
    };
    later.finish = function () { later.add(true); };
    window.trustbookRestOfBody = later;
    // A kept body taken back was cut around another section: when the one asked for is still
    // to come, all of it comes in now.
    if (swap.section && !document.getElementById(swap.section)) later.finish();
    // The second frame's callbacks run once the first frame, with the section, is out.
    else requestAnimationFrame(function () {
      requestAnimationFrame(function () { later.add(false); });
    });
  }
  const section = swap.section && document.getElementById(swap.section);
  if (section) section.scrollIntoView({ block: 'start' });
  else window.scrollTo(0, 0);
  // After the scroll, so that on Back/Forward the reading position can put the reader back
  // where they were in the section, not only at its top.
  window.dispatchEvent(new CustomEvent('trustbook-documentswapped',
                                       { detail: { returning: !swap.push } }));
  const done = performance.now();
  return { parse: parsed - started, layout: laidOut - parsed, rest: done - laidOut,
           kept: taken !== null, startedAt: startedAt, endedAt: Date.now() };
})(%1)
)JS";

// Puts in every piece a long body shown has still to get, if any.
const char kFinish[] = R"JS(
  if (window.trustbookRestOfBody) window.trustbookRestOfBody.finish();
)JS";

// What a swap parses first, from the section landed on: more than a tall screen shows (a
// section of the FAQ is 0.4-2 KB of HTML), and a small part of a long document.
constexpr qsizetype kFirstBytes = 16 * 1024;
// Then a piece of this much on each side at each frame: 2-3 ms of parsing in the renderer.
constexpr qsizetype kPieceBytes = 32 * 1024;

QJsonArray stringsOf(const QList<QByteArray> &pieces)
{
    QJsonArray strings;
    for (const QByteArray &piece : pieces)
        strings.append(QString::fromUtf8(piece));
    return strings;
}

} // namespace

QString DocumentSwap::finishScript()
{
    return QString::fromUtf8(kFinish);
}

DocumentSwap::DocumentSwap(QWebEnginePage *page, Pages pages, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_pages(std::move(pages))
{
    // Qt reports a load as started before HelpPage has decided on it, and HelpPage lets only
    // internal addresses load: a link in public form (shown here again, by a swap where it
    // can be), a web address or a refused one never replaces the document.
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &load) {
                if (load.status() == QWebEngineLoadingInfo::LoadStartedStatus &&
                    PageAddress::isInternal(load.url()))
                    forget();
            });
    connect(m_page, &QWebEnginePage::loadFinished, this, &DocumentSwap::onLoadFinished);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this, &DocumentSwap::forget);
    connect(m_page, &QWebEnginePage::urlChanged, this, &DocumentSwap::onUrlChanged);
}

Result<DocumentSwap::Parts> DocumentSwap::split(const QByteArray &page)
{
    const auto failure = [](const char *what) {
        return Result<Parts>::failure(
            QStringLiteral("the page has no %1").arg(QLatin1String(what)));
    };
    Parts parts;
    const qsizetype html = page.indexOf("<html");
    const qsizetype htmlEnd = html < 0 ? -1 : page.indexOf('>', html);
    if (htmlEnd < 0)
        return failure("<html>");
    // Only the lang attribute is read from <html>: the theme the handler adds is the page's
    // own, kept by a swap.
    const QByteArray htmlTag = page.mid(html, htmlEnd - html);
    qsizetype lang = htmlTag.indexOf(" lang=\"");
    if (lang >= 0) {
        lang += 7;
        parts.lang = htmlTag.mid(lang, htmlTag.indexOf('"', lang) - lang);
    }
    const qsizetype headStart = page.indexOf("<head>", htmlEnd);
    const qsizetype headEnd = headStart < 0 ? -1 : page.indexOf("</head>", headStart);
    if (headEnd < 0)
        return failure("<head>");
    parts.head = page.mid(headStart, headEnd - headStart);
    const qsizetype titleStart = parts.head.indexOf("<title>");
    const qsizetype titleEnd = titleStart < 0 ? -1 : parts.head.indexOf("</title>", titleStart);
    if (titleEnd < 0)
        return failure("<title>");
    parts.title = parts.head.mid(titleStart + 7, titleEnd - titleStart - 7);
    parts.head.remove(titleStart + 7, parts.title.size());
    const qsizetype bodyStart = page.indexOf("<body", headEnd);
    const qsizetype bodyInside = bodyStart < 0 ? -1 : page.indexOf('>', bodyStart) + 1;
    const qsizetype bodyEnd = page.lastIndexOf("</body>");
    if (bodyInside <= 0 || bodyEnd < bodyInside)
        return failure("<body>");
    parts.body = page.mid(bodyInside, bodyEnd - bodyInside);
    return Result<Parts>::success(std::move(parts));
}

bool DocumentSwap::show(const QUrl &url)
{
    const QString document = PageAddress::documentOfPage(url);
    if (m_document.isEmpty() || document.isEmpty() || document == m_document)
        return false;
    return swapIn(document, url, true);
}

bool DocumentSwap::swapIn(const QString &document, const QUrl &url, bool push)
{
    QElapsedTimer preparing;
    preparing.start();
    const QByteArray page = m_pages(document);
    const Result<Parts> parts = split(page);
    if (!parts || parts->head != m_head)
        return false;
    const QString shown = std::exchange(m_document, document);
    const KeptBodies::Swap kept =
        m_kept.swap(shown, std::exchange(m_shownPage, page), document, page);
    const quint64 generation = ++m_generation;
    const std::optional<PageSections::Cut> cut =
        kept.take ? std::nullopt
                  : PageSections::cutAround(parts->body, url.fragment(QUrl::FullyDecoded),
                                            kFirstBytes, kPieceBytes);
    const QJsonObject swap{{QLatin1String("body"), kept.take ? QString()
                                                   : cut     ? QString::fromUtf8(cut->shown)
                                                             : QString::fromUtf8(parts->body)},
                           {QLatin1String("before"), cut ? stringsOf(cut->before) : QJsonArray()},
                           {QLatin1String("after"), cut ? stringsOf(cut->after) : QJsonArray()},
                           {QLatin1String("take"), kept.take ? document : QString()},
                           {QLatin1String("keepAs"), kept.keep ? shown : QString()},
                           {QLatin1String("drop"), QJsonArray::fromStringList(kept.drop)},
                           {QLatin1String("lang"), QString::fromUtf8(parts->lang)},
                           {QLatin1String("title"), QString::fromUtf8(parts->title)},
                           {QLatin1String("url"), url.toString(QUrl::FullyEncoded)},
                           {QLatin1String("section"), url.fragment()},
                           {QLatin1String("push"), push}};
    // One pass over the placeholders: nothing in the swap's text is taken for one.
    const QString script = QString::fromUtf8(kScript).arg(
        QString::fromUtf8(QJsonDocument(swap).toJson(QJsonDocument::Compact)),
        PageHighlighter::removeMarksScript());
    const double prepared = double(preparing.nsecsElapsed()) / 1e6;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    // The answer may come after this object is gone (the window closing).
    m_page->runJavaScript(
        script, QWebEngineScript::ApplicationWorld,
        [self = QPointer<DocumentSwap>(this), generation, url, prepared,
         sentAt](const QVariant &took) {
            if (!self || generation != self->m_generation)
                return;
            if (!took.isValid() || took.isNull()) {
                self->forget();
                self->m_page->setUrl(url);
                return;
            }
            const QVariantMap steps = took.toMap();
            const qint64 answeredAt = QDateTime::currentMSecsSinceEpoch();
            qCDebug(lcViewer,
                    "swapped in %s: %.1f ms to prepare, %lld ms until the page ran it, there "
                    "%.1f ms to %s, %.1f ms style and layout, %.1f ms the rest, %lld ms until "
                    "its answer came",
                    ViewerLogging::shown(url).constData(), prepared,
                    steps.value(QStringLiteral("startedAt")).toLongLong() - sentAt,
                    steps.value(QStringLiteral("parse")).toDouble(),
                    steps.value(QStringLiteral("kept")).toBool() ? "take the kept body back"
                                                                 : "parse",
                    steps.value(QStringLiteral("layout")).toDouble(),
                    steps.value(QStringLiteral("rest")).toDouble(),
                    answeredAt - steps.value(QStringLiteral("endedAt")).toLongLong());
            Q_EMIT self->swapped(url);
        });
    return true;
}

void DocumentSwap::onLoadFinished(bool ok)
{
    // A navigation the page refused (a link HelpPage shows in its own way) finishes without
    // success and leaves the document as it was; a load that did start has forgotten it.
    if (!ok)
        return;
    const QString document = PageAddress::documentOfPage(m_page->url());
    if (document == m_document)
        return;
    forget();
    QByteArray page = m_pages(document);
    const Result<Parts> parts = split(page);
    if (document.isEmpty() || !parts)
        return;
    m_document = document;
    m_head = parts->head;
    m_shownPage = std::move(page);
}

void DocumentSwap::onUrlChanged(const QUrl &url)
{
    // Back/Forward between swapped documents: the address moved, the body did not.
    const QString document = PageAddress::documentOfPage(url);
    if (m_document.isEmpty() || document.isEmpty() || document == m_document)
        return;
    if (!swapIn(document, url, false)) {
        forget();
        m_page->setUrl(url);
    }
}

void DocumentSwap::forget()
{
    // A load (or a renderer gone) starts a new document, whose script world keeps nothing.
    m_document.clear();
    m_head.clear();
    m_shownPage.clear();
    m_kept.clear();
    ++m_generation;
}
