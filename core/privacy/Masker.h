#pragma once

#include <QString>

namespace mizan {

/**
 * @brief How personal data is shown to a user without leads.view_pii: enough to tell records
 * apart on a call or a letter, never enough to contact or identify the person.
 *
 * By the spec's PII kind: e-mail "a***@e***.ae"; phone (and Emirates ID) every digit but the last
 * two starred, a leading "+971" kept ("+971 ** *** **67"); name the initials ("A. M."); passport
 * and IBAN the first two and last two characters; address and free text "***". Masking happens
 * in core (Workspace), so no UI or CLI path can show more. The mask of a value never contains
 * more than one of its characters in a row from the middle of the value.
 */
class Masker
{
public:
    static QString mask(const QString &kind, const QString &value);
    static QString maskEmail(const QString &value);
    static QString maskPhone(const QString &value);
    static QString maskName(const QString &value);
    /** @brief First two and last two characters kept, letters and digits between starred. */
    static QString maskEnds(const QString &value);
};

} // namespace mizan
