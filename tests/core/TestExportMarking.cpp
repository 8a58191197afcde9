// The classification marking of exports: the rule for a marking, its lines, the workspace setting
// (admins only, audited, nothing changed by a refused or invalid one) and the score export's
// first and last lines.

#include "TestPaths.h"
#include "TestWorkspaceUtil.h"

#include "common/ExportMarking.h"
#include "model/ScoreExport.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mizan;
using namespace mizan::test;

class TestExportMarking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void lines();
    void workspaceSetting();
    void scoreExportIsMarked();
};

void TestExportMarking::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored"); // empty: refused
    // clang-format off
    QTest::newRow("plain")      << "RESTRICTED"                    << "RESTRICTED";
    QTest::newRow("spaces")     << "  OFFICIAL   SENSITIVE "       << "OFFICIAL SENSITIVE";
    QTest::newRow("caveat")     << "SECRET // REL UAE"             << "SECRET // REL UAE";
    QTest::newRow("arabic")     << "سري - للاستخدام الرسمي"       << "سري - للاستخدام الرسمي";
    QTest::newRow("harakat")    << "سرّي"                          << "سرّي";
    QTest::newRow("empty")      << "   "                            << "";
    QTest::newRow("newline")    << "RESTRICTED\nFORGED LINE"        << "RESTRICTED FORGED LINE";
    QTest::newRow("quote")      << "RESTRICTED\""                  << "";
    QTest::newRow("comma")      << "A,B"                            << "";
    QTest::newRow("html")       << "<b>SECRET</b>"                 << "";
    QTest::newRow("long")       << QString(49, u'X')               << "";
    QTest::newRow("max")        << QString(48, u'X')               << QString(48, u'X');
    QTest::newRow("control")    << QString("A") + QChar(7)         << "";
    // clang-format on
}

void TestExportMarking::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    const auto result = ExportMarking::normalizeClassification(text);
    if (stored.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().field, QString("classification"));
    } else {
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        QCOMPARE(*result, stored);
    }
}

void TestExportMarking::lines()
{
    const ExportMarking m{"RESTRICTED",
                          "nour",
                          QDateTime(QDate(2026, 11, 27), QTime(14, 5, 30), QTimeZone::utc())};
    QVERIFY(!m.isEmpty());
    QCOMPARE(m.byLine(), QString("exported by nour · 2026-11-27 14:05 UTC"));
    QCOMPARE(m.text(), QString("RESTRICTED · exported by nour · 2026-11-27 14:05 UTC"));
    QCOMPARE(m.csvCommentLine(),
             QString("# RESTRICTED · exported by nour · 2026-11-27 14:05 UTC\n").toUtf8());
    const QJsonObject json = m.toJson();
    QCOMPARE(json["classification"].toString(), QString("RESTRICTED"));
    QCOMPARE(json["exported_by"].toString(), QString("nour"));
    QCOMPARE(json["exported_at"].toString(), QString("2026-11-27T14:05:30.000Z"));
    QVERIFY(ExportMarking{}.isEmpty());
}

void TestExportMarking::workspaceSetting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto clock = std::make_shared<ManualClock>(
        QDateTime(QDate(2026, 11, 27), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch());
    auto created = createWorkspace(dir.path(), clock);
    Workspace &ws = *created.workspace;

    // A new workspace marks its exports RESTRICTED until an administrator says otherwise.
    QCOMPARE(*ws.classification(), ExportMarking::defaultClassification());
    MIZAN_VERIFY_OK(ws.setClassification("  OFFICIAL  SENSITIVE "));
    QCOMPARE(*ws.classification(), QString("OFFICIAL SENSITIVE"));
    const auto marking = ws.exportMarking();
    MIZAN_VERIFY_OK(marking);
    QCOMPARE(marking->classification, QString("OFFICIAL SENSITIVE"));
    QCOMPARE(marking->user, QString("amira"));
    QCOMPARE(marking->time.toMSecsSinceEpoch(), clock->nowMs());

    // Invalid: refused, nothing changed.
    const auto invalid = ws.setClassification("SECRET\"><script>");
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().field, QString("classification"));
    QCOMPARE(*ws.classification(), QString("OFFICIAL SENSITIVE"));

    // Not an administrator: denied in core, audited, nothing changed; but the auditor's exports
    // carry the marking too.
    MIZAN_VERIFY_OK(ws.logout());
    MIZAN_VERIFY_OK(ws.login("audra", pw(kAuditorPassword)));
    const auto denied = ws.setClassification("UNCLASSIFIED");
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    QCOMPARE(*ws.classification(), QString("OFFICIAL SENSITIVE"));
    QCOMPARE(ws.exportMarking()->user, QString("audra"));

    const QStringList actions = auditActions(ws);
    QCOMPARE(actions.count("settings.classification:ok"), 1);
    QVERIFY(actions.contains("settings.classification:failed")); // the invalid one
    QVERIFY(actions.contains("permission.denied:denied"));
    auto entries = ws.auditEntries();
    MIZAN_VERIFY_OK(entries);
    bool found = false;
    for (const AuditEntry &e : *entries)
        if (e.action == "settings.classification" && e.outcome == "ok") {
            QCOMPARE(e.details["from"].toString(), QString("RESTRICTED"));
            QCOMPARE(e.details["to"].toString(), QString("OFFICIAL SENSITIVE"));
            found = true;
        }
    QVERIFY(found);
    MIZAN_VERIFY_OK(ws.verifyAudit());
}

void TestExportMarking::scoreExportIsMarked()
{
    Dataset data;
    data.ids = {"L1", "L2"};
    data.setRowCount(2);
    Scores scores;
    scores.margins = {-1.5f, 2.0f};
    scores.probabilities = {0.18242552380635635, 0.8807970779778823};
    scores.bands = {0, 2};
    scores.modelSha256 = "abc";
    const RiskBands bands;
    const ExportMarking m{"RESTRICTED",
                          "nour",
                          QDateTime(QDate(2026, 11, 27), QTime(14, 5), QTimeZone::utc())};
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    MIZAN_VERIFY_OK(ScoreExport::writeCsv(csv, "out.csv", data, scores, bands, m));
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.size(), 6); // marking, header, 2 rows, marking, "" after the last newline
    QCOMPARE(lines.first() + '\n', m.csvCommentLine());
    QCOMPARE(lines.at(1), QByteArray("row_index,id,margin,probability,band"));
    QCOMPARE(lines.at(4) + '\n', m.csvCommentLine());

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    MIZAN_VERIFY_OK(ScoreExport::writeJson(json, "out.json", data, scores, bands, m));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json.data(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root["marking"].toObject(), m.toJson());
    QCOMPARE(root["rows"].toArray().size(), 2);

    // Without a workspace there is nothing to mark: the plain format, byte for byte.
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    MIZAN_VERIFY_OK(ScoreExport::writeCsv(plain, "out.csv", data, scores, bands));
    QVERIFY(plain.data().startsWith("row_index,"));
}

QTEST_GUILESS_MAIN(TestExportMarking)
#include "TestExportMarking.moc"
