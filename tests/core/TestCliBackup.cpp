// mizan-cli backup, restore and drill as an administrator runs them: the backup plan (kept
// where not changed, checked field by field), a backup listed and verified, a flipped byte in a
// copy caught (exit 5, naming the file), the administrator's alone (exit 3), a drill that
// measures its recovery, and restores into a new folder (the backup's state, the log verifies),
// over a restored one (kept aside), with the recovery key, and refused with a wrong password;
// rotation keeps the newest.

#include "CliRun.h"
#include "TestWorkspaceUtil.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

namespace {

const std::map<QString, QByteArray> kPasswords{
    {"amira", "river stone lantern ninety"},  // admin
    {"nour", "silver falcon meadow puzzle"},  // analyst
    {"audra", "velvet harbor quartz eleven"}, // auditor
    {"late", "amber canyon pillow rocket"},   // added after the first backup
};

QJsonObject jsonOf(const Run &r)
{
    if (r.exitCode != 0)
        qWarning("exit %d: %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out).object();
}

QStringList userNames(const QJsonObject &list)
{
    QStringList names;
    for (const QJsonValue &u : list["users"].toArray())
        names << u["name"].toString();
    return names;
}

/** A copy of a folder tree (the backup to tamper with, so that the original stays good). */
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsTheCommands();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void thePolicyKeepsWhatIsNotChanged();
    void aBackupIsListedAndVerifies(); // after the policy
    void aFlippedByteFailsWithFive();
    void onlyAnAdministratorBacksUp();
    void aDrillMeasuresTheRecovery();
    void restoreIntoANewFolder();
    void restoreOverAWorkspaceKeepsItAside(); // after restoreIntoANewFolder
    void restoreRefusesAWrongPassword();
    void rotationKeepsTheNewest(); // last: it deletes the first backup

private:
    Run as(const QString &user, const QStringList &arguments) const
    {
        return runAs(arguments + QStringList{"--workspace", m_ws, "--as", user},
                     kPasswords.at(user));
    }
    QJsonObject jsonAs(const QString &user, const QStringList &arguments) const
    {
        return jsonOf(as(user, arguments));
    }

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_backups;
    QString m_backup; ///< the first backup, made before "late" was added
    QString m_restored;
    QByteArray m_recoveryKey;
};

void TestCliBackup::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MIZAN_CLI)));
    m_ws = m_dir.filePath("ws");
    m_backups = m_dir.filePath("backups");
    Run r = runAs({"init", "--workspace", m_ws, "--admin", "amira"}, kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    m_recoveryKey = QJsonDocument::fromJson(r.out).object()["recovery_key"].toString().toUtf8();
    QVERIFY(!m_recoveryKey.isEmpty());
    for (const auto &[name, role] : {std::pair{"nour", "analyst"}, std::pair{"audra", "auditor"}}) {
        r = runAs({"user",
                   "add",
                   QString::fromLatin1(name),
                   "--role",
                   QString::fromLatin1(role),
                   "--workspace",
                   m_ws,
                   "--as",
                   "amira"},
                  kPasswords.at("amira"),
                  kPasswords.at(QString::fromLatin1(name)) + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

void TestCliBackup::helpListsTheCommands()
{
    Run r = run({"--help"});
    for (const char *command : {"\n  backup ", "\n  restore ", "\n  drill "})
        QVERIFY2(r.out.contains(command), command);
    r = run({"backup", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *sub : {"create", "list", "verify", "policy", "rotate"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray("\n  ") + sub + ' ')), sub);
    QCOMPARE(run({"backup"}).exitCode, 2);
    r = run({"restore", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--from", "--verify-only", "--workspace", "--as"})
        QVERIFY2(r.out.contains(option), option);
    r = run({"backup", "policy", "--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--dir", "--schedule", "--every-minutes", "--keep-weekly"})
        QVERIFY2(r.out.contains(option), option);
}

void TestCliBackup::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    // clang-format off
    QTest::newRow("unknown subcommand") << QStringList{"backup", "forget"} << "forget";
    QTest::newRow("verify no backup")   << QStringList{"backup", "verify"} << "--backup";
    QTest::newRow("schedule maybe")     << QStringList{"backup", "policy", "--schedule", "maybe"} << "--schedule";
    QTest::newRow("minutes not number") << QStringList{"backup", "policy", "--every-minutes", "x"} << "--every-minutes";
    QTest::newRow("create unknown opt") << QStringList{"backup", "create", "--backup", "x"} << "backup";
    QTest::newRow("restore no from")    << QStringList{"restore"} << "--from";
    QTest::newRow("drill csv")          << QStringList{"drill", "--format", "csv"} << "csv";
    QTest::newRow("json and table")     << QStringList{"backup", "list", "--json", "--format", "table"} << "--json";
    // clang-format on
}

void TestCliBackup::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // A wrong password: a command that got past its arguments would exit 4, not 2.
    const Run r = runAs(arguments + QStringList{"--workspace", m_ws, "--as", "amira"},
                        "not the password");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY(!r.err.contains("option not defined"));
    QVERIFY(r.out.isEmpty());
}

void TestCliBackup::thePolicyKeepsWhatIsNotChanged()
{
    // Without --dir and without a policy folder there is nowhere to write.
    Run r = as("amira", {"backup", "create"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--dir"), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(m_backups));

    const QJsonObject defaults = jsonAs("amira", {"backup", "policy"});
    QCOMPARE(defaults["scheduled"].toBool(), false);
    QCOMPARE(defaults["directory"].toString(), QString());
    QCOMPARE(defaults["rpo_minutes"].toInt(), 60);

    QJsonObject set = jsonAs(
        "amira",
        {"backup", "policy", "--dir", m_backups, "--schedule", "on", "--every-minutes", "30"});
    QCOMPARE(set["directory"].toString(), QDir::cleanPath(QFileInfo(m_backups).absoluteFilePath()));
    QCOMPARE(set["scheduled"].toBool(), true);
    QCOMPARE(set["interval_minutes"].toInt(), 30);
    QCOMPARE(set["rpo_minutes"].toInt(), 60);
    QCOMPARE(set["keep_daily"].toInt(), defaults["keep_daily"].toInt());

    set = jsonAs("amira", {"backup", "policy", "--keep-daily", "3", "--rto-minutes", "120"});
    QCOMPARE(set["keep_daily"].toInt(), 3);
    QCOMPARE(set["rto_minutes"].toInt(), 120);
    QCOMPARE(set["interval_minutes"].toInt(), 30); // kept
    QCOMPARE(set["scheduled"].toBool(), true);     // kept
    QCOMPARE(set["directory"].toString(), QDir::cleanPath(QFileInfo(m_backups).absoluteFilePath()));

    // Out of range: refused, naming the field and the option; nothing changes.
    r = as("amira", {"backup", "policy", "--every-minutes", "1"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("interval_minutes") && r.err.contains("--every-minutes"),
             qPrintable(r.err));
    QCOMPARE(jsonAs("amira", {"backup", "policy"})["interval_minutes"].toInt(), 30);
    // The analyst cannot change it.
    QCOMPARE(as("nour", {"backup", "policy", "--schedule", "off"}).exitCode, 3);
    QCOMPARE(jsonAs("amira", {"backup", "policy"})["scheduled"].toBool(), true);
}

void TestCliBackup::aBackupIsListedAndVerifies()
{
    const QJsonObject created = jsonAs("amira", {"backup", "create"}); // the policy's folder
    m_backup = created["path"].toString();
    QVERIFY2(QFileInfo(m_backup).isDir(), qPrintable(m_backup));
    QCOMPARE(QFileInfo(m_backup).path(), QDir::cleanPath(QFileInfo(m_backups).absoluteFilePath()));
    QCOMPARE(created["kind"].toString(), QStringLiteral("manual"));
    QCOMPARE(created["created_by"].toString(), QStringLiteral("amira"));
    QCOMPARE(created["manifest_valid"].toBool(), true);
    QVERIFY(created["audit_entries"].toInteger() > 0);
    for (const char *file : {"workspace.db", "keyslots.json", "manifest.json"})
        QVERIFY2(QFileInfo::exists(m_backup + '/' + QLatin1String(file)), file);
    QVERIFY(QDir(m_backups).entryList({"*.partial"}, QDir::AllEntries).isEmpty());

    QJsonObject listed = jsonAs("amira", {"backup", "list"});
    QJsonArray backups = listed["backups"].toArray();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.at(0)["path"].toString(), m_backup);
    QCOMPARE(backups.at(0)["verified_ms"].toInteger(), 0); // never verified yet

    const Run verified = as("amira", {"backup", "verify", "--backup", m_backup});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    const QJsonObject report = QJsonDocument::fromJson(verified.out).object();
    QCOMPARE(report["ok"].toBool(), true);
    QCOMPARE(report["backup"].toString(), m_backup);
    QVERIFY(!report["checks"].toArray().isEmpty());
    for (const QJsonValue &check : report["checks"].toArray())
        QVERIFY2(check["ok"].toBool(), qPrintable(check["check"].toString()));

    // The verification is recorded: the list shows it.
    listed = jsonAs("amira", {"backup", "list", "--dir", m_backups});
    backups = listed["backups"].toArray();
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups.at(0)["verified_ms"].toInteger() > 0);
    QCOMPARE(backups.at(0)["verified_ok"].toBool(), true);
    const Run table = as("amira", {"backup", "list", "--format", "table"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(QFileInfo(m_backup).fileName().toUtf8()));
    QVERIFY(!table.out.contains('{'));
}

void TestCliBackup::aFlippedByteFailsWithFive()
{
    QVERIFY(!m_backup.isEmpty());
    const QString copy = m_dir.filePath("tampered/") + QFileInfo(m_backup).fileName();
    QVERIFY(copyTree(m_backup, copy));
    const QString db = copy + "/workspace.db";
    QByteArray bytes = mizan::test::readAll(db);
    QVERIFY(bytes.size() > 8192);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    mizan::test::writeAll(db, bytes);

    Run r = as("amira", {"backup", "verify", "--backup", copy});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("workspace.db"), qPrintable(r.err));
    QVERIFY2(r.err.contains(copy), qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report["ok"].toBool(), false);
    QVERIFY(report["problem"].toString().contains("workspace.db"));
    // Offline, with nothing but the backup and a credential: the same verdict.
    r = runAs({"restore", "--from", copy, "--verify-only", "--as", "amira"}, kPasswords.at("amira"));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains("workspace.db"), qPrintable(r.err));
    // A restore of it is refused before anything is written.
    const QString target = m_dir.filePath("from-tampered");
    r = runAs({"restore", "--from", copy, "--workspace", target, "--as", "amira"},
              kPasswords.at("amira"));
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!QFileInfo::exists(target));
    // The original still verifies.
    QCOMPARE(as("amira", {"backup", "verify", "--backup", m_backup}).exitCode, 0);
}

void TestCliBackup::onlyAnAdministratorBacksUp()
{
    const QString dir = m_dir.filePath("denied");
    Run r = as("nour", {"backup", "create", "--dir", dir});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(as("nour", {"backup", "list", "--dir", m_backups}).exitCode, 3);
    QCOMPARE(as("nour", {"backup", "verify", "--backup", m_backup}).exitCode, 3);
    QCOMPARE(as("audra", {"drill"}).exitCode, 3);
    QCOMPARE(jsonAs("amira", {"backup", "list"})["backups"].toArray().size(), 1);
    // Restoring needs backup.restore in the backup: the auditor's slot opens it, the role does
    // not allow it.
    const QString target = m_dir.filePath("by-auditor");
    r = runAs({"restore", "--from", m_backup, "--workspace", target, "--as", "audra"},
              kPasswords.at("audra"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!QFileInfo::exists(target));
}

void TestCliBackup::aDrillMeasuresTheRecovery()
{
    const Run r = as("amira", {"drill"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject drill = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(drill["ok"].toBool(), true);
    QCOMPARE(drill["by"].toString(), QStringLiteral("amira"));
    QVERIFY(drill["recovery_ms"].toInteger() > 0);
    QVERIFY(drill["backup_ms"].toInteger() > 0);
    QVERIFY(drill["recovery_point_ms"].toInteger() >= 0); // a backup existed before it
    QCOMPARE(drill["rto_objective_ms"].toInteger(), 120 * 60 * 1000);
    QVERIFY(drill["audit_entries"].toInteger() > 0);
    const QString reportPath = drill["report_path"].toString();
    QVERIFY2(QFileInfo(reportPath).isFile(), qPrintable(reportPath));
    QVERIFY(QFileInfo(reportPath).absoluteFilePath().startsWith(m_backups));
    const QJsonObject written = QJsonDocument::fromJson(mizan::test::readAll(reportPath)).object();
    QCOMPARE(written["recovery_ms"].toInteger(), drill["recovery_ms"].toInteger());
    // No scratch copy is left in the backup folder.
    for (const QString &name : QDir(m_backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(name.startsWith("mizan-backup-") || name == QLatin1String("drills"),
                 qPrintable(name));
}

void TestCliBackup::restoreIntoANewFolder()
{
    // A user added after the backup: the restored workspace is the backup's state.
    Run r = runAs({"user", "add", "late", "--role", "analyst", "--workspace", m_ws, "--as", "amira"},
                  kPasswords.at("amira"),
                  kPasswords.at("late") + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString liveId = jsonAs("amira", {"workspace", "info"})["workspace_id"].toString();

    m_restored = m_dir.filePath("restored");
    r = runAs({"restore", "--from", m_backup, "--workspace", m_restored, "--as", "amira"},
              kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report["backup"].toString(), m_backup);
    QCOMPARE(report["replaced_folder"].toString(), QString()); // there was none
    QCOMPARE(report["verification"]["ok"].toBool(), true);
    QVERIFY(report["backup_entries"].toInteger() > 0);
    QVERIFY(mizan::Workspace::looksLikeWorkspace(m_restored));

    const QStringList args{"--workspace", m_restored};
    const QJsonObject info = jsonOf(
        runAs(QStringList{"workspace", "info", "--as", "amira"} + args, kPasswords.at("amira")));
    QCOMPARE(info["workspace_id"].toString(), liveId);
    QVERIFY(info["audit_entries"].toInteger() > report["backup_entries"].toInteger()); // +restore
    const QStringList users = userNames(
        jsonOf(runAs(QStringList{"user", "list", "--as", "amira"} + args, kPasswords.at("amira"))));
    QVERIFY2(users.contains("audra") && users.contains("nour"), qPrintable(users.join(',')));
    QVERIFY2(!users.contains("late"), qPrintable(users.join(',')));
    r = runAs(QStringList{"audit", "verify", "--as", "audra"} + args, kPasswords.at("audra"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The live workspace is untouched.
    QVERIFY(userNames(jsonAs("amira", {"user", "list"})).contains("late"));
}

void TestCliBackup::restoreOverAWorkspaceKeepsItAside()
{
    QVERIFY(mizan::Workspace::looksLikeWorkspace(m_restored));
    // The recovery key, on the password line, checks and restores with the recovery slot.
    Run r = runAs({"restore", "--from", m_backup, "--verify-only", "--as", "recovery"},
                  m_recoveryKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out).object()["ok"].toBool(), true);
    // --verify-only with --workspace: the backup must be of that workspace.
    r = runAs({"restore", "--from", m_backup, "--verify-only", "--workspace", m_ws, "--as", "amira"},
              kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString other = m_dir.filePath("other");
    QVERIFY(
        runAs({"init", "--workspace", other, "--admin", "amira"}, kPasswords.at("amira")).exitCode
        == 0);
    r = runAs({"restore", "--from", m_backup, "--verify-only", "--workspace", other, "--as", "amira"},
              kPasswords.at("amira"));
    QVERIFY2(r.exitCode == 1 || r.exitCode == 5, qPrintable(r.err)); // another workspace's

    r = runAs({"restore", "--from", m_backup, "--workspace", m_restored, "--as", "recovery"},
              m_recoveryKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QString replaced = report["replaced_folder"].toString();
    QVERIFY2(mizan::Workspace::looksLikeWorkspace(replaced), qPrintable(replaced));
    QVERIFY(replaced.contains(".replaced-"));
    QVERIFY(report["replaced_entries"].toInteger() > 0);
    QVERIFY(mizan::Workspace::looksLikeWorkspace(m_restored));
    r = runAs({"audit", "verify", "--workspace", m_restored, "--as", "audra"},
              kPasswords.at("audra"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliBackup::restoreRefusesAWrongPassword()
{
    const QString target = m_dir.filePath("wrong-password");
    Run r = runAs({"restore", "--from", m_backup, "--workspace", target, "--as", "amira"},
                  "not the password");
    QCOMPARE(r.exitCode, 4);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(target));
    r = runAs({"restore", "--from", m_backup, "--verify-only", "--as", "amira"}, "not the password");
    QCOMPARE(r.exitCode, 4);
    // A folder that is no backup: exit 1, naming it.
    const QString missing = m_dir.filePath("no-such-backup");
    r = runAs({"restore", "--from", missing, "--workspace", target, "--as", "amira"},
              kPasswords.at("amira"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
}

void TestCliBackup::rotationKeepsTheNewest()
{
    QCOMPARE(as("nour", {"backup", "rotate"}).exitCode, 3);
    const QJsonArray before = jsonAs("amira", {"backup", "list"})["backups"].toArray();
    QVERIFY(before.size() >= 2); // the first backup and the drill's, made minutes apart
    const QString newest = before.at(0)["path"].toString();
    const QJsonObject rotated = jsonAs("amira", {"backup", "rotate"});
    QCOMPARE(rotated["directory"].toString(),
             QDir::cleanPath(QFileInfo(m_backups).absoluteFilePath()));
    const QJsonArray removed = rotated["removed"].toArray();
    // Every backup of the last 24 hours is kept (the rule itself is TestBackup's): none goes.
    QVERIFY2(removed.isEmpty(), QJsonDocument(rotated).toJson().constData());
    for (const QJsonValue &name : removed) {
        QVERIFY2(!QFileInfo::exists(m_backups + '/' + name.toString()), qPrintable(name.toString()));
        QVERIFY(name.toString() != QFileInfo(newest).fileName());
    }
    QVERIFY(QFileInfo(newest).isDir());
    const QJsonArray after = jsonAs("amira", {"backup", "list"})["backups"].toArray();
    QCOMPARE(after.size(), before.size() - removed.size());
    QCOMPARE(after.at(0)["path"].toString(), newest);
    // Nothing more to remove.
    QVERIFY(jsonAs("amira", {"backup", "rotate"})["removed"].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
