#include "searchtextwriter.h"

void SearchTextWriter::add(const QString &document, const QString &path, const QString &text,
                           const QString &title)
{
    if (m_json.size() > 1)
        m_json += ',';
    m_json += "{\"document\":";
    appendString(document);
    m_json += ",\"path\":";
    appendString(path);
    m_json += ",\"text\":";
    appendString(text);
    m_json += ",\"title\":";
    appendString(title);
    m_json += '}';
}

// QJsonDocument's escaping: the quote, the backslash and the control characters; everything
// else as UTF-8, copied in runs (appended byte by byte, it cost a child nearly as much as
// cmark-gfm's parse).
void SearchTextWriter::appendString(const QString &string)
{
    static const char kHex[] = "0123456789abcdef";
    m_json += '"';
    const QByteArray utf8 = string.toUtf8();
    const char *run = utf8.constData();
    const char *const end = run + utf8.size();
    for (const char *at = run; at != end; ++at) {
        const char c = *at;
        const auto byte = static_cast<uchar>(c);
        if (byte >= 0x20 && c != '"' && c != '\\')
            continue;
        m_json.append(run, at - run);
        run = at + 1;
        m_json += '\\';
        switch (c) {
        case '"':
        case '\\':
            m_json += c;
            break;
        case '\b':
            m_json += 'b';
            break;
        case '\f':
            m_json += 'f';
            break;
        case '\n':
            m_json += 'n';
            break;
        case '\r':
            m_json += 'r';
            break;
        case '\t':
            m_json += 't';
            break;
        default:
            m_json += "u00";
            m_json += kHex[byte >> 4];
            m_json += kHex[byte & 0xf];
            break;
        }
    }
    m_json.append(run, end - run);
    m_json += '"';
}
