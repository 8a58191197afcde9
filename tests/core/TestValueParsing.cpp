#include "data/ValueParsing.h"

#include "data/Split.h"

#include <QTest>

#include <charconv>
#include <string>

using namespace mizan;

class TestValueParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainDecimalsAreExact();
    void otherTextIsLeftToTheGeneralParser();
    void utf8_data();
    void utf8();
};

void TestValueParsing::plainDecimalsAreExact()
{
    // 200,000 seeded decimals of every shape the fast path takes: the same double as from_chars.
    quint64 state = 7;
    for (int i = 0; i < 200000; ++i) {
        state = splitMix64(state);
        const int integerDigits = int(state % 9); // up to 15 digits in all: within 2^53
        const int fractionDigits = int((state >> 8) % 8);
        std::string text = (state >> 20) & 1 ? "-" : "";
        quint64 digits = splitMix64(state);
        for (int d = 0; d < integerDigits; ++d, digits /= 10)
            text += char('0' + digits % 10);
        if (fractionDigits > 0 || integerDigits == 0) {
            text += '.';
            for (int d = 0; d < std::max(fractionDigits, 1); ++d, digits /= 10)
                text += char('0' + digits % 10);
        }
        double fast = 0;
        QVERIFY2(parsePlainDecimal(text, fast), text.c_str());
        double reference = 0;
        std::from_chars(text.data(), text.data() + text.size(), reference);
        if (fast != reference)
            QFAIL(qPrintable(QString("%1: %2 != %3")
                                 .arg(QString::fromStdString(text))
                                 .arg(fast, 0, 'g', 17)
                                 .arg(reference, 0, 'g', 17)));
    }
}

void TestValueParsing::otherTextIsLeftToTheGeneralParser()
{
    double out = 42;
    for (const char *text : {"",
                             "-",
                             "+",
                             ".",
                             "1e5",
                             "1.5E-3",
                             "abc",
                             "1,5",
                             "12345678901234567890",
                             "0.12345678901234567890123",
                             "+-5",
                             "1 ",
                             " 1",
                             "inf",
                             "nan"}) {
        QVERIFY2(!parsePlainDecimal(text, out), text);
        QCOMPARE(out, 42.0); // untouched
    }
    QVERIFY(parsePlainDecimal("+.5", out));
    QCOMPARE(out, 0.5);
    QVERIFY(parsePlainDecimal("007", out));
    QCOMPARE(out, 7.0);
}

void TestValueParsing::utf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    // clang-format off
    QTest::newRow("ascii")          << QByteArray("plain text") << true;
    QTest::newRow("arabic")         << QByteArray("دبي")        << true;
    QTest::newRow("four bytes")     << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("lone byte")      << QByteArray("\xFF")       << false;
    QTest::newRow("truncated")      << QByteArray("\xE2\x82")   << false;
    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF")   << false;
    QTest::newRow("surrogate")      << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("beyond 10FFFF")  << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("bad follower")   << QByteArray("\xC3\x28")   << false;
    // clang-format on
}

void TestValueParsing::utf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(std::string_view(bytes.constData(), size_t(bytes.size()))), valid);
}

QTEST_GUILESS_MAIN(TestValueParsing)
#include "TestValueParsing.moc"
