#include "slugger.h"

#include <QStringView>

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

} // namespace

QString Slugger::baseSlug(const QString &headingText)
{
    const QString slug = keepSlugCharacters(headingText.trimmed().toLower());
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
