#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <vector>

namespace mizan {

/** @brief The kinds of personal data PiiDetector finds. */
enum class PiiKind {
    Email,
    Phone,
    EmiratesId,
    Passport,
    Iban,
};

/** @brief One finding: `length` UTF-16 code units of the searched text from `start`. */
struct PiiMatch
{
    PiiKind kind = PiiKind::Email;
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const PiiMatch &) const = default;
};

/**
 * @brief Finds personal data in free text (audit details, log lines, export cells) so that it
 * can be scrubbed before the text leaves the workspace.
 *
 * Precision comes first: every kind is checked beyond its shape (check digits, lengths, context)
 * and a number glued to letters, to other digits or to a decimal point is never a match.
 * Arabic-Indic digits (U+0660..U+0669, U+06F0..U+06F9) count as digits; Arabic letters around
 * a match are fine. The rules, in the order overlaps are settled (an earlier kind wins):
 *
 * - Email: `local@domain.tld` in any script (letters, marks, digits; `_%+-` and inner `.` or
 *   `'` in the local part), a 2-24 letter TLD that is not a file extension (`icon@2x.png`).
 * - Iban: two capitals, two check digits (02-98), then capitals and digits, written either in
 *   one piece or in groups of four separated by single spaces; ISO 13616 mod-97 must equal 1
 *   and the length must be the registry's for the country (AE 23, GB 22, DE 22, FR 27, SA 24,
 *   EG 29, ...), 15-34 for a country not in the table.
 * - EmiratesId: 784-YYYY-NNNNNNN-C with YYYY in 1900-2099, written with dashes, single spaces or
 *   nothing (the same separator throughout); C is the Luhn check digit of the first 14 digits.
 * - Passport: one or two capitals and 6-8 digits (A1234567, AB1234567) ending at most 20
 *   characters after the keyword "passport" (any case) or "جواز" on the same line; or a whole
 *   ICAO 9303 machine-readable line 2 (44 characters) whose five check digits are all right.
 *   A bare A1234567 is not a match: it reads as a booking reference just as well.
 * - Phone: digit groups joined by single spaces, dashes, dots (then at least two, and no
 *   dashes) or parentheses, that read as: `+` or `00` then a country code (when it stands
 *   apart, it must be one) and 8-15 digits in all; `+971`/`00971` followed, in any grouping,
 *   by a UAE number (5[024568] and 7 digits, or [234679] and 7 digits; "(0)" may come between);
 *   a UAE mobile 05X XXX XXXX in any grouping; a UAE landline 0X XXX XXXX, or another
 *   national 0-number of 10-11 digits, when grouped; or a North American (NXX) NXX-XXXX.
 *   Dates, times, amounts, versions, IP addresses, hashes and sequence numbers do not fit.
 *
 * All functions are stateless and may be called from any thread.
 */
class PiiDetector
{
public:
    /** @brief The matches in `text`, in order and without overlaps. */
    static std::vector<PiiMatch> find(QStringView text);
    /** @brief `text` with each match replaced by its placeholder ("[email]", "[phone]", ...). */
    static QString scrub(QStringView text);
    /**
     * @brief Scrubs every string in `value`, recursing into arrays and objects (not keys).
     * Not an overload of scrub(): a string converts to both QStringView and QJsonValue.
     */
    static QJsonValue scrubJson(const QJsonValue &value);

    /** @brief Stable identifier: "email", "phone", "emirates_id", "passport", "iban". */
    static QString kindId(PiiKind kind);
    /** @brief "[email]", "[phone]", "[emirates-id]", "[passport]", "[iban]". */
    static QString placeholder(PiiKind kind);

    /** @brief True when `digits` (at least 2, nothing but digits) passes the Luhn check. */
    static bool luhnValid(QStringView digits);
    /** @brief True for a valid IBAN without spaces: shape, country length, mod-97 == 1. */
    static bool ibanValid(QStringView compact);
};

} // namespace mizan
