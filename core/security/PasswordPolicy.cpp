#include "security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace mizan {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::PasswordPolicy)
};

// The most common passwords of public breach corpora (top of the lists everybody publishes),
// plus the long phrases and keyboard walks people choose when told "at least 15 characters".
// Lower-case; sorted at first use. Short ones matter too: "password" repeated or followed by
// digits is checked against them.
constexpr std::string_view kCommon[] = {
    "123456",
    "123456789",
    "12345678",
    "12345",
    "1234567",
    "1234567890",
    "password",
    "qwerty",
    "abc123",
    "111111",
    "123123",
    "password1",
    "1234",
    "iloveyou",
    "000000",
    "qwerty123",
    "dragon",
    "sunshine",
    "princess",
    "letmein",
    "654321",
    "monkey",
    "football",
    "charlie",
    "donald",
    "aa123456",
    "qwertyuiop",
    "123321",
    "666666",
    "121212",
    "baseball",
    "welcome",
    "master",
    "shadow",
    "superman",
    "michael",
    "jennifer",
    "trustno1",
    "hello",
    "freedom",
    "whatever",
    "zaq12wsx",
    "starwars",
    "passw0rd",
    "password123",
    "admin",
    "administrator",
    "login",
    "solo",
    "access",
    "flower",
    "hottie",
    "loveme",
    "ashley",
    "bailey",
    "mustang",
    "batman",
    "azerty",
    "pokemon",
    "computer",
    "internet",
    "secret",
    "cheese",
    "killer",
    "summer",
    "winter",
    "spring",
    "autumn",
    "samsung",
    "google",
    "soccer",
    "hockey",
    "ranger",
    "jordan",
    "harley",
    "hunter",
    "buster",
    "thomas",
    "tigger",
    "robert",
    "soccer1",
    "love",
    "changeme",
    "default",
    "guest",
    "root",
    "test",
    "test123",
    "user",
    "mizan",
    "dubai",
    "abudhabi",
    "sharjah",
    "emirates",
    "uae",
    "uae971",
    "allah",
    "bismillah",
    "habibi",
    "mashallah",
    "inshallah",
    "falcon",
    "qwertyuiopasdfghjkl",
    "qwertyuiopasdfghjklzxcvbnm",
    "asdfghjkl",
    "zxcvbnm",
    "1q2w3e4r",
    "1q2w3e4r5t",
    "1qaz2wsx",
    "1qaz2wsx3edc",
    "1qaz2wsx3edc4rfv",
    "q1w2e3r4t5y6",
    "123qwe",
    "qwe123",
    "qweasdzxc",
    "qazwsxedc",
    "qazwsxedcrfvtgb",
    "asdf1234",
    "zxcv1234",
    "password1234",
    "passwordpassword",
    "mypasswordisverysecure",
    "thisismypassword",
    "thisisapassword",
    "correcthorsebatterystaple",
    "iloveyouiloveyou",
    "iloveyousomuch",
    "letmeinletmein",
    "welcome123",
    "welcome12345",
    "welcometodubai",
    "administrator1",
    "administrator123",
    "adminadminadmin",
    "adminpassword",
    "changemechangeme",
    "changemenow",
    "supersecretpassword",
    "verysecurepassword",
    "strongpassword",
    "mysecretpassword",
    "secretpassword",
    "defaultpassword",
    "passwordispassword",
    "nopassword",
    "thequickbrownfox",
    "thequickbrownfoxjumpsoverthelazydog",
    "abcdefghijklmnop",
    "abcdefghijklmnopqrstuvwxyz",
    "1234567890123456",
    "123456789012345",
    "12345678901234567890",
    "0987654321",
    "09876543210987654321",
    "987654321",
    "11111111",
    "1111111111",
    "00000000",
    "88888888",
    "1234512345",
    "123123123",
    "123456123456",
    "112233",
    "11223344",
    "aabbcc",
    "princess1",
    "sunshine1",
    "football1",
    "baseball1",
    "superman1",
    "starwars1",
    "pokemon1",
    "monkey123",
    "dragon123",
    "shadow123",
    "master123",
    "letmein123",
    "hello123",
    "hello12345",
    "helloworld",
    "helloworld123",
    "happybirthday",
    "goodmorning",
    "myname",
    "mynameis",
    "pakistan",
    "india123",
    "manchesterunited",
    "liverpool",
    "chelsea",
    "arsenal",
    "barcelona",
    "realmadrid",
    "januaryfebruary",
    "mondaytuesday",
};

