#include "xlsxreader.h"

#include "xlsxpackage.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace {

constexpr qsizetype maxExcelColumns = 16384;
constexpr qsizetype maxExcelRows = 1048576;

const QByteArray cfbSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

struct Relationship
{
    QString type;
    QString target; // resolved to a part name
};

// Where a relationship's target lives: relative to the folder of the part that names it.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    QStringList parts;
    if (!target.startsWith(QLatin1Char('/'))) {
        parts = sourcePart.split(QLatin1Char('/'));
        parts.removeLast();
    }
    for (const QString &segment : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (segment != QLatin1String("."))
            parts.append(segment);
    }
    return parts.join(QLatin1Char('/'));
}

QString relationshipsPartOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

// "_x000D_" and friends: how OOXML writes characters XML cannot hold.
QString unescapeOoxml(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() &&
            text.at(i + 1) == QLatin1Char('x') && text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// "BC12" -> 0-based row 11, column 54. Nothing when it is not a cell reference in Excel's grid.
std::optional<std::pair<qsizetype, qsizetype>> parseReference(QStringView reference)
{
    qsizetype i = 0;
    qsizetype column = 0;
    while (i < reference.size() && reference.at(i).isLetter() && reference.at(i).unicode() < 128) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (column > maxExcelColumns)
            return std::nullopt;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return std::nullopt;
    qsizetype row = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c < '0' || c > '9')
            return std::nullopt;
        row = row * 10 + (c - '0');
        if (row > maxExcelRows)
            return std::nullopt;
    }
    if (row == 0)
        return std::nullopt;
    return std::make_pair(row - 1, column - 1);
}

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(static_cast<char16_t>(u'A' + (n - 1) % 26)));
    return name;
}

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') ||
           c == QLatin1Char('$');
}

// A shared formula as it reads in a cell rowOffset rows down and columnOffset columns right of
// the cell that holds its text: relative references move, absolute ones ($A$1) stay, strings
// and quoted sheet names are left alone, a reference moved off the grid becomes #REF!.
QString shiftFormula(const QString &formula, qsizetype rowOffset, qsizetype columnOffset)
{
    QString out;
    qsizetype i = 0;
    const qsizetype size = formula.size();
    while (i < size) {
        const QChar c = formula.at(i);
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            qsizetype end = i + 1;
            while (end < size) {
                if (formula.at(end) == c) {
                    if (end + 1 < size && formula.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            end = std::min(end + 1, size);
            out += QStringView(formula).sliced(i, end - i);
            i = end;
            continue;
        }
        if (!isNameCharacter(c)) {
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && isNameCharacter(formula.at(end)))
            ++end;
        const QStringView word = QStringView(formula).sliced(i, end - i);
        const bool isCall = end < size && (formula.at(end) == QLatin1Char('(') ||
                                           formula.at(end) == QLatin1Char('!'));
        static const QRegularExpression cellReference(
            QStringLiteral("^(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]{1,7})$"));
        const QRegularExpressionMatch match = cellReference.match(word);
        const auto reference =
            isCall || !match.hasMatch()
                ? std::nullopt
                : parseReference(QString(match.capturedView(2) + match.capturedView(4)));
        if (!reference) {
            out += word;
        } else {
            const bool columnAbsolute = !match.capturedView(1).isEmpty();
            const bool rowAbsolute = !match.capturedView(3).isEmpty();
            const qsizetype row = reference->first + (rowAbsolute ? 0 : rowOffset);
            const qsizetype column = reference->second + (columnAbsolute ? 0 : columnOffset);
            if (row < 0 || row >= maxExcelRows || column < 0 || column >= maxExcelColumns)
                out += QStringLiteral("#REF!");
            else
                out += match.capturedView(1) + columnName(column) + match.capturedView(3) +
                       QString::number(row + 1);
        }
        i = end;
    }
    return out;
}

// Everything a read needs, so the helpers below share one place for the running totals.
class Reading final
{
public:
    Reading(XlsxPackage &package, const QString &name, const ReadLimits &limits)
        : m_package(package)
        , m_name(name)
        , m_limits(limits)
    {}
    Q_DISABLE_COPY_MOVE(Reading)

    Result<Workbook> run();

private:
    QString failure(const QString &part, const QXmlStreamReader &xml, const QString &what) const;
    Result<QHash<QString, Relationship>> relationships(const QString &sourcePart);
    Result<Done> readSharedStrings(const QString &part);
    Result<Sheet> readSheet(const QString &name, const QString &part);
    // Text of a <si> or <is>: its <t>, or its rich text runs joined; phonetic runs left out.
    QString readRichText(QXmlStreamReader &xml);

    XlsxPackage &m_package;
    QString m_name;
    ReadLimits m_limits;
    QStringList m_sharedStrings;
    qint64 m_cells = 0;
};

QString Reading::failure(const QString &part, const QXmlStreamReader &xml,
                         const QString &what) const
{
    return QStringLiteral("%1: %2 line %3, column %4: %5")
        .arg(m_name, part)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(what);
}

Result<QHash<QString, Relationship>> Reading::relationships(const QString &sourcePart)
{
    using Relationships = QHash<QString, Relationship>;
    const QString part =
        sourcePart.isEmpty() ? QStringLiteral("_rels/.rels") : relationshipsPartOf(sourcePart);
    Relationships found;
    if (!m_package.contains(part))
        return Result<Relationships>::success(found);
    Result<QByteArray> bytes = m_package.part(part);
    if (!bytes)
        return Result<Relationships>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return Result<Relationships>::failure(
                failure(part, xml, QStringLiteral("a DTD is not allowed")));
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
            const auto attributes = xml.attributes();
            if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            found.insert(
                attributes.value(QLatin1String("Id")).toString(),
                {attributes.value(QLatin1String("Type")).toString(),
                 resolveTarget(sourcePart, attributes.value(QLatin1String("Target")).toString())});
        }
    }
    if (xml.hasError())
        return Result<Relationships>::failure(failure(part, xml, xml.errorString()));
    return Result<Relationships>::success(found);
}

