#include "privacy/PiiDetector.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string_view>

namespace mizan {

namespace {

// ---- characters -------------------------------------------------------------------------------

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(char16_t c)
{
    return isDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

/// A character a number must not touch: ASCII letters and any digit (Arabic letters may touch).
bool isWordLike(QChar c)
{
    return isAsciiAlnum(c.unicode()) || c.isDigit() || c == u'_';
}

/// Arabic-Indic and extended Arabic-Indic digits become ASCII ones, one code unit for one, so
/// offsets into the result are offsets into the original.
QString normaliseDigits(QStringView text)
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
bool isTightJoiner(char16_t c)
{
    return c == u'-' || c == u'.' || c == u'/' || c == u'\\' || c == kArabicDecimal;
}

/// Joins numbers (10:30, 1,250): not a boundary when a digit is on the other side.
bool isNumberJoiner(char16_t c)
{
    return c == u':' || c == u',' || c == kArabicThousands;
}

/// May a number-like match start at `pos` of `s`?
bool leftBoundaryOk(const QString &s, qsizetype pos)
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
bool rightBoundaryOk(const QString &s, qsizetype end)
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

// ---- email ------------------------------------------------------------------------------------

void findEmails(const QString &s, Claims &claims, std::vector<PiiMatch> &out)
{
    // Each part (local part, domain label, TLD) is Latin or Arabic script (RFC 6531 allows
    // سارة@مثال.امارات), so an address glued to a word of the other script still stands apart.
    // An apostrophe (o'neil@) or a dot only inside a Latin local part.
    static const QRegularExpression pattern = [] {
        QString latinOrArabic = QStringLiteral(
            R"((?:(?<![A-Za-z0-9._%+\-])[A-Za-z0-9_%+\-]+(?:['.][A-Za-z0-9_%+\-]+)*)"
            R"(|(?<![{ar}0-9._%+\-])[{ar}0-9_\-]+(?:\.[{ar}0-9_\-]+)*)@)"
            R"((?:(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)"
            R"(|[{ar}0-9](?:[{ar}0-9\-]{0,61}[{ar}0-9])?)\.)+)"
            R"((?:([A-Za-z]{2,24})(?![A-Za-z0-9\-])|([{ar}]{2,24})(?![{ar}0-9\-])))");
        // Arabic letters and marks (digits are ASCII by now).
        latinOrArabic.replace(QStringLiteral("{ar}"),
                              QStringLiteral(
                                  R"(\x{0620}-\x{065F}\x{066E}-\x{06D3}\x{06FA}-\x{06FF})"));
        return QRegularExpression(latinOrArabic);
    }();
    // File names such as icon@2x.png look like addresses.
    static constexpr std::array<std::u16string_view, 20> kFileExtensions = {
        u"png", u"jpg", u"jpeg", u"gif", u"svg", u"webp", u"bmp", u"ico", u"tif", u"tiff",
        u"csv", u"tsv", u"json", u"txt", u"log", u"xml",  u"pdf", u"gz",  u"zip", u"html",
    };
    auto it = pattern.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString tld = m.captured(1).toLower(); // empty for an Arabic TLD
        const bool isFile = std::any_of(kFileExtensions.begin(),
                                        kFileExtensions.end(),
                                        [&tld](std::u16string_view ext) {
                                            return QStringView(ext) == tld;
                                        });
        if (!isFile && claims.isFree(m.capturedStart(), m.capturedLength()))
            claims.claim(out, PiiKind::Email, m.capturedStart(), m.capturedLength());
    }
}

// ---- IBAN -------------------------------------------------------------------------------------

/// ISO 13616 registry lengths (SWIFT IBAN registry); other countries: 15-34.
int ibanLength(char16_t a, char16_t b)
{
    struct Entry
    {
        char code[3];
        int length;
    };
    static constexpr Entry kLengths[] = {
        {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16},
        {"BG", 22}, {"BH", 22}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28},
        {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24},
        {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18},
        {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23},
        {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32},
        {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MD", 24}, {"ME", 22},
        {"MK", 19}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NL", 18}, {"NO", 15}, {"PK", 24},
        {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"SA", 24},
        {"SC", 31}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"ST", 25}, {"SV", 28},
        {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20},
    };
    for (const Entry &e : kLengths) {
        if (e.code[0] == a && e.code[1] == b)
            return e.length;
    }
    return 0;
}

bool isIbanChar(char16_t c)
{
    return isDigit(c) || (c >= u'A' && c <= u'Z');
}

void findIbans(const QString &s, Claims &claims, std::vector<PiiMatch> &out)
{
    static const QRegularExpression start(QStringLiteral("[A-Z]{2}[0-9]{2}"));
    auto it = start.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype from = m.capturedStart();
        if (!leftBoundaryOk(s, from))
            continue;
        qsizetype p = from + 4;
        // Group ends (exclusive) of the candidate; the first group is the country and check.
        std::vector<qsizetype> ends;
        if (p < s.size() && isIbanChar(s.at(p).unicode())) {
            while (p < s.size() && isIbanChar(s.at(p).unicode()))
                ++p;
            ends.push_back(p);
        } else {
            while (p + 1 < s.size() && s.at(p) == u' ' && isIbanChar(s.at(p + 1).unicode())) {
                qsizetype q = p + 1;
                while (q < s.size() && q - p - 1 < 5 && isIbanChar(s.at(q).unicode()))
                    ++q;
                const qsizetype length = q - p - 1;
                if (length > 4 || (q < s.size() && isAsciiAlnum(s.at(q).unicode())))
                    break;
                ends.push_back(q);
                p = q;
                if (length < 4)
                    break;
            }
        }
        // The longest run of groups that is a valid IBAN (a capitalised word may follow one).
        for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
            QString compact = s.mid(from, *end - from);
            compact.remove(u' ');
            if (PiiDetector::ibanValid(compact) && rightBoundaryOk(s, *end)
                && claims.isFree(from, *end - from)) {
                claims.claim(out, PiiKind::Iban, from, *end - from);
                break;
            }
        }
    }
}

