#pragma once

#include <QString>

// One spreadsheet cell, holding what it takes to write it back unchanged: its value (text,
// number or boolean; empty when absent) and, for a formula, the formula itself (without the
// leading '=') beside the value Excel cached for it. Cells Trustbook fills are marked as such so
// that the writers neutralise them (CellGuard); cells read from the input are written as read.
class Cell final
{
public:
    enum class Type { Empty, Text, Number, Boolean };
    enum class Origin { Input, Trustbook };

    Cell() = default;
    static Cell text(const QString &text);
    static Cell number(double number);
    static Cell boolean(bool value);
    // cachedValue: the last result the spreadsheet computed (Empty when it never did).
    static Cell formula(const QString &formula, const Cell &cachedValue);
    // Text that Trustbook itself puts in the output (answers, evidence).
    static Cell written(const QString &text);

    Type type() const { return m_type; }
    bool isEmpty() const { return m_type == Type::Empty && m_formula.isEmpty(); }
    bool hasFormula() const { return !m_formula.isEmpty(); }
    QString formula() const { return m_formula; }
    Origin origin() const { return m_origin; }

    // The value as stored; for a formula, its cached value.
    QString textValue() const { return m_text; }
    double numberValue() const { return m_number; }
    bool booleanValue() const { return m_boolean; }

    // The value as a person sees it: numbers without a trailing ".0", booleans as TRUE/FALSE.
    QString displayText() const;

    // Same content (type, value, formula), wherever it came from: what a round trip keeps.
    bool operator==(const Cell &other) const;
    bool operator!=(const Cell &other) const { return !(*this == other); }

private:
    Type m_type = Type::Empty;
    Origin m_origin = Origin::Input;
    QString m_text;
    double m_number = 0.0;
    bool m_boolean = false;
    QString m_formula;
};
