#include "scriptblockstripper.h"

#include "sourcelines.h"

#include <QByteArrayView>

namespace {

// CommonMark allows up to three spaces before a fence or an HTML block; four make it code.
constexpr qsizetype maxIndent = 3;

qsizetype indentOf(QByteArrayView text)
{
    qsizetype indent = 0;
    while (indent < text.size() && text.at(indent) == ' ')
        ++indent;
    return indent;
}

qsizetype runLength(QByteArrayView text, char c)
{
    qsizetype length = 0;
    while (length < text.size() && text.at(length) == c)
        ++length;
    return length;
}

bool isBlank(QByteArrayView text)
{
    return text.trimmed().isEmpty();
}

struct Fence
{
    char marker = 0; // 0 while outside fenced code
    qsizetype length = 0;
};

Fence openingFence(QByteArrayView text)
{
    const qsizetype indent = indentOf(text);
    if (indent > maxIndent)
        return {};
    const QByteArrayView rest = text.sliced(indent);
    for (const char marker : {'`', '~'}) {
        const qsizetype length = runLength(rest, marker);
        // A backtick fence's info string may not contain a backtick (it would be inline code).
        const bool validInfo = marker == '~' || !rest.sliced(length).contains('`');
        if (length >= 3 && validInfo)
            return {marker, length};
    }
    return {};
}

bool closesFence(QByteArrayView text, const Fence &fence)
{
    const qsizetype indent = indentOf(text);
    if (indent > maxIndent)
        return false;
    const QByteArrayView rest = text.sliced(indent);
    const qsizetype length = runLength(rest, fence.marker);
    return length >= fence.length && isBlank(rest.sliced(length));
}

bool isTagNameEnd(QByteArrayView rest)
{
    return rest.isEmpty() || rest.front() == '>' || rest.front() == '/' || rest.front() == ' ' ||
           rest.front() == '\t';
}

// The tag name ("script" or "style") that opens a component block on this lower-cased line.
QByteArrayView openingTag(QByteArrayView lowered)
{
    const qsizetype indent = indentOf(lowered);
    if (indent > maxIndent)
        return {};
    const QByteArrayView rest = lowered.sliced(indent);
    for (const QByteArrayView tag : {QByteArrayView("script"), QByteArrayView("style")}) {
        if (rest.startsWith('<') && rest.sliced(1).startsWith(tag) &&
            isTagNameEnd(rest.sliced(1 + tag.size())))
            return tag;
    }
    return {};
}

// Whether the lower-cased line holds "</tag>" (spaces allowed before '>') at or after `from`.
bool containsCloseTag(QByteArrayView lowered, QByteArrayView tag, qsizetype from)
{
    const QByteArray closeStart = "</" + tag.toByteArray();
    for (qsizetype at = lowered.indexOf(closeStart, from); at >= 0;
         at = lowered.indexOf(closeStart, at + 1)) {
        const QByteArrayView rest = lowered.sliced(at + closeStart.size()).trimmed();
        if (rest.startsWith('>'))
            return true;
    }
    return false;
}

class Stripper
{
public:
    explicit Stripper(qsizetype size) { m_output.reserve(size); }

    void feed(const SourceLine &line, int number);
    bool blockOpen() const { return !m_blockTag.isEmpty(); }
    int blockLine() const { return m_blockLine; }
    QByteArrayView blockTag() const { return m_blockTag; }
    QByteArray output() const { return m_output; }

private:
    void feedInsideBlock(const SourceLine &line, const QByteArray &lowered);
    void feedOutsideBlock(const SourceLine &line, const QByteArray &lowered, int number);
    void openBlock(const SourceLine &line, const QByteArray &lowered, QByteArrayView tag,
                   int number);

    QByteArray m_output;
    Fence m_fence;
    QByteArrayView m_blockTag;
    int m_blockLine = 0;
};

void Stripper::feed(const SourceLine &line, int number)
{
    // A tag opens or closes a block only on a line with a '<': the others, most lines, are
    // not lowered (lowering every line was half the stripper's time).
    const QByteArray lowered =
        line.text.contains('<') ? line.text.toByteArray().toLower() : QByteArray();
    if (blockOpen())
        feedInsideBlock(line, lowered);
    else
        feedOutsideBlock(line, lowered, number);
}

// The whole closing line goes, including anything after the close tag: mdsvex puts nothing
// there, and a stray fragment of markup would otherwise show up as text.
void Stripper::feedInsideBlock(const SourceLine &line, const QByteArray &lowered)
{
    m_output.append(line.terminator);
    if (containsCloseTag(lowered, m_blockTag, 0))
        m_blockTag = {};
}

void Stripper::feedOutsideBlock(const SourceLine &line, const QByteArray &lowered, int number)
{
    if (m_fence.marker == 0) {
        if (const QByteArrayView tag = openingTag(lowered); !tag.isEmpty()) {
            openBlock(line, lowered, tag, number);
            return;
        }
        m_fence = openingFence(line.text);
    } else if (closesFence(line.text, m_fence)) {
        m_fence = {};
    }
    m_output.append(line.text).append(line.terminator);
}

void Stripper::openBlock(const SourceLine &line, const QByteArray &lowered, QByteArrayView tag,
                         int number)
{
    m_output.append(line.terminator);
    const qsizetype afterTagName = indentOf(lowered) + 1 + tag.size();
    if (containsCloseTag(lowered, tag, afterTagName))
        return;
    m_blockTag = tag;
    m_blockLine = number;
}

} // namespace

ContentResult<QByteArray> ScriptBlockStripper::strip(const QByteArray &markdown,
                                                     const QString &fileName)
{
    Stripper stripper(markdown.size());
    int number = 1;
    for (qsizetype start = 0; start < markdown.size(); ++number) {
        const SourceLine line = SourceLines::at(markdown, start);
        stripper.feed(line, number);
        start = line.next;
    }
    if (!stripper.blockOpen())
        return ContentResult<QByteArray>::success(stripper.output());
    const QString tag = QString::fromLatin1(stripper.blockTag());
    return ContentResult<QByteArray>::failure(
        {fileName, stripper.blockLine(),
         QStringLiteral("<%1> block opened here is never closed (expected </%1> on a later line)")
             .arg(tag)});
}