QString Reading::readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool inPhonetic = false;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = true;
            else if (xml.name() == QLatin1String("t") && !inPhonetic) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                inPhonetic = false;
        }
    }
    return unescapeOoxml(text);
}

Result<Done> Reading::readSharedStrings(const QString &part)
{
    Result<QByteArray> bytes = m_package.part(part);
    if (!bytes)
        return Result<Done>::failure(bytes.error());
    QXmlStreamReader xml(bytes.value());
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return Result<Done>::failure(
                failure(part, xml, QStringLiteral("a DTD is not allowed")));
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            m_sharedStrings.append(readRichText(xml));
            if (m_sharedStrings.size() > m_limits.maxCells)
                return Result<Done>::failure(
                    QStringLiteral(
                        "%1: %2 holds more than %3 strings, the limit for a questionnaire")
                        .arg(m_name, part)
                        .arg(m_limits.maxCells));
        }
    }
    if (xml.hasError())
        return Result<Done>::failure(failure(part, xml, xml.errorString()));
    return Result<Done>::success({});
}

Result<Sheet> Reading::readSheet(const QString &name, const QString &part)
{
    Result<QByteArray> bytes = m_package.part(part);
    if (!bytes)
        return Result<Sheet>::failure(bytes.error());
    struct SharedFormula
    {
        QString formula;
        qsizetype row = 0;
        qsizetype column = 0;
    };
    QHash<QString, SharedFormula> sharedFormulas;
    Sheet sheet(name);
    QXmlStreamReader xml(bytes.value());
    qsizetype row = -1;
    qsizetype column = -1;
    const auto fail = [&](const QString &what) {
        return Result<Sheet>::failure(failure(part, xml, what));
    };

    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return fail(QStringLiteral("a DTD is not allowed"));
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView number = xml.attributes().value(QLatin1String("r"));
            if (number.isEmpty()) {
                ++row;
            } else {
                bool ok = false;
                const qsizetype r = number.toLongLong(&ok);
                if (!ok || r < 1 || r > maxExcelRows)
                    return fail(
                        QStringLiteral("row number \"%1\" is not a row of a sheet").arg(number));
                row = r - 1;
            }
            if (row >= m_limits.maxRows)
                return fail(
                    QStringLiteral("sheet \"%1\" goes past row %2, the limit for a questionnaire")
                        .arg(name)
                        .arg(m_limits.maxRows));
            column = -1;
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const QStringView reference = attributes.value(QLatin1String("r"));
        if (row < 0)
            row = 0;
        if (reference.isEmpty()) {
            ++column;
        } else {
            const auto place = parseReference(reference);
            if (!place)
                return fail(QStringLiteral("\"%1\" is not a cell reference").arg(reference));
            if (place->first >= m_limits.maxRows)
                return fail(
                    QStringLiteral("sheet \"%1\" goes past row %2, the limit for a questionnaire")
                        .arg(name)
                        .arg(m_limits.maxRows));
            row = place->first;
            column = place->second;
        }
        if (column >= maxExcelColumns)
            return fail(QStringLiteral("a cell lies past the last column of a sheet"));
        const QString type = attributes.value(QLatin1String("t")).toString();
        const QString where = columnName(column) + QString::number(row + 1);

        QString value;
        bool hasValue = false;
        QString formula;
        bool hasFormula = false;
        QString inlineText;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                break;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasValue = true;
            } else if (xml.name() == QLatin1String("f")) {
                const QXmlStreamAttributes f = xml.attributes();
                const QString sharedIndex = f.value(QLatin1String("si")).toString();
                const bool shared = f.value(QLatin1String("t")) == QLatin1String("shared");
                formula = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                hasFormula = !formula.isEmpty();
                if (shared && hasFormula) {
                    sharedFormulas.insert(sharedIndex, {formula, row, column});
                } else if (shared) {
                    const auto master = sharedFormulas.constFind(sharedIndex);
                    if (master != sharedFormulas.constEnd()) {
                        formula = shiftFormula(master->formula, row - master->row,
                                               column - master->column);
                        hasFormula = true;
                    }
                }
            } else if (xml.name() == QLatin1String("is")) {
                inlineText = readRichText(xml);
                hasValue = true;
            }
        }
        if (xml.hasError())
            break;

        Cell cell;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const qsizetype index = value.trimmed().toLongLong(&ok);
            if (hasValue && (!ok || index < 0 || index >= m_sharedStrings.size()))
                return fail(
                    QStringLiteral("cell %1 refers to shared string \"%2\", and there are %3")
                        .arg(where, value)
                        .arg(m_sharedStrings.size()));
            if (hasValue)
                cell = Cell::text(m_sharedStrings.at(index));
        } else if (type == QLatin1String("inlineStr")) {
            cell = Cell::text(inlineText);
        } else if (type == QLatin1String("b")) {
            if (hasValue)
                cell = Cell::boolean(
                    value.trimmed() == QLatin1String("1") ||
                    value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
        } else if (type == QLatin1String("str") || type == QLatin1String("e") ||
                   type == QLatin1String("d")) {
            cell = Cell::text(unescapeOoxml(value));
        } else if (hasValue && !value.trimmed().isEmpty()) {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            if (!ok)
                return fail(QStringLiteral("cell %1 holds \"%2\", which is not a number")
                                .arg(where, value));
            cell = Cell::number(number);
        }
        if (hasFormula)
            cell = Cell::formula(formula, cell);
        if (cell.isEmpty())
            continue; // a styled blank: nothing to keep, nothing to allocate
        const qsizetype before = sheet.cellCount();
        sheet.setCell(row, column, cell);
        m_cells += sheet.cellCount() - before;
        if (m_cells > m_limits.maxCells)
            return fail(
                QStringLiteral("the workbook has more than %1 cells, the limit for a questionnaire")
                    .arg(m_limits.maxCells));
    }
    if (xml.hasError())
        return fail(xml.errorString());
    return Result<Sheet>::success(std::move(sheet));
}

