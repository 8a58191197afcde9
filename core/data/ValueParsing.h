#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mizan {

/** @brief True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, at most U+10FFFF). */
bool isValidUtf8(std::string_view bytes);

/**
 * @brief A number written with Arabic-Indic digits (U+0660-U+0669, or the Eastern forms
 * U+06F0-U+06F9), the Arabic decimal separator U+066B or the minus sign U+2212, rewritten in
 * ASCII ("٣٫٥" becomes "3.5"), so lead files typed in Arabic read as they look. False (and `out`
 * unspecified) when `text` holds any other non-ASCII character or none of these.
 */
bool asciiDigits(std::string_view text, std::string &out);

/**
 * @brief Clinger's fast path: a plain decimal ([+-]digits[.digits]) whose digits fit in 53 bits
 * and with at most 22 fraction digits is the exact quotient of two exactly representable
 * doubles, so one division gives the correctly rounded value, the same as std::from_chars.
 * Anything else (exponents, long mantissas, text) returns false, leaving `out` unchanged, and
 * goes to the general parser. Inline: it runs once per numeric value of a lead file.
 */
[[gnu::always_inline]] inline bool parsePlainDecimal(std::string_view text, double &out)
{
    static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                        1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (p < end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    uint64_t mantissa = 0;
    int digits = 0;
    int fraction = 0;
    const char *integerStart = p;
    while (p < end && static_cast<unsigned>(*p - '0') < 10u) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        ++digits;
        ++p;
    }
    const bool integerDigits = p > integerStart;
    if (p < end && *p == '.') {
        ++p;
        const char *fractionStart = p;
        while (p < end && static_cast<unsigned>(*p - '0') < 10u) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
            ++digits;
            ++fraction;
            ++p;
        }
        if (!integerDigits && p == fractionStart)
            return false;
    } else if (!integerDigits) {
        return false;
    }
    if (p != end || digits > 19 || mantissa > (uint64_t(1) << 53) || fraction > 22)
        return false;
    double value = static_cast<double>(mantissa);
    if (fraction > 0)
        value /= kPow10[fraction];
    out = negative ? -value : value;
    return true;
}

} // namespace mizan
