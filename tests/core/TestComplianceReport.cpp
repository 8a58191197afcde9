#include "audit/ComplianceReport.h"
#include "workspace/Workspace.h"

#include "TestWorkspaceUtil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace mizan;
using namespace mizan::test;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

} // namespace

class TestComplianceReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsMatchTheLog();
    void periodBoundsAreHonoured();
    void csvIsFormulaSafe();
    void analystIsDeniedAndAudited();
    void reportsAFailedVerification();
};

void TestComplianceReport::countsMatchTheLog()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;
    const qint64 start = clock->nowMs();
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kOtherPassword)));
    for (int i = 0; i < 3; ++i) {
        clock->advance(1000);
        QCOMPARE(ws.verifyAudit().error().code, ErrorCode::PermissionDenied);
    }
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("audra"), pw(kAuditorPassword)));
    clock->advance(1000);
    auto report = ws.complianceReport(start, clock->nowMs() + 1);
    MIZAN_VERIFY_OK(report);

    // Every count agrees with what the log itself says for the period.
    AuditFilter period;
    period.fromMs = start;
    period.toMs = clock->nowMs() + 1;
    auto all = ws.auditQuery(period, 0, 10000);
    MIZAN_VERIFY_OK(all);
    // auditQuery's own first page is audited after the report was made: one more entry.
    QCOMPARE(report->entries + 1, qint64(all->size()));
    qint64 denied = 0;
    QMap<QString, qint64> byAction;
    for (const AuditEntry &e : *all) {
        if (e.action == QLatin1String("audit.view"))
            continue;
        denied += e.outcome == QLatin1String("denied");
        ++byAction[e.action];
    }
    QCOMPARE(report->byAction, byAction);
    QCOMPARE(report->denials.count, denied);
    QCOMPARE(report->denials.count, qint64(3));
    QCOMPARE(report->byOutcome.value(QStringLiteral("denied")), qint64(3));
    QCOMPARE(report->byUser.value(QStringLiteral("nour")).value(QStringLiteral("permission.denied")),
             qint64(3));
    QCOMPARE(report->denials.entries.front().actor, QStringLiteral("nour"));
    QCOMPARE(report->byAction.value(QStringLiteral("audit.report")), qint64(1));
    // The verification it rests on, with the newest checkpoint it covers.
    QVERIFY(report->verification.ok);
    QVERIFY(report->checkpoint.has_value());
    QVERIFY(report->checkpoint->checkpoint.size <= report->verification.verifiedUpTo);
    QVERIFY(report->checkpoint->checkpoint.size > 0);
    const QJsonObject json = report->toJson();
    QCOMPARE(json[QLatin1String("denials")][QLatin1String("count")].toInteger(), qint64(3));
    QVERIFY(json[QLatin1String("verification")][QLatin1String("ok")].toBool());
    QVERIFY(
        json[QLatin1String("verification")][QLatin1String("checkpoint_note")].toString().contains(
            QStringLiteral("mizan/")));
}

void TestComplianceReport::periodBoundsAreHonoured()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ManualClock>();
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;
    ws.setIdleTimeout(10 * kDay);
    clock->advance(2 * kDay);
    const qint64 from = clock->nowMs();
    MIZAN_VERIFY_OK(ws.reauthenticate(pw(kAdminPassword)));
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    clock->advance(kDay);
    MIZAN_VERIFY_OK(ws.reauthenticate(pw(kAdminPassword)));
    const qint64 to = clock->nowMs();
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("rana"), Role::Analyst, pw(kThirdPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("audra"), pw(kAuditorPassword)));
    auto report = ws.complianceReport(from, to);
    MIZAN_VERIFY_OK(report);
    QCOMPARE(report->entries, qint64(1)); // only nour's user.add
    QCOMPARE(report->byAction.value(QStringLiteral("user.add")), qint64(1));
    QCOMPARE(report->byUser.keys(), QStringList{QStringLiteral("amira")});
    QCOMPARE(ws.complianceReport(to, from).error().code, ErrorCode::InvalidInput);
}

void TestComplianceReport::csvIsFormulaSafe()
{
    ComplianceReport r;
    r.origin = QStringLiteral("mizan/test");
    AuditEntry e;
    e.seq = 7;
    e.timeMs = 1'767'225'600'000;
    e.actor = QStringLiteral("nour");
    e.role = QStringLiteral("analyst");
    e.action = QStringLiteral("permission.denied");
    e.target = QStringLiteral("=HYPERLINK(\"http://x\")");
    e.outcome = QStringLiteral("denied");
    r.add(e);
    const QByteArray csv = r.toCsv();
    QVERIFY(csv.startsWith("section,item,detail,value\n"));
    QVERIFY(csv.contains("denials,count,,1\n"));
    QVERIFY(csv.contains("action,permission.denied,,1\n"));
    QVERIFY(csv.contains("user,nour,permission.denied,1\n"));
    // The target lands inside a text cell that does not start with '=': nothing runs.
    for (const QByteArray &line : csv.split('\n'))
        for (const QByteArray &cell : line.split(','))
            QVERIFY2(!cell.startsWith('=') && !cell.startsWith("\"="), line.constData());
}

void TestComplianceReport::analystIsDeniedAndAudited()
{
    QTemporaryDir dir;
    auto created = createWorkspace(dir.path());
    Workspace &ws = *created.workspace;
    MIZAN_VERIFY_OK(ws.addUser(QStringLiteral("nour"), Role::Analyst, pw(kOtherPassword)));
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login(QStringLiteral("nour"), pw(kOtherPassword)));
    QCOMPARE(ws.complianceReport(0, 1).error().code, ErrorCode::PermissionDenied);
    const QStringList actions = auditActions(ws);
    QVERIFY(actions.contains(QStringLiteral("permission.denied:denied")));
    QVERIFY(!actions.contains(QStringLiteral("audit.report:ok")));
}

void TestComplianceReport::reportsAFailedVerification()
{
    ComplianceReport r;
    r.verification.ok = false;
    r.verification.firstBadSeq = 12;
    r.verification.problem = QStringLiteral("entry 12 was changed after it was written");
    const QByteArray csv = r.toCsv();
    QVERIFY(csv.contains("verification,failed,,"));
    QVERIFY(csv.contains("the first bad entry is 12"));
    QVERIFY(!r.toJson()[QLatin1String("verification")][QLatin1String("ok")].toBool());
}

QTEST_GUILESS_MAIN(TestComplianceReport)
#include "TestComplianceReport.moc"