Result<Workbook> Reading::run()
{
    const QString macroRefusal =
        QStringLiteral("%1 is a macro-enabled workbook (%2): macro-enabled workbooks are not "
                       "opened; save it as .xlsx");
    for (const QString &part : m_package.partNames()) {
        if (part.endsWith(QLatin1String("vbaProject.bin"), Qt::CaseInsensitive))
            return Result<Workbook>::failure(macroRefusal.arg(m_name, part));
    }
    const QString contentTypes = QStringLiteral("[Content_Types].xml");
    if (!m_package.contains(contentTypes))
        return Result<Workbook>::failure(
            QStringLiteral("%1 is not an xlsx workbook: it has no [Content_Types].xml")
                .arg(m_name));
    Result<QByteArray> types = m_package.part(contentTypes);
    if (!types)
        return Result<Workbook>::failure(types.error());
    if (types.value().contains("macroEnabled") || types.value().contains("macroenabled"))
        return Result<Workbook>::failure(
            macroRefusal.arg(m_name, QStringLiteral("a macro-enabled content type")));

    Result<QHash<QString, Relationship>> rootRelationships = relationships(QString());
    if (!rootRelationships)
        return Result<Workbook>::failure(rootRelationships.error());
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &relationship : rootRelationships.value()) {
        if (relationship.type.endsWith(QLatin1String("/officeDocument")))
            workbookPart = relationship.target;
    }
    if (!m_package.contains(workbookPart))
        return Result<Workbook>::failure(
            QStringLiteral("%1 is not an xlsx workbook: it has no %2").arg(m_name, workbookPart));
    Result<QHash<QString, Relationship>> workbookRelationships = relationships(workbookPart);
    if (!workbookRelationships)
        return Result<Workbook>::failure(workbookRelationships.error());
    for (const Relationship &relationship : workbookRelationships.value()) {
        if (relationship.type.endsWith(QLatin1String("/sharedStrings")) &&
            m_package.contains(relationship.target)) {
            const Result<Done> read = readSharedStrings(relationship.target);
            if (!read)
                return Result<Workbook>::failure(read.error());
        }
    }

    Result<QByteArray> bytes = m_package.part(workbookPart);
    if (!bytes)
        return Result<Workbook>::failure(bytes.error());
    QList<std::pair<QString, QString>> sheets; // name, part
    QXmlStreamReader xml(bytes.value());
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return Result<Workbook>::failure(
                failure(workbookPart, xml, QStringLiteral("a DTD is not allowed")));
        if (!xml.isStartElement() || xml.name() != QLatin1String("sheet"))
            continue;
        QString id;
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
                id = attribute.value().toString();
        }
        const Relationship relationship = workbookRelationships.value().value(id);
        if (!relationship.type.endsWith(QLatin1String("/worksheet")))
            continue; // a chart sheet or a dialog sheet holds no cells
        sheets.append(
            {xml.attributes().value(QLatin1String("name")).toString(), relationship.target});
    }
    if (xml.hasError())
        return Result<Workbook>::failure(failure(workbookPart, xml, xml.errorString()));

    Workbook workbook;
    for (const auto &[name, part] : sheets) {
        Result<Sheet> sheet = readSheet(name, part);
        if (!sheet)
            return Result<Workbook>::failure(sheet.error());
        workbook.appendSheet(std::move(sheet).value());
    }
    return Result<Workbook>::success(std::move(workbook));
}

} // namespace

