// Section 8 of mizan-bench: backup and recovery. A workspace like a busy year's (the bank leads,
// 100,000 stored predictions, a million audit entries) is backed up, the backup verified,
// restored over the workspace (verified restore) and drilled; each is timed once, with the
// backup's size.

#include "BackupBench.h"

#include "BenchSupport.h"

#include "audit/AuditLog.h"
#include "common/SecureBytes.h"
#include "data/DatasetSpec.h"
#include "model/ModelBundle.h"
#include "security/PasswordKdf.h"
#include "store/Database.h"
#include "store/KeySlots.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>

namespace mizan::bench {

namespace {

constexpr const char *kAdmin = "bench";
constexpr const char *kAdminPassword = "amber canyon tulip orbit";
constexpr const char *kScientist = "dana"; // admins may not import leads or score
constexpr const char *kScientistPassword = "copper garden whistle arrow";

SecureBytes secret(const char *text)
{
    return SecureBytes(reinterpret_cast<const uint8_t *>(text), std::strlen(text));
}

/** The default cost (64 MiB, 3 passes, 2 lanes): what a real user's slot is made with. */
WorkspaceOptions defaultOptions()
{
    WorkspaceOptions options;
    options.kdf = KdfParams{};
    options.appName = QStringLiteral("mizan-bench");
    return options;
}

Result<std::unique_ptr<Workspace>> signIn(const QString &dir, const char *user, const char *password)
{
    MIZAN_TRY(ws, Workspace::open(dir, defaultOptions()));
    MIZAN_CHECK(ws->login(QLatin1String(user), secret(password)));
    return ws;
}

struct FolderSize
{
    qint64 bytes = 0;
    int files = 0;
};

FolderSize folderSize(const QString &path)
{
    FolderSize size;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        size.bytes += it.fileInfo().size();
        ++size.files;
    }
    return size;
}

/**
 * Entries of a busy workspace, as the Workspace writes them (no "logout": the verifier asks a
 * co-signed checkpoint of each): sign-ins, lead views, scoring, explanations, exports, imports,
 * approvals, audit views, a denial now and then. 200 to 350 canonical bytes each.
 */
AuditEntry fillEntry(qint64 i, qint64 timeMs)
{
    struct Actor
    {
        const char *name;
        const char *role;
    };
    static constexpr Actor kActors[] = {{"nour", "analyst"},
                                        {"dana", "data_scientist"},
                                        {"sami", "analyst"},
                                        {"rana", "risk_officer"},
                                        {"lina", "analyst"},
                                        {"audra", "auditor"},
                                        {"nour", "analyst"},
                                        {"bench", "admin"}};
    const Actor &actor = kActors[std::size_t((i * 7 + i / 13) % qint64(std::size(kActors)))];
    AuditEntry e;
    e.timeMs = timeMs;
    e.actor = QLatin1String(actor.name);
    e.role = QLatin1String(actor.role);
    e.outcome = QStringLiteral("ok");
    const QLatin1String role(actor.role);
    const qint64 row = (i * 7919) % 41188;
    const int kind = int((i * 31 + i / 7) % 10);
    if (kind == 0) {
        e.action = QStringLiteral("login");
        e.target = e.actor;
    } else if (kind == 9 && role != QLatin1String("admin")) {
        e.action = QStringLiteral("permission.denied");
        e.target = QStringLiteral("model:2");
        e.outcome = QStringLiteral("denied");
        e.details = {{QStringLiteral("permission"), QStringLiteral("models.approve")}};
    } else if (role == QLatin1String("analyst")) {
        switch ((i / 3) % 4) {
        case 0:
            e.action = QStringLiteral("leads.view");
            e.target = QStringLiteral("leadset:1");
            e.details = {{QStringLiteral("rows"), 41188}};
            break;
        case 1:
            e.action = QStringLiteral("explain.view");
            e.target = QStringLiteral("leadset:1/row:%1").arg(row);
            e.details = {{QStringLiteral("model"), 1},
                         {QStringLiteral("method"), QStringLiteral("treeshap")},
                         {QStringLiteral("input_sha256"),
                          QStringLiteral("9f2c%1").arg(row, 60, 16, QLatin1Char('0'))}};
            break;
        case 2:
            e.action = QStringLiteral("leads.export");
            e.target = QStringLiteral("run:%1").arg(1 + i % 3);
            e.details = {{QStringLiteral("file"), QStringLiteral("scores-week.csv")},
                         {QStringLiteral("rows"), 41188}};
            break;
        default:
            e.action = QStringLiteral("leads.score");
            e.target = QStringLiteral("leadset:1");
            e.details = {{QStringLiteral("run"), 1 + i % 3},
                         {QStringLiteral("model"), 1},
                         {QStringLiteral("rows"), 41188}};
        }
    } else if (role == QLatin1String("data_scientist")) {
        e.action = i % 2 ? QStringLiteral("leads.import") : QStringLiteral("model.import");
        e.target = i % 2 ? QStringLiteral("leadset:1") : QStringLiteral("model:1");
        e.details = {{QStringLiteral("file"), QStringLiteral("bank-additional-full.csv")},
                     {QStringLiteral("rows"), 41188}};
    } else if (role == QLatin1String("risk_officer")) {
        e.action = QStringLiteral("fairness.report");
        e.target = QStringLiteral("model:1");
        e.details = {{QStringLiteral("lead_set"), 1},
                     {QStringLiteral("attributes"), QStringLiteral("age_group|marital")}};
    } else if (role == QLatin1String("auditor")) {
        e.action = QStringLiteral("audit.view");
        e.target = QStringLiteral("audit");
        e.details = {{QStringLiteral("filter"), QStringLiteral("action=leads.export")}};
    } else {
        e.action = QStringLiteral("user.review");
        e.target = QStringLiteral("users");
    }
    return e;
}

/**
 * Appends `count` entries to the closed workspace's log straight through AuditLog::append, in
 * transactions of `batch`, with the signed checkpoint every 100 entries as the Workspace writes
 * them one by one (the data key from the admin's slot, the workspace key from the database).
 */
Result<double> fillAudit(const QString &dir, qint64 count, qint64 batch)
{
    MIZAN_TRY(slots, KeySlots::load(dir + QLatin1Char('/') + QLatin1String(Workspace::kSlotsFile)));
    const KeySlot *slot = slots.find(QLatin1String(kAdmin));
    if (!slot)
        return fail(ErrorCode::Internal, QStringLiteral("no slot for the bench admin"));
    MIZAN_TRY(opened, keyring::openSlot(slots, *slot, secret(kAdminPassword)));
    const SecureBytes *key = nullptr;
    for (const auto &[generation, dataKey] : opened.dataKeys) {
        if (generation == slots.generation)
            key = &dataKey;
    }
    if (!key)
        return fail(ErrorCode::Internal, QStringLiteral("the slot holds no current data key"));
    MIZAN_TRY(db,
              Database::open(dir + QLatin1Char('/') + QLatin1String(Workspace::kDatabaseFile),
                             *key,
                             Database::Mode::OpenExisting));
    SecureBytes seed;
    {
        MIZAN_TRY(wk, db.prepare("SELECT private_seed FROM workspace_key WHERE id = 1"));
        MIZAN_TRY(found, wk.step());
        if (!found)
            return fail(ErrorCode::Internal, QStringLiteral("no workspace key"));
        seed = SecureBytes::fromView(wk.blob(0));
    }
    const AuditSigner signer{QStringLiteral("mizan/") + slots.workspaceId,
                             slots.workspacePublicKey,
                             &seed};
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    for (qint64 done = 0; done < count;) {
        const qint64 end = std::min(count, done + batch);
        MIZAN_CHECK(db.transaction([&]() -> Result<> {
            for (qint64 i = done; i < end; ++i) {
                // A thousand entries a millisecond: the whole log within a second of now.
                MIZAN_TRY(appended, AuditLog::append(db, fillEntry(i, startMs + i / 1000), &signer));
                static_cast<void>(appended);
            }
            return {};
        }));
        done = end;
        if (done % std::max<qint64>(batch, count / 5) == 0 || done == count)
            say(QStringLiteral("  added %1 audit entries in %2 s")
                    .arg(done)
                    .arg(fixed(secondsSince(timer), 1)));
    }
    return secondsSince(timer);
}

struct Setup
{
    qint64 leads = 0;
    qint64 predictions = 0;
    int runs = 0;
    double importSeconds = 0;
    double scoreSeconds = 0;
};

/** The workspace: admin and data scientist, the bank leads, the model, the scoring runs. */
Result<Setup> makeWorkspace(const BackupBenchConfig &config, const QString &dir)
{
    Setup setup;
    {
        MIZAN_TRY(created,
                  Workspace::create(dir,
                                    QLatin1String(kAdmin),
                                    secret(kAdminPassword),
                                    defaultOptions()));
        MIZAN_CHECK(created.workspace->addUser(QLatin1String(kScientist),
                                               Role::DataScientist,
                                               secret(kScientistPassword)));
        MIZAN_CHECK(created.workspace->logout());
    }
    MIZAN_TRY(spec, DatasetSpec::load(config.specPath));
    MIZAN_TRY(bundle, ModelBundle::importXgboostFile(config.modelPath, spec));
    MIZAN_TRY(ws, signIn(dir, kScientist, kScientistPassword));
    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(set, ws->importLeadSet(config.csvPath, config.specPath));
    setup.importSeconds = secondsSince(timer);
    setup.leads = set.rows;
    MIZAN_TRY(model, ws->storeModel(bundle, QFileInfo(config.modelPath).fileName()));
    timer.restart();
    while (setup.predictions < config.predictions) {
        MIZAN_TRY(run, ws->scoreLeadSet(set.id, model.id));
        setup.predictions += run.rows;
        ++setup.runs;
    }
    setup.scoreSeconds = secondsSince(timer);
    MIZAN_CHECK(ws->logout());
    return setup;
}

QString checksLine(const BackupVerification &v)
{
    QStringList checks;
    for (const BackupCheck &c : v.checks)
        checks.append(c.name + (c.ok ? QString() : QStringLiteral(" FAILED")));
    return checks.join(QStringLiteral(", "));
}

} // namespace

