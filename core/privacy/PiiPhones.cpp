// The PII detector's phone rules (see PiiDetector.h for what is matched).

#include "privacy/PiiRules.h"

#include <array>
#include <string_view>

namespace mizan::pii {

namespace {

// ---- phone ------------------------------------------------------------------------------------

/// E.164 country codes: the 1- and 2-digit ones, and the 2-digit zones of the 3-digit ones.
bool isCountryCode(std::u16string_view cc)
{
    static constexpr std::u16string_view kTwoDigit
        = u"20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 "
          u"62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98";
    static constexpr std::u16string_view kThreeDigitZones
        = u"21 22 23 24 25 26 29 35 37 38 42 50 59 67 68 69 80 85 87 88 96 97 99";
    if (cc.size() == 1)
        return cc == u"1" || cc == u"7";
    const auto listed = [](std::u16string_view list, std::u16string_view two) {
        for (size_t i = 0; i + 2 <= list.size(); i += 3) {
            if (list.substr(i, 2) == two)
                return true;
        }
        return false;
    };
    if (cc.size() == 2)
        return listed(kTwoDigit, cc);
    if (cc.size() == 3)
        return listed(kThreeDigitZones, cc.substr(0, 2));
    return false;
}

/// Some country code starts `digits` (written in one piece after + or 00).
bool startsWithCountryCode(std::u16string_view digits)
{
    for (size_t n = 1; n <= 3 && n <= digits.size(); ++n) {
        if (isCountryCode(digits.substr(0, n)))
            return true;
    }
    return false;
}

bool matchesDigits(std::u16string_view digits, std::u16string_view prefixes, size_t length)
{
    return digits.size() == length && prefixes.find(digits[0]) != std::u16string_view::npos;
}

/// A UAE number after the country code: mobile 5[024568]XXXXXXX or landline [234679]XXXXXXX.
bool isUaeSubscriber(std::u16string_view national)
{
    if (national.size() == 9 && national[0] == u'5')
        return std::u16string_view(u"024568").find(national[1]) != std::u16string_view::npos;
    return matchesDigits(national, u"234679", 8);
}

/// Digits after + or 00; `firstGroup` is the length of the first group (all of them when the
/// number is written in one piece).
bool isInternational(std::u16string_view digits, size_t firstGroup, bool grouped)
{
    if (digits.empty() || digits[0] == u'0')
        return false;
    // The UAE subscriber check is strict enough for any grouping (+97150 123 4567).
    if (digits.starts_with(u"971"))
        return isUaeSubscriber(digits.substr(3));
    if (digits.size() < 8 || digits.size() > 15)
        return false;
    return grouped ? isCountryCode(digits.substr(0, firstGroup)) : startsWithCountryCode(digits);
}

struct PhoneGroup
{
    qsizetype start = 0;
    qsizetype end = 0;
    char16_t separator = 0;   ///< before this group: ' ', '-', '.', or 0 (only parentheses)
    qsizetype openParen = -1; ///< position of a '(' opened just before this group (or its '+')
    bool closeParen = false;  ///< a ')' follows the group
};

struct PhoneChain
{
    qsizetype plus = -1; ///< position of the leading '+'
    std::vector<PhoneGroup> groups;
};

bool isSpace(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F;
}

/// Digit groups from `pos` joined by phone separators; the chain ends where they stop.
PhoneChain parseChain(const QString &s, qsizetype pos)
{
    PhoneChain chain;
    qsizetype p = pos;
    qsizetype open = -1;
    if (s.at(p) == u'(')
        open = p++;
    if (p < s.size() && s.at(p) == u'+')
        chain.plus = p++;
    if (open < 0 && p < s.size() && s.at(p) == u'(')
        open = p++;
    char16_t separator = 0;
    while (p < s.size() && isDigit(s.at(p).unicode())) {
        PhoneGroup group;
        group.start = p;
        group.separator = separator;
        group.openParen = open >= 0 && (chain.groups.empty() || open == p - 1) ? open : -1;
        while (p < s.size() && isDigit(s.at(p).unicode()))
            ++p;
        group.end = p;
        qsizetype q = p;
        if (open >= 0 && q < s.size() && s.at(q) == u')') {
            group.closeParen = true;
            open = -1;
            ++q;
        }
        separator = 0;
        if (q < s.size()) {
            const char16_t c = s.at(q).unicode();
            if (isSpace(c) || c == u'-' || c == u'.') {
                separator = isSpace(c) ? u' ' : c;
                ++q;
            }
        }
        if (open < 0 && q < s.size() && s.at(q) == u'(')
            open = q++;
        chain.groups.push_back(group);
        if (q == p || q >= s.size() || !isDigit(s.at(q).unicode()))
            break;
        p = q;
    }
    return chain;
}

/// Groups [a, b] of `chain` read as a phone number (see the header).
bool isPhone(const QString &s, const PhoneChain &chain, size_t a, size_t b)
{
    const bool plus = a == 0 && chain.plus >= 0;
    std::u16string digits;
    std::vector<size_t> lengths;
    int dots = 0;
    int dashes = 0;
    for (size_t i = a; i <= b; ++i) {
        const PhoneGroup &g = chain.groups[i];
        if (i > a) {
            dots += g.separator == u'.';
            dashes += g.separator == u'-';
        }
        // "+971 (0)50 ...": the trunk 0 in parentheses is not dialled.
        const bool trunk = i == a + 1 && g.end - g.start == 1 && s.at(g.start) == u'0'
                           && g.openParen >= 0 && g.closeParen;
        if (trunk)
            continue;
        for (qsizetype k = g.start; k < g.end; ++k)
            digits.push_back(s.at(k).unicode());
        lengths.push_back(size_t(g.end - g.start));
    }
    if (dots > 0 && (dots < 2 || dashes > 0))
        return false;
    const bool grouped = lengths.size() > 1;
    const std::u16string_view d = digits;
    if (plus)
        return isInternational(d, lengths.front(), grouped);
    if (d.starts_with(u"00")) {
        if (lengths.front() < 3)
            return false;
        if (!grouped && !d.substr(2).starts_with(u"971"))
            return false;
        return isInternational(d.substr(2), lengths.front() - 2, grouped);
    }
    if (d.starts_with(u"0")) {
        if (d.size() == 10 && d[1] == u'5' && isUaeSubscriber(d.substr(1)))
            return true;
        if (!grouped)
            return false;
        if (matchesDigits(d.substr(1), u"234679", 8))
            return true;
        return (d.size() == 10 || d.size() == 11) && d[1] != u'0' && lengths.front() <= 5
               && std::all_of(lengths.begin(), lengths.end(), [](size_t n) { return n >= 2; });
    }
    // North American: (NXX) NXX-XXXX.
    return lengths.size() == 3 && lengths[0] == 3 && lengths[1] == 3 && lengths[2] == 4
           && d[0] >= u'2' && d[3] >= u'2';
}

/// Where a phone made of groups [a, b] starts: its '+' or first digit, or the '(' before them
/// when the span closes it.
qsizetype phoneStart(const PhoneChain &chain, size_t a, size_t b)
{
    const PhoneGroup &first = chain.groups[a];
    const qsizetype start = a == 0 && chain.plus >= 0 ? chain.plus : first.start;
    if (first.openParen < 0 || first.openParen > start)
        return start;
    for (size_t k = a; k < b; ++k) {
        if (chain.groups[k].closeParen)
            return first.openParen;
    }
    return start;
}

/// Phones have at most this many groups ("+971 (0) 50 123 45 67").
constexpr size_t kMaxPhoneGroups = 8;

} // namespace

void findPhones(const QString &s, Claims &claims, std::vector<PiiMatch> &out)
{
    qsizetype pos = 0;
    while (pos < s.size()) {
        const char16_t c = s.at(pos).unicode();
        const char16_t next = pos + 1 < s.size() ? s.at(pos + 1).unicode() : 0;
        const bool startable = isDigit(c)
                               || ((c == u'+' || c == u'(')
                                   && (isDigit(next) || next == u'(' || next == u'+'));
        if (!startable) {
            ++pos;
            continue;
        }
        const PhoneChain chain = parseChain(s, pos);
        if (chain.groups.empty()) {
            ++pos;
            continue;
        }
        const size_t count = chain.groups.size();
        size_t a = 0;
        while (a < count) {
            // A number inside a chain starts and ends at a space: not at 2024-|01 or 1.|5.
            if (a > 0 && chain.groups[a].separator != u' ') {
                ++a;
                continue;
            }
            bool found = false;
            for (size_t b = std::min(count, a + kMaxPhoneGroups) - 1; b + 1 > a; --b) {
                if (b + 1 < count && chain.groups[b + 1].separator != u' ')
                    continue;
                const qsizetype start = phoneStart(chain, a, b);
                const qsizetype end = chain.groups[b].end;
                // "#0501234567" is a ticket or order number.
                const bool numbered = start > 0 && s.at(start - 1) == u'#';
                if (!numbered && leftBoundaryOk(s, start) && rightBoundaryOk(s, end)
                    && claims.isFree(start, end - start) && isPhone(s, chain, a, b)) {
                    claims.claim(out, PiiKind::Phone, start, end - start);
                    a = b + 1;
                    found = true;
                    break;
                }
            }
            if (!found)
                ++a;
        }
        pos = std::max(pos + 1, chain.groups.back().end);
    }
}

} // namespace mizan::pii
