// Masking of personal data for users without leads.view_pii: the documented shapes, and never
// enough of the value left to contact or identify the person.

#include "privacy/Masker.h"

#include <QTest>

using namespace mizan;

class TestMasker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data();
    void masks();
    void aMaskNeverKeepsTheMiddleOfTheValue();
};

void TestMasker::masks_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("masked");
    QTest::newRow("email") << "email" << "ahmed.ali@example.ae" << "a***@e***.ae";
    QTest::newRow("email subdomain") << "email" << "noura@mail.gov.ae" << "n***@m***.ae";
    QTest::newRow("email without @") << "email" << "not-an-address" << "***";
    QTest::newRow("uae mobile") << "phone" << "+971 50 123 4567" << "+971 ** *** **67";
    QTest::newRow("uae 00") << "phone" << "00971501234567" << "00971*******67";
    QTest::newRow("local") << "phone" << "050-123-4567" << "***-***-**67";
    QTest::newRow("short number") << "phone" << "999" << "***";
    QTest::newRow("name") << "name" << "Fatima Al Zaabi" << "F. A. Z.";
    QTest::newRow("arabic name") << "name" << "فاطمة الزعابي" << "ف. ا.";
    QTest::newRow("emirates id") << "emirates_id" << "784-1990-1234567-1" << "***-****-******7-1";
    QTest::newRow("passport") << "passport" << "N1234567" << "N1****67";
    QTest::newRow("iban") << "iban" << "AE07 0331 2345 6789 0123 456"
                          << "AE** **** **** **** **** *56";
    QTest::newRow("address") << "address" << "Villa 12, Street 5, Al Barsha" << "***";
    QTest::newRow("empty") << "email" << "" << "";
}

void TestMasker::masks()
{
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, masked);
    QCOMPARE(Masker::mask(kind, value), masked);
}

void TestMasker::aMaskNeverKeepsTheMiddleOfTheValue()
{
    const QStringList phones = {"+971 55 987 6543", "+44 20 7946 0958", "0501112233", "12345"};
    for (const QString &phone : phones) {
        const QString masked = Masker::maskPhone(phone);
        QCOMPARE(masked.size(), phone.size());
        int digits = 0;
        for (QChar c : masked.mid(phone.startsWith("+971") ? 4 : 0))
            digits += c.isDigit();
        QVERIFY2(digits <= 2, qPrintable(masked));
    }
    const QString email = Masker::maskEmail("khalid.rashed@company.example.ae");
    QVERIFY(!email.contains("khalid"));
    QVERIFY(!email.contains("company"));
}

QTEST_GUILESS_MAIN(TestMasker)
#include "TestMasker.moc"