// ---- Emirates ID ------------------------------------------------------------------------------

void findEmiratesIds(const QString &s, Claims &claims, std::vector<PiiMatch> &out)
{
    static const QRegularExpression pattern(
        QStringLiteral("784([- ]?)(?:19|20)[0-9]{2}\\1[0-9]{7}\\1[0-9]"));
    auto it = pattern.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype from = m.capturedStart();
        const qsizetype length = m.capturedLength();
        QString digits = m.captured(0);
        digits.remove(u'-');
        digits.remove(u' ');
        if (leftBoundaryOk(s, from) && rightBoundaryOk(s, from + length)
            && PiiDetector::luhnValid(digits) && claims.isFree(from, length))
            claims.claim(out, PiiKind::EmiratesId, from, length);
    }
}

// ---- passport ---------------------------------------------------------------------------------

/// ICAO 9303 check digit: weights 7, 3, 1; digits as themselves, A-Z as 10-35, '<' as 0.
int icaoCheckDigit(QStringView field)
{
    static constexpr int kWeights[] = {7, 3, 1};
    int sum = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char16_t c = field.at(i).unicode();
        const int value = isDigit(c) ? c - u'0' : (c >= u'A' && c <= u'Z') ? c - u'A' + 10 : 0;
        sum += value * kWeights[i % 3];
    }
    return sum % 10;
}

bool icaoCheck(QStringView field, QChar check)
{
    const int expected = check == u'<' ? 0 : check.unicode() - u'0';
    return icaoCheckDigit(field) == expected;
}

/// Line 2 of a passport's machine-readable zone (TD3), every check digit right.
bool mrzLine2Valid(QStringView line)
{
    QString composite = line.mid(0, 10).toString();
    composite.append(line.mid(13, 7)).append(line.mid(21, 22));
    return icaoCheck(line.mid(0, 9), line.at(9)) && icaoCheck(line.mid(13, 6), line.at(19))
           && icaoCheck(line.mid(21, 6), line.at(27)) && icaoCheck(line.mid(28, 14), line.at(42))
           && icaoCheck(composite, line.at(43));
}

/// A passport keyword ends at most this many characters before the number.
constexpr qsizetype kPassportWindow = 20;

