#include "security/PasswordPolicy.h"

#include "TestPaths.h"

#include <QTest>

using namespace mizan;

namespace {

SecureBytes utf8(const QString &text)
{
    return SecureBytes::fromView(text.toUtf8());
}

Result<> check(const QString &password, const QString &user = QStringLiteral("omar"))
{
    return PasswordPolicy::check(utf8(password), user);
}

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void length_data();
    void length();
    void countsCodePointsNotBytes();
    void userName_data();
    void userName();
    void common_data();
    void common();
    void accepted_data();
    void accepted();
    void isCommonIsExactAndLowerCase();
};

void TestPasswordPolicy::length_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("14 characters") << QStringLiteral("tqv8 morx plew") << false;
    QTest::newRow("15 characters") << QStringLiteral("tqv8 morx plew3") << true;
    QTest::newRow("16 characters") << QStringLiteral("tqv8 morx plew3k") << true;
    QTest::newRow("14 without spaces") << QStringLiteral("Xk3vQm9TzR7wLp") << false;
    QTest::newRow("15 without spaces") << QStringLiteral("Xk3vQm9TzR7wLpe") << true;
}

void TestPasswordPolicy::length()
{
    QFETCH(QString, password);
    QFETCH(bool, ok);
    QCOMPARE(password.size() >= PasswordPolicy::kMinimumLength, ok); // the rows are what they say
    const Result<> r = check(password);
    QCOMPARE(r.has_value(), ok);
    if (!ok) {
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("15")), qPrintable(r.error().message));
    }
}

void TestPasswordPolicy::countsCodePointsNotBytes()
{
    QCOMPARE(PasswordPolicy::kMinimumLength, 15);
    // 15 Arabic code points (28 bytes in UTF-8): accepted.
    const QString fifteen = QStringLiteral("قمر يضيء الليلة");
    QCOMPARE(fifteen.size(), 15);
    QCOMPARE(fifteen.toUtf8().size(), 28);
    MIZAN_VERIFY_OK(check(fifteen));
    // 14 code points are 26 bytes, more than 15: a byte count would wrongly accept it.
    const QString fourteen = QStringLiteral("قمر يضيء الليل");
    QCOMPARE(fourteen.size(), 14);
    QVERIFY(fourteen.toUtf8().size() > 15);
    const Result<> r = check(fourteen);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("14")), qPrintable(r.error().message));
    // Characters outside the BMP (4 bytes, 2 UTF-16 units) count once as well.
    const QString emoji = QString::fromUtf8("\xF0\x9F\x8C\xB5"); // cactus
    QString mixed = QStringLiteral("dune ") + emoji + QStringLiteral(" rvq ") + emoji;
    while (mixed.toUcs4().size() < 15)
        mixed += QLatin1Char('k');
    QCOMPARE(mixed.toUcs4().size(), 15);
    MIZAN_VERIFY_OK(check(mixed));
    mixed.chop(1);
    QVERIFY(!check(mixed));
}

void TestPasswordPolicy::userName_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("user");
    QTest::newRow("lower") << QStringLiteral("my friend fatima likes tea")
                           << QStringLiteral("fatima");
    QTest::newRow("upper in password")
        << QStringLiteral("my friend FATIMA likes tea") << QStringLiteral("fatima");
    QTest::newRow("mixed in password")
        << QStringLiteral("FaTiMa-was-here-in-2019") << QStringLiteral("fatima");
    QTest::newRow("upper user name")
        << QStringLiteral("my friend fatima likes tea") << QStringLiteral("Fatima");
    QTest::newRow("user name padded")
        << QStringLiteral("my friend fatima likes tea") << QStringLiteral("  fatima ");
    QTest::newRow("equals user name")
        << QStringLiteral("averyverylongname") << QStringLiteral("averyverylongname");
    QTest::newRow("at the end") << QStringLiteral("greetings from r.khan")
                                << QStringLiteral("r.khan");
}

