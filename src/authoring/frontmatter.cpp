#include "frontmatter.h"

#include "sourcelines.h"
#include "yamlguard.h"

#include <QByteArrayView>
#include <QRegularExpression>
#include <QStringList>
#include <QVariantList>

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

namespace {

// The YAML text starts on file line 2, right after the opening "---".
constexpr int yamlFirstFileLine = 2;

QByteArrayView withoutBom(QByteArrayView source)
{
    const QByteArrayView bom("\xEF\xBB\xBF");
    return source.startsWith(bom) ? source.sliced(bom.size()) : source;
}

bool isFence(QByteArrayView text)
{
    return text == "---";
}

bool isClosingLine(QByteArrayView text)
{
    return text == "---" || text == "...";
}

// Index of the line that closes the block, or 0 (the opening line) when there is none.
std::size_t closingLineIndex(const std::vector<SourceLine> &lines)
{
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (isClosingLine(lines[i].text))
            return i;
    }
    return 0;
}

std::string yamlText(const std::vector<SourceLine> &lines, std::size_t closing)
{
    std::string text;
    for (std::size_t i = 1; i < closing; ++i) {
        text.append(lines[i].text.data(), static_cast<std::size_t>(lines[i].text.size()));
        text.push_back('\n');
    }
    return text;
}

// Every line keeps its own terminator so the body has the file's line numbers and endings;
// only the front matter lines lose their text.
QByteArray bodyOf(QByteArrayView source, const std::vector<SourceLine> &lines, std::size_t closing)
{
    QByteArray body;
    for (std::size_t i = 0; i <= closing; ++i)
        body.append(lines[i].terminator);
    body.append(source.sliced(lines[closing].next));
    return body;
}

QString toQString(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

int fileLine(const YAML::Mark &mark)
{
    return mark.is_null() ? 1 : mark.line + yamlFirstFileLine;
}

// A key with no value (`title:`) gives a null node marked at the next token, often the next
// line; the key's line is where the writer has to look.
int fileLine(const YAML::Node &value, const YAML::Node &key)
{
    return value.IsNull() ? fileLine(key.Mark()) : fileLine(value.Mark());
}

QVariant toVariant(const YAML::Node &node);

QVariantList toVariantList(const YAML::Node &node)
{
    QVariantList list;
    for (const YAML::Node &item : node)
        list.append(toVariant(item));
    return list;
}

QVariantMap toVariantMap(const YAML::Node &node)
{
    QVariantMap map;
    for (const auto &item : node)
        map.insert(toQString(item.first.Scalar()), toVariant(item.second));
    return map;
}

// Scalars stay text: YAML's implicit typing (`no` -> false, `1.10` -> 1.1) would change what
// the writer typed. A key without a value becomes an invalid QVariant.
QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return toQString(node.Scalar());
    case YAML::NodeType::Sequence:
        return toVariantList(node);
    case YAML::NodeType::Map:
        return toVariantMap(node);
    default:
        return {};
    }
}

class Parser
{
public:
    explicit Parser(const QString &fileName)
        : m_fileName(fileName)
    {}

    std::optional<FrontMatter> parse(const std::string &yaml);
    bool fail(int line, const QString &message);
    const ContentError &error() const { return m_error; }

private:
    std::optional<YAML::Node> load(const std::string &yaml);
    bool readKey(const YAML::Node &key, const YAML::Node &value);
    bool readTitle(const YAML::Node &key, const YAML::Node &value);
    bool readOrder(const YAML::Node &key, const YAML::Node &value);
    bool readText(const YAML::Node &key, const YAML::Node &value, QString *target);
    bool readReviewKey(const QString &name, const YAML::Node &key, const YAML::Node &value,
                       Review *review, int *reviewByLine);
    bool readDate(const YAML::Node &key, const YAML::Node &value, QDate *target);
    bool readSectionReviews(const YAML::Node &key, const YAML::Node &value);
    bool readSectionReview(const YAML::Node &key, const YAML::Node &value);
    bool checkReviewOrder(const Review &review, int reviewByLine);

    QString m_fileName;
    ContentError m_error;
    FrontMatter m_result;
    QStringList m_seenKeys;
    int m_reviewByLine = 0;
};

bool isReviewKey(const QString &name)
{
    return name == u"owner" || name == u"reviewed" || name == u"review-by";
}

bool Parser::fail(int line, const QString &message)
{
    m_error = ContentError{m_fileName, line, message};
    return false;
}

