#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

namespace mizan {

/**
 * @brief The password rule of ARCHITECTURE.md, after NIST SP 800-63B: at least 15 characters, no
 * composition rules, refused when it equals or contains the user name, or is common (a shipped
 * list of the most common passwords and phrases, also caught when repeated, reversed or followed
 * by digits), or is one character repeated or a keyboard/number run.
 * The password is read from wiped memory and never copied into a QString.
 */
class PasswordPolicy
{
public:
    static constexpr int kMinimumLength = 15;

    /** @brief InvalidInput naming the broken rule, or success. */
    static Result<> check(const SecureBytes &password, const QString &userName);
    /** @brief Whether the list of common passwords holds `lowercase` (exact, lower-case). */
    static bool isCommon(std::string_view lowercase);
};

} // namespace mizan
