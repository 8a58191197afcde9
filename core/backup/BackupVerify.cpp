#include "backup/BackupVerify.h"

#include "audit/AuditLog.h"
#include "audit/AuditVerifier.h"
#include "audit/Checkpoint.h"
#include "store/Database.h"
#include "store/KeySlots.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>
#include <set>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Backup)
};

/** The tables a manifest counts (fixed names: never built from input). */
constexpr const char *kCountedTables[] = {"users",
                                          "lead_sets",
                                          "leads",
                                          "models",
                                          "scoring_runs",
                                          "predictions",
                                          "outcomes",
                                          "human_decisions",
                                          "appeals",
                                          "subjects",
                                          "erasures",
                                          "legal_holds",
                                          "audit",
                                          "audit_checkpoints"};

class Verdict
{
public:
    explicit Verdict(BackupVerification &v)
        : m_v(v)
    {}
    bool check(const QString &name, bool ok, const QString &detail)
    {
        m_v.checks.push_back({name, ok, detail});
        if (!ok && m_v.problem.isEmpty())
            m_v.problem = detail;
        return ok;
    }

private:
    BackupVerification &m_v;
};
} // namespace

Result<QJsonObject> countWorkspaceRecords(const Database &db)
{
    QJsonObject counts;
    MIZAN_TRY(tables, db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'"));
    std::set<QString> present;
    for (;;) {
        MIZAN_TRY(more, tables.step());
        if (!more)
            break;
        present.insert(tables.text(0));
    }
    for (const char *table : kCountedTables) {
        if (!present.contains(QLatin1String(table)))
            continue;
        const QByteArray sql = QByteArrayLiteral("SELECT count(*) FROM ") + table;
        MIZAN_TRY(s, db.prepare(sql.constData()));
        MIZAN_TRY(row, s.step());
        counts.insert(QLatin1String(table), row ? s.integer(0) : 0);
    }
    return counts;
}

Result<QJsonArray> readErasureRegister(const Database &db)
{
    QJsonArray out;
    MIZAN_TRY(s,
              db.prepare("SELECT id, erased_ms, erased_by, request, rows, receipt FROM erasures "
                         "ORDER BY id"));
    for (;;) {
        MIZAN_TRY(more, s.step());
        if (!more)
            break;
        out.append(QJsonObject{{QStringLiteral("id"), s.integer(0)},
                               {QStringLiteral("erased_ms"), s.integer(1)},
                               {QStringLiteral("erased_by"), s.text(2)},
                               {QStringLiteral("request"), s.text(3)},
                               {QStringLiteral("rows"),
                                QJsonDocument::fromJson(s.text(4).toUtf8()).array()},
                               {QStringLiteral("receipt"),
                                QJsonDocument::fromJson(s.text(5).toUtf8()).object()}});
    }
    return out;
}

Result<BackupManifest> readBackupManifest(const QString &dir)
{
    const QString path = QDir(dir).filePath(QLatin1String(BackupManifest::kFileName));
    QFile file(path);
    if (!QFileInfo(dir).isDir() || !file.open(QIODevice::ReadOnly)) {
        Error e = makeError(ErrorCode::Integrity,
                            Tr::tr("%1 is not a Mizan backup (it has no readable %2)")
                                .arg(QDir::toNativeSeparators(dir),
                                     QLatin1String(BackupManifest::kFileName)));
        e.file = path;
        return fail(e);
    }
    if (file.size() > 64 * 1024 * 1024) {
        Error e = makeError(ErrorCode::LimitExceeded, Tr::tr("%1 is too large").arg(path));
        e.file = path;
        return fail(e);
    }
    return BackupManifest::fromJson(file.readAll(), path);
}

Result<BackupVerification> verifyBackupFolder(const QString &dir,
                                              const BackupExpectation &expected,
                                              const BackupKeySource &keySource,
                                              int newestSchema,
                                              const JobControl &job,
                                              BackupManifest *verified)
{
    QElapsedTimer timer;
    timer.start();
    BackupVerification v;
    Verdict verdict(v);
    const QDir folder(dir);
    std::optional<BackupManifest> checked;
    const auto finish = [&]() -> Result<BackupVerification> {
        v.ok = v.problem.isEmpty();
        v.elapsedMs = timer.elapsed();
        if (v.ok && verified && checked)
            *verified = *checked;
        return v;
    };

    auto manifest = readBackupManifest(dir);
    if (!verdict.check(QStringLiteral("manifest"),
                       bool(manifest),
                       manifest ? Tr::tr("%1 read").arg(QLatin1String(BackupManifest::kFileName))
                                : manifest.error().message))
        return finish();
    checked = *manifest;
    const BackupManifest &m = *checked;
    if (!verdict.check(QStringLiteral("signature"),
                       m.signatureValid(),
                       m.signatureValid()
                           ? Tr::tr("signed by the key of workspace %1").arg(m.workspaceId)
                           : Tr::tr("%1: the manifest's signature does not verify (altered "
                                    "after the backup was made)")
                                 .arg(folder.filePath(QLatin1String(BackupManifest::kFileName)))))
        return finish();
    if (!expected.workspaceId.isEmpty() || !expected.workspacePublicKey.isEmpty()) {
        const bool same = (expected.workspaceId.isEmpty() || expected.workspaceId == m.workspaceId)
                          && (expected.workspacePublicKey.isEmpty()
                              || expected.workspacePublicKey == m.workspacePublicKey);
        if (!verdict.check(QStringLiteral("workspace"),
                           same,
                           same ? Tr::tr("belongs to this workspace")
                                : Tr::tr("this backup belongs to another workspace (%1), not to "
                                         "%2")
                                      .arg(m.workspaceId, expected.workspaceId)))
            return finish();
    }
    if (m.schemaVersion < 1 || m.schemaVersion > newestSchema) {
        verdict.check(QStringLiteral("schema"),
                      false,
                      Tr::tr("made by a newer Mizan (%1, schema %2); this version reads schemas "
                             "up to %3")
                          .arg(m.appVersion)
                          .arg(m.schemaVersion)
                          .arg(newestSchema));
        return finish();
    }

    // Files: exactly those listed, each of its size and hash.
    qint64 total = 0;
    for (const BackupFile &f : m.files)
        total += f.size;
    qint64 done = 0;
    const QStringList present = backupfiles::listFiles(dir);
    for (const QString &extra : present)
        if (!m.file(extra))
            verdict.check(QStringLiteral("files"),
                          false,
                          Tr::tr("%1 is not listed in the manifest (added after the backup)")
                              .arg(folder.filePath(extra)));
    for (const BackupFile &f : m.files) {
        const QString path = folder.filePath(f.path);
        if (!QFileInfo(path).isFile()) {
            verdict.check(QStringLiteral("files"), false, Tr::tr("%1 is missing").arg(path));
            continue;
        }
        if (QFileInfo(path).size() != f.size) {
            verdict.check(QStringLiteral("files"),
                          false,
                          Tr::tr("%1 has %2 bytes; the manifest says %3 (truncated or extended)")
                              .arg(path)
                              .arg(QFileInfo(path).size())
                              .arg(f.size));
            done += f.size;
            continue;
        }
        auto hashed = backupfiles::hashFile(dir, f.path, job, &done, total);
        if (!hashed && hashed.error().code == ErrorCode::Cancelled)
            return fail(hashed.error());
        if (!hashed)
            verdict.check(QStringLiteral("files"), false, hashed.error().message);
        else if (hashed->sha256 != f.sha256)
            verdict.check(QStringLiteral("files"),
                          false,
                          Tr::tr("%1 does not match its SHA-256 in the manifest (changed after "
                                 "the backup)")
                              .arg(path));
    }
    if (!v.problem.isEmpty())
        return finish();
    verdict.check(QStringLiteral("files"),
                  true,
                  Tr::tr("%n file(s), SHA-256 match", nullptr, int(m.files.size())));

    const QString slotsPath = folder.filePath(QStringLiteral("keyslots.json"));
    const QString dbPath = folder.filePath(QStringLiteral("workspace.db"));
    auto slots = KeySlots::load(slotsPath);
    if (!slots || !m.file(QStringLiteral("keyslots.json"))) {
        verdict.check(QStringLiteral("keyslots"),
                      false,
                      slots ? Tr::tr("%1 is not listed in the manifest").arg(slotsPath)
                            : slots.error().message);
        return finish();
    }
    const bool slotsMatch = slots->workspaceId == m.workspaceId
                            && slots->workspacePublicKey == m.workspacePublicKey
                            && slots->generation == m.keyGeneration;
    if (!verdict.check(QStringLiteral("keyslots"),
                       slotsMatch,
                       slotsMatch ? Tr::tr("%n key slot(s) of this workspace, key generation %1",
                                           nullptr,
                                           int(slots->slots.size()))
                                        .arg(m.keyGeneration)
                                  : Tr::tr("%1 belongs to another workspace or key generation "
                                           "than the manifest (mismatched key slots)")
                                        .arg(slotsPath)))
        return finish();
    if (!verdict.check(QStringLiteral("encryption"),
                       m.file(QStringLiteral("workspace.db")) && !backupfiles::isPlainSqlite(dbPath),
                       backupfiles::isPlainSqlite(dbPath)
                           ? Tr::tr("%1 is an unencrypted SQLite file").arg(dbPath)
                           : Tr::tr("the database copy is encrypted")))
        return finish();

    auto key = keySource(m, *slots);
    if (!key) {
        if (key.error().code == ErrorCode::AuthFailed)
            return fail(key.error());
        verdict.check(QStringLiteral("open"), false, key.error().message);
        return finish();
    }
    auto db = Database::open(dbPath, *key, Database::Mode::ReadOnly);
    if (!verdict.check(QStringLiteral("open"),
                       bool(db),
                       db ? Tr::tr("opens with the workspace key (SQLCipher %1)")
                                .arg(db->cipherVersion())
                          : Tr::tr("%1 does not open with the key its slots hold: %2")
                                .arg(dbPath, db.error().message)))
        return finish();
    if (!verdict.check(QStringLiteral("schema"),
                       db->schemaVersion() == m.schemaVersion,
                       db->schemaVersion() == m.schemaVersion
                           ? Tr::tr("schema %1, as the manifest says").arg(m.schemaVersion)
                           : Tr::tr("the copy is at schema %1; the manifest says %2")
                                 .arg(db->schemaVersion())
                                 .arg(m.schemaVersion)))
        return finish();
    const auto integrity = db->integrityCheck();
    if (!verdict.check(QStringLiteral("integrity"),
                       bool(integrity),
                       integrity ? Tr::tr("PRAGMA integrity_check: ok") : integrity.error().message))
        return finish();

    // The audit log: verifies with the keys of the backup's own slots and user_keys, and
    // ends exactly at the checkpoint the manifest carries.
    AuditKeyring keys;
    keys.origin = QStringLiteral("mizan/") + m.workspaceId;
    keys.workspacePublicKey = m.workspacePublicKey;
    {
        MIZAN_TRY(s, db->prepare("SELECT user, signing_public_key FROM user_keys"));
        for (;;) {
            MIZAN_TRY(row, s.step());
            if (!row)
                break;
            keys.userKeys[s.text(0)].append(s.blob(1));
        }
    }
    JobControl auditJob;
    auditJob.cancel = job.cancel;
    MIZAN_TRY(report, verifyAuditLog(*db, keys, std::nullopt, auditJob));
    v.auditEntries = report.entries + report.sealedUpTo;
    if (!verdict.check(QStringLiteral("audit"),
                       report.ok,
                       report.ok ? Tr::tr("%n audit entries verify", nullptr, int(report.entries))
                                 : Tr::tr("the audit log in the backup does not verify: %1")
                                       .arg(report.verdict())))
        return finish();
    MIZAN_TRY(head, AuditLog::lastSeq(*db));
    const QByteArray root = head > 0 ? AuditLog::tree(*db, head).rootAt(head) : QByteArray();
    auto note = Checkpoint::parse(m.auditCheckpoint.toUtf8());
    const bool noteOk = note && keys.checkSignatures(*note).isEmpty() && note->size == head
                        && note->root == root;
    if (!verdict.check(QStringLiteral("checkpoint"),
                       head == m.auditEntries && root == m.auditRoot && noteOk,
                       head == m.auditEntries && root == m.auditRoot && noteOk
                           ? Tr::tr("the log ends at the manifest's signed checkpoint (%1 "
                                    "entries)")
                                 .arg(head)
                           : Tr::tr("the log in the copy (%1 entries) does not end at the "
                                    "manifest's signed checkpoint (%2 entries)")
                                 .arg(head)
                                 .arg(m.auditEntries)))
        return finish();

    MIZAN_TRY(counts, countWorkspaceRecords(*db));
    v.counts = counts;
    QStringList differ;
    for (auto it = m.counts.begin(); it != m.counts.end(); ++it)
        if (counts.value(it.key()).toInteger(-1) != it.value().toInteger(-2))
            differ << it.key();
    verdict.check(QStringLiteral("counts"),
                  differ.isEmpty() && counts.size() == m.counts.size(),
                  differ.isEmpty()
                      ? Tr::tr("%1 records counted, as the manifest says")
                            .arg(counts.value(QStringLiteral("leads")).toInteger()
                                 + counts.value(QStringLiteral("predictions")).toInteger()
                                 + counts.value(QStringLiteral("audit")).toInteger())
                      : Tr::tr("record counts differ from the manifest: %1")
                            .arg(differ.join(QStringLiteral(", "))));
    job.report(total, total);
    return finish();
}

} // namespace mizan
