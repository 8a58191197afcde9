#pragma once

#include "common/Error.h"

#include <expected>

namespace mizan {

/**
 * @brief The return type of every fallible core function.
 *
 * `Result<>` for "no value"; never `Result<bool>`. Errors never travel as exceptions across the
 * core boundary.
 */
template<typename T = void>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected<Error>(makeError(code, std::move(message), std::move(detail)));
}

} // namespace mizan

/// Declares `var` from a Result-returning expression, or returns its error from the caller.
#define MIZAN_TRY(var, expr) \
    auto var##_result_ = (expr); \
    if (!var##_result_) \
        return std::unexpected(std::move(var##_result_).error()); \
    auto var = std::move(*var##_result_)

#define MIZAN_CONCAT_(a, b) a##b
#define MIZAN_CONCAT(a, b) MIZAN_CONCAT_(a, b)

/// Evaluates a Result<> expression and returns its error from the caller.
#define MIZAN_CHECK(expr) MIZAN_CHECK_(expr, MIZAN_CONCAT(mizanCheck_, __LINE__))
#define MIZAN_CHECK_(expr, name) \
    do { \
        if (auto name = (expr); !name) \
            return std::unexpected(std::move(name).error()); \
    } while (false)
