#include "manifestreader.h"

#include <QStringDecoder>

#include <cmath>
#include <limits>

namespace {

// Deeper than any manifest, shallow enough that hostile nesting cannot exhaust the stack.
constexpr int kMaxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

Result<Manifest> ManifestReader::read(QByteArrayView json)
{
    ManifestReader reader(json);
    Manifest manifest;
    int format = 0;
    if (reader.readManifest(&manifest, &format)) {
        reader.skipSpace();
        if (reader.m_pos < json.size())
            reader.fail("garbage at the end of the document");
    }
    if (!reader.m_error.isEmpty())
        return Result<Manifest>::failure(
            QStringLiteral("manifest is not valid JSON at offset %1: %2")
                .arg(reader.m_pos)
                .arg(reader.m_error));
    if (format != Manifest::kFormatVersion)
        return Result<Manifest>::failure(QStringLiteral("manifest format %1 is not %2")
                                             .arg(format)
                                             .arg(Manifest::kFormatVersion));
    return Result<Manifest>::success(std::move(manifest));
}

bool ManifestReader::readManifest(Manifest *manifest, int *format)
{
    skipSpace();
    if (peek() != '{')
        return skipValue();
    return readMembers([&](QByteArrayView key) {
        if (key == "contentVersion")
            return readString(&manifest->contentVersion);
        if (key == "format")
            return readInt(format);
        if (key == "documents")
            return readList(&manifest->documents,
                            [this](DocumentEntry *document) { return readDocument(document); });
        return skipValue();
    });
}

bool ManifestReader::readDocument(DocumentEntry *document)
{
    if (peek() != '{')
        return skipValue();
    return readMembers([&](QByteArrayView key) {
        if (key == "id")
            return readString(&document->id);
        if (key == "title")
            return readString(&document->title);
        if (key == "section")
            return readString(&document->section);
        if (key == "description")
            return readString(&document->description);
        if (key == "url")
            return readString(&document->url);
        if (key == "source")
            return readString(&document->source);
        if (key == "sha256")
            return readString(&document->sha256);
        if (key == "order") {
            // Present is what counts: an order of another type is order 0, as toInt() read it.
            document->order = 0;
            return readInt(&*document->order);
        }
        if (key == "sections")
            return readList(&document->sections,
                            [this](SectionEntry *section) { return readSection(section); });
        return skipValue();
    });
}

bool ManifestReader::readSection(SectionEntry *section)
{
    if (peek() != '{')
        return skipValue();
    return readMembers([&](QByteArrayView key) {
        if (key == "id")
            return readString(&section->id);
        if (key == "title")
            return readString(&section->title);
        if (key == "line")
            return readInt(&section->line);
        if (key == "owner")
            return readString(&section->review.owner);
        if (key == "reviewed")
            return readDate(&section->review.reviewed);
        if (key == "reviewBy")
            return readDate(&section->review.reviewBy);
        return skipValue();
    });
}

bool ManifestReader::readString(QString *text)
{
    text->clear();
    if (peek() != '"')
        return skipValue();
    return decodeString(text);
}

bool ManifestReader::readInt(int *number)
{
    *number = 0;
    const char c = peek();
    if (c != '-' && !isDigit(c))
        return skipValue();
    double value = 0;
    if (!readNumber(&value))
        return false;
    // As QJsonValue::toInt(): a whole number that fits, otherwise 0.
    if (value == std::floor(value) && value >= std::numeric_limits<int>::min() &&
        value <= std::numeric_limits<int>::max())
        *number = int(value);
    return true;
}

bool ManifestReader::readDate(QDate *date)
{
    QString text;
    if (!readString(&text))
        return false;
    *date = QDate::fromString(text, Qt::ISODate);
    return true;
}

template<typename T, typename ReadOne>
bool ManifestReader::readList(QList<T> *list, ReadOne readOne)
{
    list->clear();
    if (peek() != '[')
        return skipValue();
    const bool read = readElements([&] { return readOne(&list->emplace_back()); });
    list->squeeze(); // it grew as it was read
    return read;
}

template<typename Member>
bool ManifestReader::readMembers(Member member)
{
    QByteArray decoded; // a key written with escapes, for as long as its view is used
    return readContainer('}', "unterminated object", [&] {
        QByteArrayView key;
        if (!readKey(&key, &decoded))
            return false;
        skipSpace();
        if (peek() != ':')
            return fail("missing name separator");
        ++m_pos;
        skipSpace();
        return member(key);
    });
}

template<typename Element>
bool ManifestReader::readElements(Element element)
{
    return readContainer(']', "unterminated array", element);
}

// An object's members or an array's elements: `item` reads each, comma-separated.
template<typename Item>
bool ManifestReader::readContainer(char close, const char *unterminated, Item item)
{
    if (++m_depth > kMaxDepth)
        return fail("too deeply nested");
    ++m_pos; // the opening bracket
    skipSpace();
    if (peek() != close) {
        while (true) {
            if (!item())
                return false;
            skipSpace();
            if (peek() == close)
                break;
            if (peek() != ',')
                return fail(unterminated);
            ++m_pos;
            skipSpace();
        }
    }
    ++m_pos; // `close`
    --m_depth;
    return true;
}

// Keys are compared as UTF-8, most of them where they stand in the JSON; one written with
// escapes is decoded into `decoded` first, so "\u0069d" is "id".
bool ManifestReader::readKey(QByteArrayView *key, QByteArray *decoded)
{
    if (peek() != '"')
        return fail(m_pos < m_json.size() ? "missing object member name" : "unterminated object");
    const qsizetype start = m_pos + 1;
    qsizetype end = start;
    while (end < m_json.size() && m_json.at(end) != '"' && m_json.at(end) != '\\' &&
           uchar(m_json.at(end)) >= 0x20 && uchar(m_json.at(end)) < 0x80)
        ++end;
    if (end < m_json.size() && m_json.at(end) == '"') {
        *key = m_json.sliced(start, end - start);
        m_pos = end + 1;
        return true;
    }
    QString text;
    if (!decodeString(&text))
        return false;
    *decoded = text.toUtf8();
    *key = *decoded;
    return true;
}

bool ManifestReader::decodeString(QString *text)
{
    const qsizetype quote = m_pos;
    ++m_pos;
    qsizetype run = m_pos;
    while (true) {
        // A run of plain bytes, decoded at once.
        bool ascii = true;
        while (m_pos < m_json.size()) {
            const uchar c = uchar(m_json.at(m_pos));
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ascii = ascii && c < 0x80;
            ++m_pos;
        }
        if (m_pos > run) {
            const QByteArrayView bytes = m_json.sliced(run, m_pos - run);
            // Most strings are one run: made at their size, where appending leaves room to grow
            // (a megabyte over the 40,000 strings of 10,000 sections).
            if (ascii && text->isEmpty())
                *text = QString::fromLatin1(bytes);
            else if (ascii)
                text->append(QLatin1String(bytes.data(), bytes.size()));
            else if (!appendUtf8(text, bytes))
                return (m_pos = quote, fail("invalid UTF-8 in the string that starts here"));
        }
        if (m_pos >= m_json.size())
            return fail("unterminated string");
        const char c = m_json.at(m_pos);
        if (c == '"') {
            ++m_pos;
            text->squeeze();
            return true;
        }
        if (c != '\\')
            return fail("control character in a string");
        if (m_pos + 1 >= m_json.size())
            return fail("unterminated string");
        const char escaped = m_json.at(m_pos + 1);
        m_pos += 2;
        switch (escaped) {
        case '"':
        case '\\':
        case '/':
            text->append(QLatin1Char(escaped));
            break;
        case 'b':
            text->append(QLatin1Char('\b'));
            break;
        case 'f':
            text->append(QLatin1Char('\f'));
            break;
        case 'n':
            text->append(QLatin1Char('\n'));
            break;
        case 'r':
            text->append(QLatin1Char('\r'));
            break;
        case 't':
            text->append(QLatin1Char('\t'));
            break;
        case 'u': {
            int unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = m_pos < m_json.size() ? hexValue(m_json.at(m_pos)) : -1;
                if (digit < 0)
                    return fail("illegal escape sequence");
                unit = unit * 16 + digit;
                ++m_pos;
            }
            // UTF-16 code units as written: a pair of them is one character.
            text->append(QChar(char16_t(unit)));
            break;
        }
        default:
            m_pos -= 2;
            return fail("illegal escape sequence");
        }
        run = m_pos;
    }
}