const std::vector<std::string_view> &commonList()
{
    static const std::vector<std::string_view> list = [] {
        std::vector<std::string_view> v(std::begin(kCommon), std::end(kCommon));
        std::sort(v.begin(), v.end());
        return v;
    }();
    return list;
}

/** A lower-case copy, in a std::string that is wiped before it is freed. */
struct WipedString
{
    std::string text;
    ~WipedString() { std::fill(text.begin(), text.end(), '\0'); }
};

bool isRun(std::string_view s)
{
    if (s.size() < 3)
        return false;
    const bool same = std::all_of(s.begin(), s.end(), [&](char c) { return c == s.front(); });
    bool up = true;
    bool down = true;
    for (size_t i = 1; i < s.size(); ++i) {
        up = up && s[i] == s[i - 1] + 1;
        down = down && s[i] == s[i - 1] - 1;
    }
    return same || up || down;
}

/** "password", "passwordpassword", "password2024", "drowssap", "aaaaaaaa", "abcdefgh". */
bool looksCommon(std::string_view s)
{
    if (PasswordPolicy::isCommon(s) || isRun(s))
        return true;
    std::string reversed(s.rbegin(), s.rend());
    const bool reversedCommon = PasswordPolicy::isCommon(reversed);
    std::fill(reversed.begin(), reversed.end(), '\0');
    if (reversedCommon)
        return true;
    // Common base followed by digits or punctuation.
    size_t end = s.size();
    while (end > 0 && !std::isalpha(static_cast<unsigned char>(s[end - 1])))
        --end;
    if (end > 0 && end < s.size() && PasswordPolicy::isCommon(s.substr(0, end)))
        return true;
    // A shorter piece repeated.
    for (size_t period = 1; period <= s.size() / 2; ++period) {
        if (s.size() % period != 0)
            continue;
        bool repeats = true;
        for (size_t i = period; i < s.size() && repeats; ++i)
            repeats = s[i] == s[i - period];
        if (repeats)
            return true;
    }
    return false;
}

} // namespace

bool PasswordPolicy::isCommon(std::string_view lowercase)
{
    const auto &list = commonList();
    return std::binary_search(list.begin(), list.end(), lowercase);
}

Result<> PasswordPolicy::check(const SecureBytes &password, const QString &userName)
{
    const std::string_view raw(reinterpret_cast<const char *>(password.data()), password.size());
    // Characters, not bytes: an Arabic pass phrase of 15 letters counts as 15.
    qsizetype characters = 0;
    for (unsigned char c : raw)
        characters += (c & 0xC0) != 0x80;
    if (characters < kMinimumLength)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("The password must have at least %1 characters (it has %2). A "
                           "sentence of a few words is easy to remember and hard to guess.")
                        .arg(kMinimumLength)
                        .arg(characters));
    WipedString lower;
    lower.text.assign(raw);
    std::transform(lower.text.begin(), lower.text.end(), lower.text.begin(), [](unsigned char c) {
        return c < 0x80 ? char(std::tolower(c)) : char(c);
    });
    const QByteArray name = userName.trimmed().toLower().toUtf8();
    // Names of one or two letters would forbid half the alphabet's pairs: only equality then.
    if (name.size() >= 3
        && lower.text.find(std::string_view(name.constData(), size_t(name.size())))
               != std::string::npos)
        return fail(ErrorCode::InvalidInput, Tr::tr("The password must not contain the user name."));
    if (!name.isEmpty()
        && std::string_view(lower.text) == std::string_view(name.constData(), size_t(name.size())))
        return fail(ErrorCode::InvalidInput, Tr::tr("The password must not be the user name."));
    // Spaces and separators do not make a common phrase uncommon.
    WipedString squeezed;
    squeezed.text.reserve(lower.text.size());
    for (char c : lower.text)
        if (c != ' ' && c != '-' && c != '_' && c != '.')
            squeezed.text.push_back(c);
    if (looksCommon(lower.text) || looksCommon(squeezed.text))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("This password is too common or too predictable; choose another."));
    return {};
}

} // namespace mizan
