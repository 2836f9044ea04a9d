#pragma once

#include <QString>

#include <optional>
#include <utility>

// What every function that can fail returns: the value, or the error that says what went wrong
// and where. E is one message ready to show a person ("answers.csv: line 12, column 7: ...",
// "manifest.json: ...") unless a library needs more: authoring's errors carry file and line
// (ContentResult), the generator collects every one it finds. [[nodiscard]] so a failure
// cannot be dropped on the floor. The shared vocabulary type of all libraries: it lives in
// content, the one library every other builds on.
template<typename T, typename E = QString>
class [[nodiscard]] Result final
{
public:
    static Result success(T value) { return Result(std::move(value), E()); }
    static Result failure(E error) { return Result(std::nullopt, std::move(error)); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    // Only on success.
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    // Empty (default-constructed) on success.
    const E &error() const { return m_error; }

private:
    Result(std::optional<T> value, E error)
        : m_value(std::move(value))
        , m_error(std::move(error))
    {}

    std::optional<T> m_value;
    E m_error;
};

// The value of a Result that only says "it worked".
struct Done final
{
};