bool ManifestReader::appendUtf8(QString *text, QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (decoder.hasError())
        return false;
    if (text->isEmpty())
        *text = decoded;
    else
        text->append(decoded);
    return true;
}

// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool ManifestReader::readNumber(double *number)
{
    const qsizetype start = m_pos;
    const auto digits = [this] {
        const qsizetype first = m_pos;
        while (m_pos < m_json.size() && isDigit(m_json.at(m_pos)))
            ++m_pos;
        return m_pos > first;
    };
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0')
        ++m_pos;
    else if (!digits())
        return fail("illegal number");
    if (peek() == '.') {
        ++m_pos;
        if (!digits())
            return fail("illegal number");
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (!digits())
            return fail("illegal number");
    }
    bool ok = false;
    *number = m_json.sliced(start, m_pos - start).toByteArray().toDouble(&ok);
    return ok || fail("illegal number");
}

bool ManifestReader::skipValue()
{
    switch (peek()) {
    case '{':
        return readMembers([this](QByteArrayView) { return skipValue(); });
    case '[':
        return readElements([this] { return skipValue(); });
    case '"': {
        QString ignored;
        return decodeString(&ignored);
    }
    case 't':
        return skipLiteral("true");
    case 'f':
        return skipLiteral("false");
    case 'n':
        return skipLiteral("null");
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': {
        double ignored = 0;
        return readNumber(&ignored);
    }
    default:
        return fail(m_pos < m_json.size() ? "illegal value" : "unexpected end of the document");
    }
}

bool ManifestReader::skipLiteral(QByteArrayView literal)
{
    if (m_json.sliced(m_pos).startsWith(literal)) {
        m_pos += literal.size();
        return true;
    }
    return fail("illegal value");
}

void ManifestReader::skipSpace()
{
    while (m_pos < m_json.size() && isSpace(m_json.at(m_pos)))
        ++m_pos;
}

bool ManifestReader::fail(const char *reason)
{
    if (m_error.isEmpty())
        m_error = QLatin1String(reason);
    return false;
}
