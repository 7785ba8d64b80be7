// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace escut
{

// What went wrong, for the user (message, translated) and for a bug report (detail, untranslated).
struct Error
{
    enum class Code {
        Generic,
        Cancelled,
        InvalidArgument,
        NotFound,
        PermissionDenied,
        DaemonNotRunning,
        ConnectionFailed,
        Timeout,
        TlsError,
        HttpStatus,
        ResponseTooLarge,
        ParseError,
        IoError,
        ToolNotInstalled,
        ToolFailed,
    };

    Code code = Code::Generic;
    QString message; // translated, says what happened and what to do
    QString detail;  // technical: path, HTTP status and body, stderr
    int httpStatus = 0;

    [[nodiscard]] QString fullText() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

// A small std::expected<T, Error> stand-in (the toolchain is C++20).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const
    {
        return m_data.index() == 0;
    }
    explicit operator bool() const
    {
        return ok();
    }
    [[nodiscard]] const T& value() const&
    {
        return std::get<0>(m_data);
    }
    [[nodiscard]] T& value() &
    {
        return std::get<0>(m_data);
    }
    [[nodiscard]] T&& value() &&
    {
        return std::get<0>(std::move(m_data));
    }
    [[nodiscard]] const Error& error() const
    {
        return std::get<1>(m_data);
    }
    const T* operator->() const
    {
        return &value();
    }
    const T& operator*() const
    {
        return value();
    }

private:
    std::variant<T, Error> m_data;
};

struct Ok
{
};
using VoidResult = Result<Ok>;

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

} // namespace escut