void TestPasswordPolicy::userName()
{
    QFETCH(QString, password);
    QFETCH(QString, user);
    const Result<> r = check(password, user);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("user name")), qPrintable(r.error().message));
    // The same password is fine for somebody else.
    MIZAN_VERIFY_OK(check(password, QStringLiteral("zainab")));
}

void TestPasswordPolicy::common_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("repeated word") << QStringLiteral("passwordpassword");
    QTest::newRow("number run") << QStringLiteral("123456789012345");
    QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiopasdfghjkl");
    QTest::newRow("famous phrase") << QStringLiteral("correct horse battery staple");
    QTest::newRow("famous phrase, dashes") << QStringLiteral("correct-horse-battery-staple");
    QTest::newRow("famous phrase, capitals") << QStringLiteral("Correct Horse Battery Staple");
    QTest::newRow("common + digits") << QStringLiteral("password12345678");
    QTest::newRow("common + digits, capital") << QStringLiteral("Password12345678");
    QTest::newRow("common + digits + punctuation") << QStringLiteral("welcome2024!!!!!!");
    QTest::newRow("reversed repeated word") << QStringLiteral("drowssapdrowssap");
    QTest::newRow("reversed phrase") << QStringLiteral("elpatsyrettabesrohtcerroc");
    QTest::newRow("reversed keyboard walk") << QStringLiteral("lkjhgfdsapoiuytrewq");
    QTest::newRow("one letter") << QStringLiteral("aaaaaaaaaaaaaaaa");
    QTest::newRow("one digit") << QStringLiteral("000000000000000");
    QTest::newRow("alphabet run") << QStringLiteral("abcdefghijklmnop");
    QTest::newRow("descending run") << QStringLiteral("zyxwvutsrqponmlk");
    QTest::newRow("repeated piece") << QStringLiteral("abc1abc1abc1abc1");
    QTest::newRow("repeated word, spaced") << QStringLiteral("letmein letmein letmein");
    QTest::newRow("quick brown fox") << QStringLiteral("The quick brown fox");
}

void TestPasswordPolicy::common()
{
    QFETCH(QString, password);
    QVERIFY(password.size() >= PasswordPolicy::kMinimumLength); // long enough: refused as common
    const Result<> r = check(password);
    QVERIFY2(!r, qPrintable(password));
    QCOMPARE(r.error().code, ErrorCode::InvalidInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("common")), qPrintable(r.error().message));
}

void TestPasswordPolicy::accepted_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("four words") << QStringLiteral("purple tractor sings quietly");
    QTest::newRow("sentence") << QStringLiteral("Seven blue kites over Jebel Jais");
    QTest::newRow("with punctuation") << QStringLiteral("Camels dislike Tuesday, mostly.");
    QTest::newRow("random") << QStringLiteral("h7#Lq2!vR9@mZx4");
    QTest::newRow("arabic phrase") << QStringLiteral("زيتون أخضر في حديقة جدتي");
    QTest::newRow("common word inside a phrase") << QStringLiteral("my password is a blue teapot");
    QTest::newRow("ends in digits") << QStringLiteral("orange heron flies 1987");
}

void TestPasswordPolicy::accepted()
{
    QFETCH(QString, password);
    MIZAN_VERIFY_OK(check(password));
    MIZAN_VERIFY_OK(check(password, QString())); // no user name to compare with
}

void TestPasswordPolicy::isCommonIsExactAndLowerCase()
{
    QVERIFY(PasswordPolicy::isCommon("password"));
    QVERIFY(PasswordPolicy::isCommon("correcthorsebatterystaple"));
    QVERIFY(PasswordPolicy::isCommon("123456"));
    QVERIFY(!PasswordPolicy::isCommon("Password"));
    QVERIFY(!PasswordPolicy::isCommon("password "));
    QVERIFY(!PasswordPolicy::isCommon("passwor"));
    QVERIFY(!PasswordPolicy::isCommon(""));
    QVERIFY(!PasswordPolicy::isCommon("purple tractor sings quietly"));
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "TestPasswordPolicy.moc"
