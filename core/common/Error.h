#pragma once

#include <QString>

namespace mizan {

/** @brief What kind of failure an Error reports; the CLI maps it to its exit code. */
enum class ErrorCode {
    InvalidInput,     ///< malformed file, wrong value, spec violation (exit 1)
    Io,               ///< file cannot be opened, read or written (exit 1)
    LimitExceeded,    ///< a safety limit (file size, field length, columns) was hit (exit 1)
    Cancelled,        ///< the user cancelled a long job (exit 1)
    Unsupported,      ///< valid input that Mizan does not handle, e.g. a multi-class model (exit 1)
    Model,            ///< XGBoost reported an error (exit 1)
    Usage,            ///< wrong command-line usage (exit 2)
    PermissionDenied, ///< the acting user lacks the permission (exit 3)
    AuthFailed,       ///< wrong password, back-off (exit 4)
    Integrity,        ///< tampering, bad hash or signature, corrupt store (exit 5)
    Internal,         ///< a bug: an invariant did not hold
};

/**
 * @brief A user-facing failure.
 *
 * `message` is complete and translated: it names the file, line and field where there is one,
 * and says what was expected. `file`, `line` and `field` repeat the location for programs (the
 * UI highlights it); `line` is 1-based and 0 when not applicable. `detail` carries technical
 * text (a library's own message) that is shown on request.
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;
    QString file;
    qint64 line = 0;
    QString field;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), {}, 0, {}};
}

/** @brief The error, naming the file it concerns. */
inline Error withFile(Error e, QString file)
{
    e.file = std::move(file);
    return e;
}

/** @brief The error, naming the field (column, key) it concerns. */
inline Error withField(Error e, QString field)
{
    e.field = std::move(field);
    return e;
}

} // namespace mizan