std::optional<YAML::Node> Parser::load(const std::string &yaml)
{
    if (const std::optional<YamlGuard::Refusal> refusal = YamlGuard::check(yaml)) {
        fail(refusal->line + yamlFirstFileLine, refusal->message);
        return std::nullopt;
    }
    try {
        return YAML::Load(yaml);
    } catch (const YAML::Exception &exception) {
        fail(fileLine(exception.mark),
             QStringLiteral("invalid YAML in front matter: %1").arg(toQString(exception.msg)));
        return std::nullopt;
    }
}

std::optional<FrontMatter> Parser::parse(const std::string &yaml)
{
    const std::optional<YAML::Node> root = load(yaml);
    if (!root)
        return std::nullopt;
    if (!root->IsNull() && !root->IsMap()) {
        fail(fileLine(root->Mark()),
             QStringLiteral("front matter must be a YAML mapping of 'key: value' lines"));
        return std::nullopt;
    }
    for (const auto &item : *root) {
        if (!readKey(item.first, item.second))
            return std::nullopt;
    }
    if (m_result.title.isEmpty()) {
        fail(1, QStringLiteral("front matter has no 'title'; every document needs one"));
        return std::nullopt;
    }
    if (!checkReviewOrder(m_result.review, m_reviewByLine))
        return std::nullopt;
    return m_result;
}

bool Parser::readKey(const YAML::Node &key, const YAML::Node &value)
{
    if (!key.IsScalar())
        return fail(fileLine(key.Mark()), QStringLiteral("front matter keys must be plain text"));
    const QString name = toQString(key.Scalar());
    // yaml-cpp keeps both copies of a repeated key; a silent "last one wins" would hide a typo.
    if (m_seenKeys.contains(name))
        return fail(fileLine(key.Mark()),
                    QStringLiteral("duplicate front matter key '%1'").arg(name));
    m_seenKeys.append(name);
    if (name == u"title")
        return readTitle(key, value);
    if (name == u"order")
        return readOrder(key, value);
    if (name == u"section")
        return readText(key, value, &m_result.section);
    if (name == u"description")
        return readText(key, value, &m_result.description);
    if (name == u"url")
        return readText(key, value, &m_result.url);
    if (isReviewKey(name))
        return readReviewKey(name, key, value, &m_result.review, &m_reviewByLine);
    if (name == u"reviews")
        return readSectionReviews(key, value);
    m_result.extra.insert(name, toVariant(value));
    return true;
}

bool Parser::readTitle(const YAML::Node &key, const YAML::Node &value)
{
    if (value.IsScalar())
        m_result.title = toQString(value.Scalar()).trimmed();
    if (m_result.title.isEmpty())
        return fail(fileLine(value, key),
                    QStringLiteral("'title' must be a non-empty text, not a list, mapping or "
                                   "empty value"));
    return true;
}

bool Parser::readOrder(const YAML::Node &key, const YAML::Node &value)
{
    bool ok = false;
    const int order = value.IsScalar() ? toQString(value.Scalar()).toInt(&ok) : 0;
    if (!ok)
        return fail(fileLine(value, key), QStringLiteral("'order' must be a whole number, got '%1'")
                                              .arg(toQString(YAML::Dump(value))));
    m_result.order = order;
    return true;
}

// An empty value (`description:`) is accepted as "not given"; a list or mapping is a mistake.
bool Parser::readText(const YAML::Node &key, const YAML::Node &value, QString *target)
{
    if (value.IsNull())
        return true;
    if (!value.IsScalar())
        return fail(fileLine(value, key),
                    QStringLiteral("'%1' must be a single text value, not a list or mapping")
                        .arg(toQString(key.Scalar())));
    *target = toQString(value.Scalar());
    return true;
}

bool Parser::readReviewKey(const QString &name, const YAML::Node &key, const YAML::Node &value,
                           Review *review, int *reviewByLine)
{
    if (name == u"owner") {
        if (!readText(key, value, &review->owner))
            return false;
        review->owner = review->owner.simplified();
        return true;
    }
    if (name == u"reviewed")
        return readDate(key, value, &review->reviewed);
    *reviewByLine = fileLine(value, key);
    return readDate(key, value, &review->reviewBy);
}

