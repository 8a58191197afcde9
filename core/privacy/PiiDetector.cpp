#include "privacy/PiiDetector.h"
#include "privacy/PiiRules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <string_view>

namespace mizan {

namespace {

using namespace pii;

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