Result<> benchBackup(const BackupBenchConfig &config)
{
    const KdfParams kdf = KdfParams::withFreshSalt();
    if (KdfParams::testCostAllowed() || kdf.memoryKiB != KdfParams{}.memoryKiB)
        return fail(ErrorCode::Internal, QStringLiteral("the default Argon2id cost is not in use"));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QString dir = tmp.filePath(QStringLiteral("site/ws"));
    const QString root = tmp.filePath(QStringLiteral("backups"));
    if (!QDir().mkpath(tmp.filePath(QStringLiteral("site"))))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot create %1").arg(tmp.filePath(QStringLiteral("site"))));
    say(QStringLiteral("8. Backup and recovery (Argon2id %1 MiB, %2 passes; each operation once; "
                       "folders in %3)")
            .arg(kdf.memoryKiB / 1024)
            .arg(kdf.passes)
            .arg(QDir::toNativeSeparators(tmp.path())));

    // The workspace.
    MIZAN_TRY(setup, makeWorkspace(config, dir));
    say(QStringLiteral("  workspace: %1 leads imported in %2 s; %3 predictions stored in %4 "
                       "scoring runs in %5 s")
            .arg(setup.leads)
            .arg(fixed(setup.importSeconds, 2))
            .arg(setup.predictions)
            .arg(setup.runs)
            .arg(fixed(setup.scoreSeconds, 2)));
    MIZAN_TRY(fillSeconds, fillAudit(dir, config.auditEntries, config.fillBatch));
    const QString dbPath = dir + QLatin1Char('/') + QLatin1String(Workspace::kDatabaseFile);
    const qint64 dbBytes = QFileInfo(dbPath).size();
    say(QStringLiteral("  log: %1 entries added in %2 s; workspace.db %3 MB")
            .arg(config.auditEntries)
            .arg(fixed(fillSeconds, 1))
            .arg(fixed(megabytes(dbBytes), 1)));

    // Sign-in (context: quick_check reads every page), then backup, verification and drill.
    QElapsedTimer timer;
    timer.start();
    MIZAN_TRY(ws, signIn(dir, kAdmin, kAdminPassword));
    const double unlockSeconds = secondsSince(timer);
    MIZAN_TRY(info, ws->info());

    timer.restart();
    MIZAN_TRY(backup, ws->createBackup(root));
    const double backupSeconds = secondsSince(timer);
    const FolderSize backupSize = folderSize(backup.path);
    say(QStringLiteral("  createBackup: %1 s, %2 (%3 MB in %4 files, %5 audit entries)")
            .arg(fixed(backupSeconds, 2), backup.name)
            .arg(fixed(megabytes(backup.bytes), 1))
            .arg(backupSize.files)
            .arg(backup.auditEntries));

    timer.restart();
    MIZAN_TRY(verification, ws->verifyBackup(backup.path));
    const double verifySeconds = secondsSince(timer);
    if (!verification.ok)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the backup does not verify: %1").arg(verification.problem));
    say(QStringLiteral("  verifyBackup: %1 s (%2 audit entries; checks: %3)")
            .arg(fixed(verifySeconds, 2))
            .arg(verification.auditEntries)
            .arg(checksLine(verification)));
    for (const BackupCheck &c : verification.checks)
        say(QStringLiteral("    %1: %2").arg(c.name, c.detail));

    MIZAN_CHECK(ws->reauthenticate(secret(kAdminPassword))); // the drill is sensitive
    timer.restart();
    MIZAN_TRY(drill, ws->drill(secret(kAdminPassword), root));
    const double drillSeconds = secondsSince(timer);
    if (!drill.ok)
        return fail(ErrorCode::Internal, QStringLiteral("the drill failed: %1").arg(drill.problem));
    say(QStringLiteral("  drill: %1 s (its backup %2 s, measured recovery %3 s; RTO %4 min: %5)")
            .arg(fixed(drillSeconds, 2))
            .arg(fixed(double(drill.backupMs) / 1000.0, 2))
            .arg(fixed(double(drill.recoveryMs) / 1000.0, 2))
            .arg(drill.rtoObjectiveMs / 60000)
            .arg(drill.meetsRto() ? QStringLiteral("met") : QStringLiteral("MISSED")));
    MIZAN_CHECK(ws->logout());
    ws.reset(); // restore needs the workspace closed everywhere

    // The verified restore over the workspace (it opens the backup's slot at the default cost).
    timer.restart();
    MIZAN_TRY(restored,
              Workspace::restore(backup.path,
                                 dir,
                                 QLatin1String(kAdmin),
                                 secret(kAdminPassword),
                                 defaultOptions()));
    const double restoreSeconds = secondsSince(timer);
    say(QStringLiteral("  Workspace::restore: %1 s (verify %2 s, restore %3 s; replaced log %4 "
                       "entries, backup %5)")
            .arg(fixed(restoreSeconds, 2))
            .arg(fixed(double(restored.verifyMs) / 1000.0, 2))
            .arg(fixed(double(restored.restoreMs) / 1000.0, 2))
            .arg(restored.replacedEntries)
            .arg(restored.backupEntries));
    for (const QString &warning : restored.warnings)
        say(QStringLiteral("    warning: ") + warning);
    timer.restart();
    MIZAN_TRY(after, signIn(dir, kAdmin, kAdminPassword));
    const double reopenSeconds = secondsSince(timer);
    MIZAN_TRY(afterInfo, after->info());
    if (afterInfo.auditEntries <= config.auditEntries || afterInfo.leadSets != info.leadSets)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the restored workspace holds %1 audit entries and %2 lead "
                                   "sets")
                        .arg(afterInfo.auditEntries)
                        .arg(afterInfo.leadSets));
    MIZAN_CHECK(after->logout());

    const double dbMB = megabytes(dbBytes);
    const auto line =
        [](const QString &label, double seconds, const QString &rate, const QString &note) {
            say(QStringLiteral("  %1 %2 s %3  %4")
                    .arg(label.leftJustified(40))
                    .arg(fixed(seconds, 2).rightJustified(8))
                    .arg(rate.rightJustified(10))
                    .arg(note));
        };
    const auto rate = [dbMB](double seconds) -> QString {
        return fixed(seconds > 0 ? dbMB / seconds : 0, 1) + QStringLiteral(" MB/s");
    };
    say(QStringLiteral("  workspace.db %1 MB: %2 leads, %3 predictions, %4 audit entries")
            .arg(fixed(dbMB, 1))
            .arg(setup.leads)
            .arg(setup.predictions)
            .arg(info.auditEntries));
    say(QStringLiteral("  %1 %2   %3  %4")
            .arg(QStringLiteral("operation").leftJustified(40))
            .arg(QStringLiteral("time").rightJustified(8))
            .arg(QStringLiteral("db / time").rightJustified(10))
            .arg(QStringLiteral("detail")));
    line(QStringLiteral("Workspace::createBackup"),
         backupSeconds,
         rate(backupSeconds),
         QStringLiteral("backup %1 MB in %2 files (%3 % of workspace.db)")
             .arg(fixed(megabytes(backup.bytes), 1))
             .arg(backupSize.files)
             .arg(fixed(dbBytes > 0 ? 100.0 * double(backup.bytes) / double(dbBytes) : 0, 0)));
    line(QStringLiteral("Workspace::verifyBackup"),
         verifySeconds,
         rate(verifySeconds),
         QStringLiteral("%1 checks").arg(verification.checks.size()));
    line(QStringLiteral("Workspace::restore (verified)"),
         restoreSeconds,
         rate(restoreSeconds),
         QStringLiteral("verify %1 s + stage, re-apply, verify the copy, swap %2 s")
             .arg(fixed(double(restored.verifyMs) / 1000.0, 2))
             .arg(fixed(double(restored.restoreMs) / 1000.0, 2)));
    line(QStringLiteral("Workspace::drill"),
         drillSeconds,
         rate(drillSeconds),
         QStringLiteral("its backup %1 s, measured recovery %2 s")
             .arg(fixed(double(drill.backupMs) / 1000.0, 2))
             .arg(fixed(double(drill.recoveryMs) / 1000.0, 2)));
    line(QStringLiteral("context: open + login (default Argon2id)"),
         unlockSeconds,
         QStringLiteral("-"),
         QStringLiteral("before; after the restore %1 s").arg(fixed(reopenSeconds, 2)));
    say();
    return {};
}

} // namespace mizan::bench
