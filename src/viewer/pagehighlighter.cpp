#include "pagehighlighter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace {

// Returns false when the page is not (yet) the document asked for, so the caller can try
// again once it has loaded. Words are matched as literal text: every regular expression
// character is escaped.
const char kScript[] = R"JS(
(function (documentUrl, sectionId, words) {
  if (document.URL.split('#')[0] !== documentUrl) return false;
  %4
  var section = document.getElementById(sectionId);
  if (!section || words.length === 0) return true;
  var escaped = words.map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
  var pattern = new RegExp('(^|[^\\p{L}\\p{N}])((?:' + escaped.join('|') + ')[\\p{L}\\p{N}]*)', 'giu');
  var walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  var nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  nodes.forEach(function (node) {
    var text = node.nodeValue, last = 0, match, parts = document.createDocumentFragment();
    pattern.lastIndex = 0;
    while ((match = pattern.exec(text)) !== null) {
      var start = match.index + match[1].length;
      parts.appendChild(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement('mark');
      mark.className = 'trustbook-hit';
      mark.textContent = match[2];
      parts.appendChild(mark);
      last = start + match[2].length;
    }
    if (last === 0) return;
    parts.appendChild(document.createTextNode(text.slice(last)));
    node.replaceWith(parts);
  });
  return true;
})(%1, %2, %3)
)JS";

QString jsValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Takes the marks out of the body and joins its text again, as it was parsed.
const char kRemoveMarks[] = R"JS(
  document.querySelectorAll('mark.trustbook-hit').forEach(function (mark) {
    mark.replaceWith(document.createTextNode(mark.textContent));
  });
  document.body.normalize();
)JS";

} // namespace

QString PageHighlighter::removeMarksScript()
{
    return QString::fromUtf8(kRemoveMarks);
}

PageHighlighter::PageHighlighter(QWebEnginePage *page, QObject *parent)
    : QObject(parent)
    , m_page(page)
{
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok && m_pending)
            apply();
    });
}

void PageHighlighter::highlight(const QUrl &sectionUrl, const QStringList &words)
{
    m_sectionUrl = sectionUrl;
    m_words = words;
    m_pending = true;
    apply();
}

void PageHighlighter::clear()
{
    highlight(m_page->url(), {});
}

void PageHighlighter::apply()
{
    const QString script = QString::fromUtf8(kScript).arg(
        jsValue(m_sectionUrl.toString(QUrl::RemoveFragment)), jsValue(m_sectionUrl.fragment()),
        jsValue(QJsonArray::fromStringList(m_words)), removeMarksScript());
    // The answer may come after this object is gone (the window closing).
    const QPointer<PageHighlighter> self(this);
    const QUrl requested = m_sectionUrl;
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld,
                          [self, requested](const QVariant &applied) {
                              if (self && applied.toBool() && requested == self->m_sectionUrl)
                                  self->m_pending = false;
                          });
}
