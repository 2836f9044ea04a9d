#pragma once

#include <QString>

#include <optional>
#include <utility>

// What every reading and writing function of the questionnaire formats returns: the value, or
// one message ready to show a person that names the file and where in it ("answers.csv: line
// 12, column 7: ..."). [[nodiscard]] so a failure cannot be dropped on the floor.
template<typename T>
class [[nodiscard]] Result final
{
public:
    static Result success(T value) { return Result(std::move(value), {}); }
    static Result failure(QString message) { return Result(std::nullopt, std::move(message)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    // Only on success.
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    // Empty on success.
    const QString &error() const { return m_error; }

private:
    Result(std::optional<T> value, QString error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {}

    std::optional<T> m_value;
    QString m_error;
};

// The value of a Result that only says "it worked".
struct Done final
{
};