XlsxReader::XlsxReader(const ReadLimits &limits)
    : m_limits(limits)
{}

Result<Workbook> XlsxReader::readFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Result<Workbook>::failure(QStringLiteral("%1: %2").arg(
            path, info.exists() ? QStringLiteral("not a file") : QStringLiteral("no such file")));
    if (info.size() > m_limits.maxFileBytes)
        return Result<Workbook>::failure(
            QStringLiteral("%1 is %2 bytes, over the limit of %3 bytes for a questionnaire")
                .arg(path)
                .arg(info.size())
                .arg(m_limits.maxFileBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Workbook>::failure(
            QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(m_limits.maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<Workbook>::failure(
            QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString()));
    return read(bytes, path);
}

Result<Workbook> XlsxReader::read(const QByteArray &bytes, const QString &name) const
{
    if (bytes.size() > m_limits.maxFileBytes)
        return Result<Workbook>::failure(
            QStringLiteral("%1 is over the limit of %2 bytes for a questionnaire")
                .arg(name)
                .arg(m_limits.maxFileBytes));
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("xlsm") || suffix == QLatin1String("xltm") ||
        suffix == QLatin1String("xlam"))
        return Result<Workbook>::failure(
            QStringLiteral(
                "%1 is a macro-enabled workbook (.%2): macro-enabled workbooks are not opened; "
                "save it as .xlsx")
                .arg(name, suffix));
    if (bytes.startsWith(cfbSignature))
        return Result<Workbook>::failure(
            QStringLiteral("%1 is an encrypted workbook or a legacy .xls: save it as .xlsx "
                           "without a password")
                .arg(name));
    if (!bytes.startsWith("PK"))
        return Result<Workbook>::failure(
            QStringLiteral("%1 is not an xlsx workbook (not a zip archive)").arg(name));
    XlsxPackage package(bytes, name, m_limits);
    const Result<Done> opened = package.open();
    if (!opened)
        return Result<Workbook>::failure(opened.error());
    Reading reading(package, name, m_limits);
    return reading.run();
}
