#pragma once

// Shared by the PII detector's files (not an interface): character classes, the boundary rules
// every number obeys, the claims that stop two kinds taking the same text, and the phone rules.

#include "privacy/PiiDetector.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace mizan::pii {

// ---- characters -------------------------------------------------------------------------------

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

inline bool isAsciiAlnum(char16_t c)
{
    return isDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

/// A character a number must not touch: ASCII letters and any digit (Arabic letters may touch).
inline bool isWordLike(QChar c)
{
    return isAsciiAlnum(c.unicode()) || c.isDigit() || c == u'_';
}

/// Arabic-Indic and extended Arabic-Indic digits become ASCII ones, one code unit for one, so
/// offsets into the result are offsets into the original.
inline QString normaliseDigits(QStringView text)
{
    QString s = text.toString();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(char16_t(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(char16_t(u'0' + (u - 0x06F0)));
    }
    return s;
}

constexpr char16_t kArabicPercent = 0x066A;
constexpr char16_t kArabicDecimal = 0x066B;
constexpr char16_t kArabicThousands = 0x066C;

/// Joins tokens that touch alphanumerics on both sides (ORD-123, v1.2, a/b): not a boundary.
inline bool isTightJoiner(char16_t c)
{
    return c == u'-' || c == u'.' || c == u'/' || c == u'\\' || c == kArabicDecimal;
}

/// Joins numbers (10:30, 1,250): not a boundary when a digit is on the other side.
inline bool isNumberJoiner(char16_t c)
{
    return c == u':' || c == u',' || c == kArabicThousands;
}

/// May a number-like match start at `pos` of `s`?
inline bool leftBoundaryOk(const QString &s, qsizetype pos)
{
    if (pos == 0)
        return true;
    const QChar c = s.at(pos - 1);
    if (isWordLike(c))
        return false;
    if (pos >= 2) {
        const QChar before = s.at(pos - 2);
        if (isTightJoiner(c.unicode()) && isWordLike(before))
            return false;
        if (isNumberJoiner(c.unicode()) && before.isDigit())
            return false;
    }
    return true;
}

/// May a number-like match end just before `end` of `s`?
inline bool rightBoundaryOk(const QString &s, qsizetype end)
{
    if (end >= s.size())
        return true;
    const char16_t c = s.at(end).unicode();
    if (isWordLike(s.at(end)) || c == u'%' || c == kArabicPercent || c == u'@')
        return false;
    if (end + 1 < s.size()) {
        const QChar after = s.at(end + 1);
        if (isTightJoiner(c) && isWordLike(after))
            return false;
        if (isNumberJoiner(c) && after.isDigit())
            return false;
    }
    return true;
}

/// Claimed code units: a later kind may not take what an earlier one found.
class Claims
{
public:
    explicit Claims(qsizetype size)
        : m_claimed(size_t(size), false)
    {}
    bool isFree(qsizetype start, qsizetype length) const
    {
        return std::none_of(m_claimed.begin() + start,
                            m_claimed.begin() + start + length,
                            [](bool claimed) { return claimed; });
    }
    void claim(std::vector<PiiMatch> &out, PiiKind kind, qsizetype start, qsizetype length)
    {
        std::fill(m_claimed.begin() + start, m_claimed.begin() + start + length, true);
        out.push_back(PiiMatch{kind, start, length});
    }

private:
    std::vector<bool> m_claimed;
};

/** @brief Finds phone numbers (international, UAE and national forms) in free code units. */
void findPhones(const QString &s, Claims &claims, std::vector<PiiMatch> &out);

} // namespace mizan::pii
