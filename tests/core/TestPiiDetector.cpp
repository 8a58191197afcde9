#include "privacy/LogScrubber.h"
#include "privacy/PiiDetector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace mizan;

namespace {

constexpr PiiKind kKinds[]
    = {PiiKind::Email, PiiKind::Phone, PiiKind::EmiratesId, PiiKind::Passport, PiiKind::Iban};

/// "kind:text" for each match, in order: what the labelled set writes.
QStringList found(const QString &text)
{
    QStringList out;
    for (const PiiMatch &m : PiiDetector::find(text))
        out << PiiDetector::kindId(m.kind) + u':' + text.mid(m.start, m.length);
    return out;
}

QStringList labels(const QString &expected)
{
    return expected.isEmpty() ? QStringList() : expected.split(u',');
}

} // namespace

class TestPiiDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logLinesAreScrubbed();
    void luhn_data();
    void luhn();
    void iban_data();
    void iban();
    void find_data();
    void find();
    void matchesAreOrderedAndDisjoint();
    void arabicIndicDigitsKeepOffsets();
    void scrubText();
    void scrubJson();
    void kindIds();
    void labelledSet();
};

void TestPiiDetector::luhn_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");
    QTest::newRow("classic") << "79927398713" << true;
    QTest::newRow("classic wrong") << "79927398710" << false;
    QTest::newRow("visa test card") << "4111111111111111" << true;
    QTest::newRow("emirates id") << "784198512345673" << true;
    QTest::newRow("emirates id wrong") << "784198512345674" << false;
    QTest::newRow("arabic-indic") << "٧٨٤١٩٨٥١٢٣٤٥٦٧٣" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("one digit") << "0" << false;
    QTest::newRow("dash") << "784-1985-1234567-3" << false;
    QTest::newRow("letter") << "7992739871a" << false;
}

void TestPiiDetector::luhn()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(PiiDetector::luhnValid(digits), valid);
}

void TestPiiDetector::iban_data()
{
    QTest::addColumn<QString>("compact");
    QTest::addColumn<bool>("valid");
    QTest::newRow("GB") << "GB82WEST12345698765432" << true;
    QTest::newRow("AE") << "AE070331234567890123456" << true;
    QTest::newRow("DE") << "DE89370400440532013000" << true;
    QTest::newRow("FR") << "FR7630006000011234567890189" << true;
    QTest::newRow("SA") << "SA0380000000608010167519" << true;
    QTest::newRow("EG") << "EG380019000500000000263180002" << true;
    QTest::newRow("NO, shortest") << "NO9386011117947" << true;
    QTest::newRow("GB checksum") << "GB82WEST12345698765431" << false;
    QTest::newRow("GB swapped") << "GB82WEST12345698765423" << false;
    QTest::newRow("AE short") << "AE07033123456789012345" << false;
    QTest::newRow("DE long") << "DE893704004405320130001" << false;
    QTest::newRow("lower case") << "gb82west12345698765432" << false;
    QTest::newRow("spaces") << "GB82 WEST 1234 5698 7654 32" << false;
    QTest::newRow("check digits 99") << "GB99WEST12345698765432" << false;
    QTest::newRow("too short") << "XX8212345678" << false;
    QTest::newRow("empty") << "" << false;
}

void TestPiiDetector::iban()
{
    QFETCH(QString, compact);
    QFETCH(bool, valid);
    QCOMPARE(PiiDetector::ibanValid(compact), valid);
}

void TestPiiDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    // Email
    row("email", "mail sara.ali@example.ae today", {"email:sara.ali@example.ae"});
    row("email end of sentence", "Write to omar@example.com.", {"email:omar@example.com"});
    row("email subdomain, tag", "<a.b+x@mail.example.co.uk>", {"email:a.b+x@mail.example.co.uk"});
    row("email in arabic", "البريد:sara@example.ae، شكراً", {"email:sara@example.ae"});
    row("email apostrophe", "o'neil@example.com", {"email:o'neil@example.com"});
    row("email quoted", "'sara@example.com'", {"email:sara@example.com"});
    row("email arabic", "البريد: سارة@مثال.امارات.", {"email:سارة@مثال.امارات"});
    row("email arabic local part", "سارة@example.ae", {"email:سارة@example.ae"});
    row("email glued to arabic words", "علىsara@example.aeشكرا", {"email:sara@example.ae"});
    row("email mixed-script tld", "a@example.aeب", {"email:a@example.ae"});
    row("file name", "icon@2x.png is missing", {});
    row("no tld", "user@localhost and git@internal:repo.git", {});
    row("mention", "@mizan_bot", {});
    // Phone
    row("uae +971", "call +971 50 123 4567 now", {"phone:+971 50 123 4567"});
    row("uae +971 dashes", "+971-52-123-4567", {"phone:+971-52-123-4567"});
    row("uae +971 compact", "tel:+971551234567", {"phone:+971551234567"});
    row("uae 00971", "00971 56 123 4567", {"phone:00971 56 123 4567"});
    row("uae 00971 compact", "00971581234567", {"phone:00971581234567"});
    row("uae trunk in parentheses", "+971 (0)50 123 4567", {"phone:+971 (0)50 123 4567"});
    row("uae 00971 glued prefix", "0097150-1234567", {"phone:0097150-1234567"});
    row("uae national dashes", "05X: 050-123-4567.", {"phone:050-123-4567"});
    row("uae national compact", "phone=0541234567;", {"phone:0541234567"});
    row("uae national dots", "050.123.4567", {"phone:050.123.4567"});
    row("uae national parentheses", "(050) 123 4567", {"phone:(050) 123 4567"});
    row("uae landline",
        "04 123 4567 or +971 2 123 4567",
        {"phone:04 123 4567", "phone:+971 2 123 4567"});
    row("phone in parentheses", "(call 050 123 4567)", {"phone:050 123 4567"});
    row("uk", "+44 20 7946 0958", {"phone:+44 20 7946 0958"});
    row("uk via 00", "0044 20 7946 0958", {"phone:0044 20 7946 0958"});
    row("us",
        "+1 (415) 555-0132 / (212) 555-0199",
        {"phone:+1 (415) 555-0132", "phone:(212) 555-0199"});
    row("after a small number", "seq 12 050 123 4567", {"phone:050 123 4567"});
    row("uae +971 wrong prefix", "+971 51 123 4567", {});
    row("uae mobile too long", "+971 50 123 45678", {});
    row("date", "2024-01-31", {});
    row("date dots", "31.01.2024 10.30", {});
    row("iso time", "2024-01-31T10:15:30+04:00", {});
    row("amount", "AED 1,250,000.00", {});
    row("version", "v1.4.2 and 10.20.30.40", {});
    row("sha-256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", {});
    row("seq", "seq=000000123456 seq 1048576", {});
    row("order numbers", "ORD-0501234567 #0501234567 INV5012345678", {});
    row("decimal", "score 0.0501234567", {});
    row("percent", "+12.5% 0501234567%", {});
    row("unknown country code", "Order 0088-8737-6267", {});
    row("national without groups", "041234567", {});
    row("nanp needs groups", "4155550132 and 123-456-7890", {});
    // Emirates ID
    row("eid dashes", "EID: 784-1985-1234567-3", {"emirates_id:784-1985-1234567-3"});
    row("eid compact", "eid=784198512345673;", {"emirates_id:784198512345673"});
    row("eid spaces", "784 1970 1234567 0", {"emirates_id:784 1970 1234567 0"});
    row("eid luhn", "784-1985-1234567-4", {});
    row("eid mixed separators", "784-1985 1234567-3", {});
    row("eid year", "784-1885-1234567-3", {});
    row("eid longer number", "1784198512345673 784198512345673-1", {});
    // Passport
    row("passport", "Passport No. A1234567", {"passport:A1234567"});
    row("passport two letters", "passport: AB123456", {"passport:AB123456"});
    row("passport arabic", "رقم جواز السفر: N12345678", {"passport:N12345678"});
    row("passport keyword too far", "Passport details were checked at the counter: A1234567", {});
    row("passport keyword on another line", "passport\nA1234567", {});
    row("passport without keyword", "booking AB123456", {});
    row("passport too many digits", "passport A123456789", {});
    row("mrz specimen",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        {"passport:L898902C36UTO7408122F1204159ZE184226B<<<<<10"});
    row("mrz bad check digit", "L898902C37UTO7408122F1204159ZE184226B<<<<<10", {});
    // IBAN
    row("iban grouped", "IBAN GB82 WEST 1234 5698 7654 32.", {"iban:GB82 WEST 1234 5698 7654 32"});
    row("iban compact", "iban=AE070331234567890123456", {"iban:AE070331234567890123456"});
    row("iban then capitals",
        "SA03 8000 0000 6080 1016 7519 USD",
        {"iban:SA03 8000 0000 6080 1016 7519"});
    row("iban checksum", "GB82 WEST 1234 5698 7654 31", {});
    row("iban length", "AE07 0331 2345 6789 0123 4567", {});
    row("iban lower case", "gb82west12345698765432", {});
    row("iban glued", "XGB82WEST12345698765432", {});
    // Several kinds
    row("mixed",
        "Customer sara@example.ae, +971 50 123 4567, EID 784-1985-1234567-3, IBAN "
        "AE07 0331 2345 6789 0123 456, passport A1234567",
        {"email:sara@example.ae",
         "phone:+971 50 123 4567",
         "emirates_id:784-1985-1234567-3",
         "iban:AE07 0331 2345 6789 0123 456",
         "passport:A1234567"});
    row("arabic sentence",
        "يرجى التواصل مع العميل على الرقم 050 123 4567 أو البريد sara@example.ae قبل الموافقة.",
        {"phone:050 123 4567", "email:sara@example.ae"});
    row("arabic letters touching", "الهاتف0501234567،", {"phone:0501234567"});
}

void TestPiiDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(found(text), expected);
}

void TestPiiDetector::matchesAreOrderedAndDisjoint()
{
    const QString text = "b@example.com 050 123 4567 a@example.org 784-1985-1234567-3 "
                         "0541234567@example.com";
    const std::vector<PiiMatch> matches = PiiDetector::find(text);
    QCOMPARE(matches.size(), size_t(5));
    for (size_t i = 1; i < matches.size(); ++i)
        QVERIFY(matches[i - 1].start + matches[i - 1].length <= matches[i].start);
    // The email wins over the phone number inside it.
    QCOMPARE(matches.back().kind, PiiKind::Email);
    QCOMPARE(text.mid(matches.back().start, matches.back().length),
             QString("0541234567@example.com"));
}

void TestPiiDetector::arabicIndicDigitsKeepOffsets()
{
    const QString text = "هاتف: +٩٧١ ٥٠ ١٢٣ ٤٥٦٧ والهوية ٧٨٤-١٩٨٥-١٢٣٤٥٦٧-٣";
    QCOMPARE(found(text), QStringList({"phone:+٩٧١ ٥٠ ١٢٣ ٤٥٦٧", "emirates_id:٧٨٤-١٩٨٥-١٢٣٤٥٦٧-٣"}));
    QCOMPARE(PiiDetector::scrub(text), QString("هاتف: [phone] والهوية [emirates-id]"));
    // Extended (Persian) digits too.
    QCOMPARE(found("۰۵۰۱۲۳۴۵۶۷"), QStringList({"phone:۰۵۰۱۲۳۴۵۶۷"}));
}

void TestPiiDetector::scrubText()
{
    QCOMPARE(PiiDetector::scrub(u"login failed for sara@example.ae from 10.0.3.17 at 2024-01-31"),
             QString("login failed for [email] from 10.0.3.17 at 2024-01-31"));
    QCOMPARE(PiiDetector::scrub(
                 u"Passport: AB123456; IBAN GB82WEST12345698765432; tel 04-123-4567"),
             QString("Passport: [passport]; IBAN [iban]; tel [phone]"));
    QCOMPARE(PiiDetector::scrub(u"nothing here: model:12, seq 42"),
             QString("nothing here: model:12, seq 42"));
    QCOMPARE(PiiDetector::scrub(QString()), QString());
}

void TestPiiDetector::scrubJson()
{
    const QJsonObject input{
        {"action", "lead.update"},
        {"seq", 1042},
        {"sara@example.ae", "key stays"},
        {"detail",
         QJsonObject{{"phone", "+971 50 123 4567"},
                     {"contacts",
                      QJsonArray{"a@example.org", 12.5, true, QJsonValue(), QJsonArray{"0501234567"}}},
                     {"note", "رقم الهوية 784-1985-1234567-3"}}},
    };
    const QJsonObject expected{
        {"action", "lead.update"},
        {"seq", 1042},
        {"sara@example.ae", "key stays"},
        {"detail",
         QJsonObject{{"phone", "[phone]"},
                     {"contacts",
                      QJsonArray{"[email]", 12.5, true, QJsonValue(), QJsonArray{"[phone]"}}},
                     {"note", "رقم الهوية [emirates-id]"}}},
    };
    QCOMPARE(PiiDetector::scrubJson(QJsonValue(input)), QJsonValue(expected));
    QCOMPARE(PiiDetector::scrubJson(QJsonValue(42)), QJsonValue(42));
    QCOMPARE(PiiDetector::scrubJson(QJsonValue("x@example.com")), QJsonValue("[email]"));
}