// Only a whole ISO date: "2026-9-30", "30.09.2026" or "2026-02-30" would be read some way
// nobody meant, or not at all.
bool Parser::readDate(const YAML::Node &key, const YAML::Node &value, QDate *target)
{
    if (value.IsNull())
        return true; // as for text: an empty value is not given
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString text = value.IsScalar() ? toQString(value.Scalar()).trimmed() : QString();
    const QDate date =
        isoDate.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        return fail(fileLine(value, key),
                    QStringLiteral("'%1' must be a date written YYYY-MM-DD, got '%2'")
                        .arg(toQString(key.Scalar()),
                             value.IsScalar() ? text : toQString(YAML::Dump(value))));
    *target = date;
    return true;
}

bool Parser::checkReviewOrder(const Review &review, int reviewByLine)
{
    if (!review.reviewed.isValid() || !review.reviewBy.isValid() ||
        review.reviewBy >= review.reviewed)
        return true;
    return fail(
        reviewByLine,
        QStringLiteral("'review-by' %1 is before 'reviewed' %2: the next review cannot "
                       "be due before the last one")
            .arg(review.reviewBy.toString(Qt::ISODate), review.reviewed.toString(Qt::ISODate)));
}

bool Parser::readSectionReviews(const YAML::Node &key, const YAML::Node &value)
{
    if (value.IsNull())
        return true;
    if (!value.IsMap())
        return fail(fileLine(value, key),
                    QStringLiteral("'reviews' must map section ids to their owner, reviewed and "
                                   "review-by, e.g. 'how-is-data-encrypted: {reviewed: "
                                   "2026-09-30}'"));
    for (const auto &item : value) {
        if (!readSectionReview(item.first, item.second))
            return false;
    }
    return true;
}

bool Parser::readSectionReview(const YAML::Node &key, const YAML::Node &value)
{
    const int line = fileLine(key.Mark());
    const QString section = key.IsScalar() ? toQString(key.Scalar()).trimmed() : QString();
    if (section.isEmpty())
        return fail(line, QStringLiteral("each key under 'reviews' must be a section id"));
    for (const FrontMatter::SectionReview &earlier : std::as_const(m_result.sectionReviews)) {
        if (earlier.section == section)
            return fail(line, QStringLiteral("section '%1' is under 'reviews' twice").arg(section));
    }
    if (!value.IsMap() || value.size() == 0)
        return fail(fileLine(value, key),
                    QStringLiteral("the review of section '%1' must give its owner, reviewed or "
                                   "review-by")
                        .arg(section));
    FrontMatter::SectionReview entry{section, {}, line};
    int reviewByLine = line;
    QStringList seen;
    for (const auto &field : value) {
        const QString name = field.first.IsScalar() ? toQString(field.first.Scalar()) : QString();
        if (!isReviewKey(name))
            return fail(fileLine(field.first.Mark()),
                        QStringLiteral("'%1' in the review of section '%2' is none of owner, "
                                       "reviewed, review-by")
                            .arg(name, section));
        if (seen.contains(name))
            return fail(fileLine(field.first.Mark()),
                        QStringLiteral("duplicate key '%1' in the review of section '%2'")
                            .arg(name, section));
        seen.append(name);
        if (!readReviewKey(name, field.first, field.second, &entry.review, &reviewByLine))
            return false;
    }
    if (!checkReviewOrder(entry.review, reviewByLine))
        return false;
    m_result.sectionReviews.append(entry);
    return true;
}

} // namespace

ContentResult<FrontMatter> FrontMatter::parse(const QByteArray &source, const QString &fileName,
                                              QByteArray *body)
{
    const QByteArrayView text = withoutBom(source);
    const std::vector<SourceLine> lines = SourceLines::split(text);
    const auto failure = [&fileName](const QString &message) {
        return ContentResult<FrontMatter>::failure({fileName, 1, message});
    };
    if (lines.empty() || !isFence(lines.front().text))
        return failure(QStringLiteral("missing front matter: the file must start with a '---' "
                                      "line, then YAML with at least a 'title', then '---'"));
    const std::size_t closing = closingLineIndex(lines);
    if (closing == 0)
        return failure(QStringLiteral("front matter opened by '---' is never closed by a "
                                      "'---' or '...' line"));
    Parser parser(fileName);
    std::optional<FrontMatter> result = parser.parse(yamlText(lines, closing));
    if (!result)
        return ContentResult<FrontMatter>::failure(parser.error());
    if (body)
        *body = bodyOf(text, lines, closing);
    return ContentResult<FrontMatter>::success(*std::move(result));
}
