#include "backup/BackupTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Backup)
};

qint64 integer(const QJsonObject &o, const char *key, qint64 fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}
} // namespace

QJsonObject BackupPolicy::toJson() const
{
    return {{QStringLiteral("directory"), directory},
            {QStringLiteral("scheduled"), scheduled},
            {QStringLiteral("interval_minutes"), intervalMinutes},
            {QStringLiteral("rpo_minutes"), rpoMinutes},
            {QStringLiteral("rto_minutes"), rtoMinutes},
            {QStringLiteral("keep_daily"), keepDaily},
            {QStringLiteral("keep_weekly"), keepWeekly}};
}

BackupPolicy BackupPolicy::fromJson(const QJsonObject &o)
{
    BackupPolicy p;
    p.directory = o.value(QStringLiteral("directory")).toString();
    p.scheduled = o.value(QStringLiteral("scheduled")).toBool();
    p.intervalMinutes = int(integer(o, "interval_minutes", p.intervalMinutes));
    p.rpoMinutes = int(integer(o, "rpo_minutes", p.rpoMinutes));
    p.rtoMinutes = int(integer(o, "rto_minutes", p.rtoMinutes));
    p.keepDaily = int(integer(o, "keep_daily", p.keepDaily));
    p.keepWeekly = int(integer(o, "keep_weekly", p.keepWeekly));
    return p;
}

QString BackupPolicy::problem() const
{
    if (scheduled && directory.trimmed().isEmpty())
        return Tr::tr("directory: a schedule needs a folder for the backups");
    if (intervalMinutes < 5 || intervalMinutes > 7 * 24 * 60)
        return Tr::tr("interval_minutes: between 5 minutes and 7 days");
    if (rpoMinutes < 5 || rpoMinutes > 31 * 24 * 60)
        return Tr::tr("rpo_minutes: between 5 minutes and 31 days");
    if (rtoMinutes < 1 || rtoMinutes > 31 * 24 * 60)
        return Tr::tr("rto_minutes: between 1 minute and 31 days");
    if (keepDaily < 1 || keepDaily > 366)
        return Tr::tr("keep_daily: between 1 and 366");
    if (keepWeekly < 0 || keepWeekly > 520)
        return Tr::tr("keep_weekly: between 0 and 520");
    return {};
}

QJsonObject BackupVerification::toJson() const
{
    QJsonArray list;
    for (const BackupCheck &c : checks)
        list.append(QJsonObject{{QStringLiteral("check"), c.name},
                                {QStringLiteral("ok"), c.ok},
                                {QStringLiteral("detail"), c.detail}});
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("checks"), list},
                  {QStringLiteral("audit_entries"), auditEntries},
                  {QStringLiteral("counts"), counts},
                  {QStringLiteral("elapsed_ms"), elapsedMs}};
    if (!ok)
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

QJsonObject BackupInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("created_ms"), createdMs},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("audit_entries"), auditEntries},
                  {QStringLiteral("schema_version"), schemaVersion},
                  {QStringLiteral("key_generation"), keyGeneration},
                  {QStringLiteral("app_version"), appVersion},
                  {QStringLiteral("manifest_valid"), manifestValid},
                  {QStringLiteral("verified_ms"), verifiedMs},
                  {QStringLiteral("verified_ok"), verifiedOk}};
    if (!verifyProblem.isEmpty())
        o.insert(QStringLiteral("verify_problem"), verifyProblem);
    return o;
}

QJsonObject RestoreReport::toJson() const
{
    return {{QStringLiteral("backup"), backup},
            {QStringLiteral("backup_created_ms"), backupCreatedMs},
            {QStringLiteral("backup_entries"), backupEntries},
            {QStringLiteral("replaced_entries"), replacedEntries},
            {QStringLiteral("replaced_folder"), replacedFolder},
            {QStringLiteral("erasures_reapplied"), erasuresReapplied},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("verify_ms"), verifyMs},
            {QStringLiteral("restore_ms"), restoreMs},
            {QStringLiteral("verification"), verification.toJson()}};
}

QJsonObject DrillReport::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("started_ms"), startedMs},
                  {QStringLiteral("by"), by},
                  {QStringLiteral("ok"), ok},
                  {QStringLiteral("backup"), backup},
                  {QStringLiteral("backup_ms"), backupMs},
                  {QStringLiteral("recovery_ms"), recoveryMs},
                  {QStringLiteral("recovery_point_ms"), recoveryPointMs},
                  {QStringLiteral("rpo_objective_ms"), rpoObjectiveMs},
                  {QStringLiteral("rto_objective_ms"), rtoObjectiveMs},
                  {QStringLiteral("meets_rto"), meetsRto()},
                  {QStringLiteral("meets_rpo"), meetsRpo()},
                  {QStringLiteral("audit_entries"), auditEntries},
                  {QStringLiteral("counts"), counts},
                  {QStringLiteral("report_path"), reportPath}};
    if (!ok)
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

DrillReport DrillReport::fromJson(const QJsonObject &o)
{
    DrillReport r;
    r.id = integer(o, "id", 0);
    r.startedMs = integer(o, "started_ms", 0);
    r.by = o.value(QStringLiteral("by")).toString();
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.problem = o.value(QStringLiteral("problem")).toString();
    r.backup = o.value(QStringLiteral("backup")).toString();
    r.backupMs = integer(o, "backup_ms", 0);
    r.recoveryMs = integer(o, "recovery_ms", 0);
    r.recoveryPointMs = integer(o, "recovery_point_ms", -1);
    r.rpoObjectiveMs = integer(o, "rpo_objective_ms", 0);
    r.rtoObjectiveMs = integer(o, "rto_objective_ms", 0);
    r.auditEntries = integer(o, "audit_entries", 0);
    r.counts = o.value(QStringLiteral("counts")).toObject();
    r.reportPath = o.value(QStringLiteral("report_path")).toString();
    return r;
}

} // namespace mizan