bool hasPassportKeyword(const QString &s, qsizetype pos)
{
    static const QString keywords[] = {QStringLiteral("passport"), QStringLiteral("جواز")};
    for (const QString &keyword : keywords) {
        const qsizetype from = std::max<qsizetype>(0, pos - kPassportWindow - keyword.size());
        const QStringView before = QStringView(s).mid(from, pos - from);
        const qsizetype at = before.lastIndexOf(keyword, -1, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        const QStringView gap = before.mid(at + keyword.size());
        if (gap.size() <= kPassportWindow && !gap.contains(u'\n'))
            return true;
    }
    return false;
}

void findPassports(const QString &s, Claims &claims, std::vector<PiiMatch> &out)
{
    static const QRegularExpression mrz(QStringLiteral(
        "(?<![A-Z0-9<])[A-Z0-9][A-Z0-9<]{8}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}[A-Z0-9<]{14}"
        "[0-9<][0-9](?![A-Z0-9<])"));
    auto mrzIt = mrz.globalMatch(s);
    while (mrzIt.hasNext()) {
        const QRegularExpressionMatch m = mrzIt.next();
        if (mrzLine2Valid(m.capturedView()) && leftBoundaryOk(s, m.capturedStart())
            && claims.isFree(m.capturedStart(), m.capturedLength()))
            claims.claim(out, PiiKind::Passport, m.capturedStart(), m.capturedLength());
    }
    static const QRegularExpression number(QStringLiteral("[A-Z]{1,2}[0-9]{6,8}"));
    auto it = number.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype from = m.capturedStart();
        const qsizetype length = m.capturedLength();
        if (leftBoundaryOk(s, from) && rightBoundaryOk(s, from + length)
            && hasPassportKeyword(s, from) && claims.isFree(from, length))
            claims.claim(out, PiiKind::Passport, from, length);
    }
}

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

} // namespace

std::vector<PiiMatch> PiiDetector::find(QStringView text)
{
    const QString s = normaliseDigits(text);
    std::vector<PiiMatch> out;
    Claims claims(s.size());
    findEmails(s, claims, out);
    findIbans(s, claims, out);
    findEmiratesIds(s, claims, out);
    findPassports(s, claims, out);
    findPhones(s, claims, out);
    std::sort(out.begin(), out.end(), [](const PiiMatch &x, const PiiMatch &y) {
        return x.start < y.start;
    });
    return out;
}

QString PiiDetector::scrub(QStringView text)
{
    const std::vector<PiiMatch> matches = find(text);
    if (matches.empty())
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const PiiMatch &m : matches) {
        out += text.mid(pos, m.start - pos);
        out += placeholder(m.kind);
        pos = m.start + m.length;
    }
    out += text.mid(pos);
    return out;
}

QJsonValue PiiDetector::scrubJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return scrub(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(scrubJson(item));
        return array;
    }
    case QJsonValue::Object: {
        const QJsonObject in = value.toObject();
        QJsonObject object;
        for (auto it = in.begin(); it != in.end(); ++it)
            object.insert(it.key(), scrubJson(it.value()));
        return object;
    }
    default:
        return value;
    }
}

QString PiiDetector::kindId(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Email:
        return QStringLiteral("email");
    case PiiKind::Phone:
        return QStringLiteral("phone");
    case PiiKind::EmiratesId:
        return QStringLiteral("emirates_id");
    case PiiKind::Passport:
        return QStringLiteral("passport");
    case PiiKind::Iban:
        return QStringLiteral("iban");
    }
    Q_UNREACHABLE();
}

QString PiiDetector::placeholder(PiiKind kind)
{
    switch (kind) {
    case PiiKind::Email:
        return QStringLiteral("[email]");
    case PiiKind::Phone:
        return QStringLiteral("[phone]");
    case PiiKind::EmiratesId:
        return QStringLiteral("[emirates-id]");
    case PiiKind::Passport:
        return QStringLiteral("[passport]");
    case PiiKind::Iban:
        return QStringLiteral("[iban]");
    }
    Q_UNREACHABLE();
}

bool PiiDetector::luhnValid(QStringView digits)
{
    if (digits.size() < 2)
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int value = digits.at(i).digitValue();
        if (value < 0 || !digits.at(i).isDigit())
            return false;
        int term = doubled ? value * 2 : value;
        if (term > 9)
            term -= 9;
        sum += term;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool PiiDetector::ibanValid(QStringView compact)
{
    const qsizetype n = compact.size();
    if (n < 15 || n > 34)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = compact.at(i).unicode();
        const bool ok = i < 2 ? (c >= u'A' && c <= u'Z') : i < 4 ? isDigit(c) : isIbanChar(c);
        if (!ok)
            return false;
    }
    const int check = (compact.at(2).unicode() - u'0') * 10 + (compact.at(3).unicode() - u'0');
    if (check < 2 || check > 98)
        return false;
    const int expected = ibanLength(compact.at(0).unicode(), compact.at(1).unicode());
    if (expected != 0 && n != expected)
        return false;
    // Move the first four characters to the end, read letters as 10-35, take the rest mod 97.
    int remainder = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = compact.at((k + 4) % n).unicode();
        if (isDigit(c))
            remainder = (remainder * 10 + (c - u'0')) % 97;
        else
            remainder = (remainder * 100 + (c - u'A' + 10)) % 97;
    }
    return remainder == 1;
}

} // namespace mizan
