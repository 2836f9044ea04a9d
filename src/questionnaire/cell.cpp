#include "cell.h"

Cell Cell::text(const QString &text)
{
    Cell cell;
    cell.m_type = text.isEmpty() ? Type::Empty : Type::Text;
    cell.m_text = text;
    return cell;
}

Cell Cell::number(double number)
{
    Cell cell;
    cell.m_type = Type::Number;
    cell.m_number = number;
    return cell;
}

Cell Cell::boolean(bool value)
{
    Cell cell;
    cell.m_type = Type::Boolean;
    cell.m_boolean = value;
    return cell;
}

Cell Cell::formula(const QString &formula, const Cell &cachedValue)
{
    Cell cell = cachedValue;
    cell.m_origin = Origin::Input;
    cell.m_formula = formula.startsWith(QLatin1Char('=')) ? formula.mid(1) : formula;
    return cell;
}

Cell Cell::written(const QString &text)
{
    Cell cell = Cell::text(text);
    cell.m_origin = Origin::Trustbook;
    return cell;
}

QString Cell::displayText() const
{
    switch (m_type) {
    case Type::Empty:
        return {};
    case Type::Text:
        return m_text;
    case Type::Number:
        // 15 significant digits: what Excel shows and keeps, so 0.1 stays "0.1".
        return QString::number(m_number, 'g', 15);
    case Type::Boolean:
        return m_boolean ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    return {};
}

bool Cell::operator==(const Cell &other) const
{
    if (m_type != other.m_type || m_formula != other.m_formula)
        return false;
    switch (m_type) {
    case Type::Empty:
        return true;
    case Type::Text:
        return m_text == other.m_text;
    case Type::Number:
        return m_number == other.m_number;
    case Type::Boolean:
        return m_boolean == other.m_boolean;
    }
    return false;
}
