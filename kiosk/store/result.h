// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kiosk/store/storeerror.h"

#include <optional>
#include <utility>

namespace store {

/// @brief A store call's value or its error; the caller has to look (nodiscard), so a failed
/// write is never silently dropped.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(StoreError error) : m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return *m_value; }
    [[nodiscard]] T &value() & { return *m_value; }
    // By value from a temporary, so `for (auto &x : call().value())` never dangles.
    [[nodiscard]] T value() && { return std::move(*m_value); }
    [[nodiscard]] const T *operator->() const { return &*m_value; }
    [[nodiscard]] const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

/// @brief Success or an error, for calls with nothing to return.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StoreError error) : m_failed(true), m_error(std::move(error)) {}

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const StoreError &error() const { return m_error; }

private:
    bool m_failed = false;
    StoreError m_error;
};

} // namespace store
