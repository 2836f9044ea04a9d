#include "brandmanifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace {

using ParseResult = Result<BrandManifest::Parsed, QList<ContentError>>;

const QStringList kKeys{
    QStringLiteral("about"), QStringLiteral("accent"), QStringLiteral("binary"),
    QStringLiteral("home"),  QStringLiteral("icon"),   QStringLiteral("id"),
    QStringLiteral("name"),  QStringLiteral("start"),  QStringLiteral("support")};

constexpr qsizetype kMaxNameLength = 60;
constexpr qsizetype kMaxAboutLength = 2000;

bool matches(const QString &pattern, const QString &value)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch();
}

bool hasControlCharacters(const QString &value, bool allowNewlines)
{
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control && !(allowNewlines && c == QLatin1Char('\n')))
            return true;
    }
    return false;
}

bool isWebAddress(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// What is wrong with one value, or nothing. Each rule is what the value's use needs: the id
// and binary name files, a package and a socket; the name a window title and a .desktop Name.
std::optional<QString> problem(const QString &key, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QStringLiteral("'%1' is empty; leave the key out to keep the default").arg(key);
    if (key == QLatin1String("name")) {
        if (value.size() > kMaxNameLength || hasControlCharacters(value, false))
            return QStringLiteral("'name' must be one line of at most %1 characters")
                .arg(kMaxNameLength);
    } else if (key == QLatin1String("id")) {
        // AppStream's and D-Bus's rules: reverse-DNS, at least three parts, no hyphens.
        if (!matches(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*){2,}"),
                     value) ||
            value.size() > 255)
            return QStringLiteral("'id' must be a reverse-DNS name such as com.example.TrustCenter "
                                  "(at least three parts of letters, digits and '_'), got '%1'")
                .arg(value);
    } else if (key == QLatin1String("binary")) {
        // A Debian package name that is also a plain command name.
        if (!matches(QStringLiteral("[a-z0-9][a-z0-9+.-]{1,62}"), value) ||
            value == QLatin1String("trustbook-gen"))
            return QStringLiteral("'binary' must be a Debian package name: lower-case letters, "
                                  "digits, '+', '-' and '.', starting with a letter or digit, 2 "
                                  "to 63 characters, got '%1'")
                .arg(value);
    } else if (key == QLatin1String("accent")) {
        if (!matches(QStringLiteral("#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})"), value))
            return QStringLiteral("'accent' must be a colour as #rgb or #rrggbb, got '%1'")
                .arg(value);
    } else if (key == QLatin1String("start")) {
        // A document opens at its top, as `trustbook trustbook://DOC` does.
        if (!matches(QStringLiteral("[a-z0-9-]+(/[^/\\s]+)?"), value))
            return QStringLiteral("'start' must be DOC/SECTION as `trustbook --list` prints it, "
                                  "or a document's DOC, got '%1'")
                .arg(value);
    } else if (key == QLatin1String("about")) {
        if (value.size() > kMaxAboutLength || hasControlCharacters(value, true))
            return QStringLiteral("'about' must be text of at most %1 characters")
                .arg(kMaxAboutLength);
    } else if (key == QLatin1String("support")) {
        if (!matches(QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), value) && !isWebAddress(value))
            return QStringLiteral("'support' must be an e-mail address or an http(s) address, "
                                  "got '%1'")
                .arg(value);
    } else if (key == QLatin1String("home")) {
        if (!isWebAddress(value))
            return QStringLiteral("'home' must be an http(s) address, got '%1'").arg(value);
    } else if (key == QLatin1String("icon")) {
        if (value.contains(QLatin1Char('/')) || !value.endsWith(QLatin1String(".svg")) ||
            value.startsWith(QLatin1Char('.')))
            return QStringLiteral("'icon' must name an .svg file beside brand.json, got '%1'")
                .arg(value);
    }
    return std::nullopt;
}

// The icon is installed as the app's icon and shown in About: it must be a readable SVG.
std::optional<QString> iconProblem(const QString &iconPath)
{
    const QFileInfo info(iconPath);
    if (!info.exists())
        return QStringLiteral("'icon' names %1, which does not exist").arg(iconPath);
    QFile file(iconPath);
    if (!info.isFile() || info.isSymLink() || !file.open(QIODevice::ReadOnly))
        return QStringLiteral("'icon' names %1, which is not a readable file").arg(iconPath);
    if (!file.read(4096).contains("<svg"))
        return QStringLiteral("'icon' names %1, which is not an SVG image").arg(iconPath);
    return std::nullopt;
}

} // namespace