void TestPiiDetector::kindIds()
{
    QStringList ids;
    QStringList placeholders;
    for (PiiKind kind : kKinds) {
        ids << PiiDetector::kindId(kind);
        placeholders << PiiDetector::placeholder(kind);
    }
    QCOMPARE(ids, QStringList({"email", "phone", "emirates_id", "passport", "iban"}));
    QCOMPARE(placeholders,
             QStringList({"[email]", "[phone]", "[emirates-id]", "[passport]", "[iban]"}));
}

void TestPiiDetector::labelledSet()
{
    // text<TAB>expected, expected a comma-separated list of kind:matched-text (empty: no PII).
    QFile file(QStringLiteral(MIZAN_TEST_DATA "/pii/labelled.tsv"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 300);
    QCOMPARE(lines.front(), QString("text\texpected"));

    struct Counts
    {
        int tp = 0;
        int fp = 0;
        int fn = 0;
    };
    std::map<QString, Counts> counts;
    for (PiiKind kind : kKinds)
        counts[PiiDetector::kindId(kind)] = {};
    int negatives = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList columns = lines[i].split(u'\t');
        QVERIFY2(columns.size() == 2, qPrintable(QString("line %1: two columns").arg(i + 1)));
        QStringList expected = labels(columns[1]);
        negatives += expected.isEmpty();
        for (const QString &label : expected) {
            const QString kind = label.section(u':', 0, 0);
            QVERIFY2(counts.contains(kind), qPrintable(QString("line %1: %2").arg(i + 1).arg(kind)));
            QVERIFY2(columns[0].contains(label.section(u':', 1)),
                     qPrintable(QString("line %1: label not in text").arg(i + 1)));
        }
        for (const QString &prediction : found(columns[0])) {
            const QString kind = prediction.section(u':', 0, 0);
            if (expected.removeOne(prediction)) {
                ++counts[kind].tp;
            } else {
                ++counts[kind].fp;
                qInfo().noquote() << "false positive, line" << i + 1 << ":" << prediction;
            }
        }
        for (const QString &missed : expected) {
            ++counts[missed.section(u':', 0, 0)].fn;
            qInfo().noquote() << "false negative, line" << i + 1 << ":" << missed;
        }
    }

    qInfo().noquote() << QString("labelled set: %1 lines, %2 without PII")
                             .arg(lines.size() - 1)
                             .arg(negatives);
    qInfo().noquote() << QString("%1 %2 %3 %4 %5 %6")
                             .arg("kind", -12)
                             .arg("TP", 4)
                             .arg("FP", 4)
                             .arg("FN", 4)
                             .arg("precision", 10)
                             .arg("recall", 8);
    for (PiiKind kind : kKinds) {
        const QString id = PiiDetector::kindId(kind);
        const Counts &c = counts[id];
        const double precision = c.tp + c.fp > 0 ? double(c.tp) / (c.tp + c.fp) : 1.0;
        const double recall = c.tp + c.fn > 0 ? double(c.tp) / (c.tp + c.fn) : 1.0;
        qInfo().noquote() << QString("%1 %2 %3 %4 %5 %6")
                                 .arg(id, -12)
                                 .arg(c.tp, 4)
                                 .arg(c.fp, 4)
                                 .arg(c.fn, 4)
                                 .arg(precision, 10, 'f', 3)
                                 .arg(recall, 8, 'f', 3);
        QVERIFY2(c.tp + c.fn >= 30, qPrintable(id + ": fewer than 30 labelled matches"));
        QVERIFY2(precision >= 0.95, qPrintable(id + ": precision below 0.95"));
        QVERIFY2(recall >= 0.90, qPrintable(id + ": recall below 0.90"));
    }
}

namespace {
QStringList &capturedLog()
{
    static QStringList lines;
    return lines;
}
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog().append(message);
}
} // namespace

void TestPiiDetector::logLinesAreScrubbed()
{
    const QtMessageHandler testHandler = qInstallMessageHandler(captureLog);
    installLogScrubber(); // chains to captureLog
    installLogScrubber(); // idempotent
    qWarning("could not reach fatima.alzaabi@example.ae on +971 50 123 4567");
    qInstallMessageHandler(testHandler); // QTest's own, for the rest of the run
    QCOMPARE(capturedLog().size(), 1);
    QCOMPARE(capturedLog().front(), QStringLiteral("could not reach [email] on [phone]"));
}

QTEST_GUILESS_MAIN(TestPiiDetector)
#include "TestPiiDetector.moc"
