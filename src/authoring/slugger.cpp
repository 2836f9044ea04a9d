#include "slugger.h"

#include <QStringView>

#include <optional>

namespace {

// github-slugger keeps letters, marks, decimal digits and letter numbers (Ⅻ) but drops
// "other" numbers such as ² or ½, like the rest of punctuation and symbols.
bool isKept(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
        return true;
    default:
        return QChar::isLetter(c) || QChar::isMark(c) || c == U'-' || c == U'_';
    }
}

// Walks code points, not UTF-16 units, so letters outside the BMP are kept and emoji
// (surrogate pairs) are dropped whole.
QString keepSlugCharacters(QStringView text)
{
    QString slug;
    slug.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isSpace(c))
            slug.append(QLatin1Char('-'));
        else if (isKept(c))
            slug.append(QStringView(QChar::fromUcs4(c)));
    }
    return slug;
}

// keepSlugCharacters(text.trimmed().toLower()) for text all ASCII, where no Unicode table is
// needed: most headings, and the walk above was a twentieth of a render child's time.
std::optional<QString> asciiSlug(QStringView text)
{
    const auto isSpace = [](char16_t c) { return c == u' ' || (c >= u'\t' && c <= u'\r'); };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isSpace(text[end - 1].unicode()))
        --end;
    QString slug(end - begin, Qt::Uninitialized);
    QChar *out = slug.data();
    for (qsizetype i = begin; i < end; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return std::nullopt;
        if (isSpace(c))
            *out++ = u'-';
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')
            *out++ = c;
        else if (c >= u'A' && c <= u'Z')
            *out++ = char16_t(c + (u'a' - u'A'));
    }
    slug.truncate(out - slug.constData());
    return slug;
}

} // namespace

QString Slugger::baseSlug(const QString &headingText)
{
    std::optional<QString> ascii = asciiSlug(headingText);
    const QString slug =
        ascii ? *std::move(ascii) : keepSlugCharacters(headingText.trimmed().toLower());
    return slug.isEmpty() ? QStringLiteral("section") : slug;
}

QString Slugger::slug(const QString &headingText)
{
    const QString base = baseSlug(headingText);
    QString candidate = base;
    // A heading literally named "Intro 1" may already own "intro-1", so keep counting.
    for (int suffix = 1; m_used.contains(candidate); ++suffix)
        candidate = base + u'-' + QString::number(suffix);
    m_used.insert(candidate);
    return candidate;
}