int BrandManifest::lineAt(const QByteArray &json, qsizetype offset)
{
    return static_cast<int>(json.left(offset).count('\n')) + 1;
}

// A walk over JSON the parser has accepted: a string at depth one followed by ':' is a key.
BrandManifest::KeyLines BrandManifest::keyLines(const QByteArray &json)
{
    KeyLines lines;
    int depth = 0;
    int line = 1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            const int keyLine = line;
            QByteArray raw;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    raw += json.at(i++);
                raw += json.at(i);
            }
            qsizetype next = i + 1;
            while (next < json.size() && QByteArrayView(" \t\r\n").contains(json.at(next)))
                ++next;
            if (depth != 1 || next >= json.size() || json.at(next) != ':')
                continue;
            // Decoded as JSON decodes it, so "\u006eame" is the key "name".
            const QString key =
                QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
            if (lines.first.contains(key))
                lines.repeated.append({key, keyLine});
            else
                lines.first.insert(key, keyLine);
        }
    }
    return lines;
}

ParseResult BrandManifest::parse(const QByteArray &json, const QString &path,
                                 const QString &contentDir)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return ParseResult::failure(
            {{path, lineAt(json, error.offset),
              QStringLiteral("not valid JSON: %1").arg(error.errorString())}});
    if (!document.isObject())
        return ParseResult::failure(
            {{path, 1, QStringLiteral("must be a JSON object of brand keys, {\"name\": ...}")}});

    const KeyLines lines = keyLines(json);
    QList<ContentError> errors;
    for (const auto &[key, line] : lines.repeated)
        errors.append({path, line, QStringLiteral("'%1' is given twice").arg(key)});

    BrandManifest::Parsed parsed;
    parsed.brand.fromManifest = true;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const int line = lines.first.value(key, 1);
        if (!kKeys.contains(key)) {
            errors.append({path, line,
                           QStringLiteral("unknown key '%1' (a brand has %2)")
                               .arg(key, kKeys.join(QLatin1String(", ")))});
            continue;
        }
        if (!it.value().isString()) {
            errors.append({path, line, QStringLiteral("'%1' must be a string").arg(key)});
            continue;
        }
        const QString value = it.value().toString();
        if (const std::optional<QString> wrong = problem(key, value)) {
            errors.append({path, line, *wrong});
            continue;
        }
        Brand &brand = parsed.brand;
        if (key == QLatin1String("name"))
            brand.name = value;
        else if (key == QLatin1String("id"))
            brand.id = value;
        else if (key == QLatin1String("binary"))
            brand.binary = value;
        else if (key == QLatin1String("accent"))
            brand.accent = value.size() == 4 ? QStringLiteral("#%1%1%2%2%3%3")
                                                   .arg(value.at(1), value.at(2), value.at(3))
                                                   .toLower()
                                             : value.toLower();
        else if (key == QLatin1String("start")) {
            brand.start = value;
            parsed.startLine = line;
        } else if (key == QLatin1String("about"))
            brand.about = value;
        else if (key == QLatin1String("support"))
            brand.support = value;
        else if (key == QLatin1String("home"))
            brand.home = value;
        else if (key == QLatin1String("icon")) {
            const QString iconPath = QDir(contentDir).filePath(value);
            if (const std::optional<QString> wrong = iconProblem(iconPath)) {
                errors.append({path, line, *wrong});
                continue;
            }
            brand.hasIcon = true;
            parsed.iconPath = iconPath;
        }
    }
    std::stable_sort(errors.begin(), errors.end(),
                     [](const ContentError &a, const ContentError &b) { return a.line < b.line; });
    return errors.isEmpty() ? ParseResult::success(parsed) : ParseResult::failure(errors);
}

ParseResult BrandManifest::read(const QString &contentDir)
{
    const QString path = QDir(contentDir).filePath(Brand::manifestFileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ParseResult::failure(
            {{path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())}});
    return parse(file.readAll(), path, contentDir);
}

ContentError BrandManifest::unknownStart(const QString &path, const Parsed &parsed)
{
    return {path, parsed.startLine,
            QStringLiteral("'start' names %1, which is no section or document of this content "
                           "(see `trustbook --list`)")
                .arg(parsed.brand.start)};
}
