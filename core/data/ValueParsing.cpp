#include "data/ValueParsing.h"

namespace mizan {

bool isValidUtf8(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

/**
 * Clinger's fast path: a plain decimal ([+-]digits[.digits]) whose digits fit in 53 bits and
 * with at most 22 fraction digits is the exact quotient of two exactly representable doubles,
 * so one division gives the correctly rounded value, the same as std::from_chars. Anything else
 * (exponents, long mantissas, text) returns false and goes to the general parser.
 */

bool asciiDigits(std::string_view text, std::string &out)
{
    out.clear();
    out.reserve(text.size());
    bool rewritten = false;
    for (size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = [&](size_t k) {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0u;
        };
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
            i += 1;
        } else if (c == 0xD9 && next(1) >= 0xA0 && next(1) <= 0xA9) { // U+0660-U+0669
            out.push_back(static_cast<char>('0' + (next(1) - 0xA0)));
            i += 2;
        } else if (c == 0xDB && next(1) >= 0xB0 && next(1) <= 0xB9) { // U+06F0-U+06F9
            out.push_back(static_cast<char>('0' + (next(1) - 0xB0)));
            i += 2;
        } else if (c == 0xD9 && next(1) == 0xAB) { // U+066B ARABIC DECIMAL SEPARATOR
            out.push_back('.');
            i += 2;
        } else if (c == 0xE2 && next(1) == 0x88 && next(2) == 0x92) { // U+2212 MINUS SIGN
            out.push_back('-');
            i += 3;
        } else {
            return false;
        }
        rewritten = rewritten || c >= 0x80;
    }
    return rewritten;
}

} // namespace mizan
