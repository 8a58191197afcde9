#include "audit/ComplianceReport.h"

#include "model/ScoreExport.h"

#include <QDateTime>
#include <QJsonArray>

namespace mizan {

namespace {

void addTo(ComplianceReport::Section &section, const AuditEntry &e)
{
    ++section.count;
    if (qsizetype(section.entries.size()) < ComplianceReport::kListLimit)
        section.entries.push_back(e);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject entryJson(const AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("time"), isoTime(e.timeMs)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("target"), e.target},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("details"), e.details}};
}

QJsonObject sectionJson(const ComplianceReport::Section &s)
{
    QJsonArray list;
    for (const AuditEntry &e : s.entries)
        list.append(entryJson(e));
    return {{QStringLiteral("count"), s.count},
            {QStringLiteral("entries"), list},
            {QStringLiteral("listed"), qint64(s.entries.size())}};
}

QJsonObject countsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

void ComplianceReport::add(const AuditEntry &e)
{
    ++entries;
    ++byAction[e.action];
    ++byUser[e.actor][e.action];
    ++byOutcome[e.outcome];
    if (e.outcome == QLatin1String("denied"))
        addTo(denials, e);
    if (e.action == QLatin1String("model.approve") || e.action == QLatin1String("model.reject"))
        addTo(approvals, e);
    if (e.action.startsWith(QLatin1String("fairness.alert")))
        addTo(fairnessAlerts, e);
    if (e.action.startsWith(QLatin1String("privacy.erase")))
        addTo(erasures, e);
    if (e.action.startsWith(QLatin1String("backup.")) || e.action == QLatin1String("restore")
        || e.action.startsWith(QLatin1String("restore.")))
        addTo(backups, e);
}

QJsonObject ComplianceReport::toJson() const
{
    QJsonObject users;
    for (auto it = byUser.cbegin(); it != byUser.cend(); ++it)
        users.insert(it.key(), countsJson(it.value()));
    QJsonObject verified = verification.toJson();
    if (checkpoint) {
        verified.insert(QStringLiteral("checkpoint_size"), checkpoint->checkpoint.size);
        verified.insert(QStringLiteral("checkpoint_root"),
                        QString::fromLatin1(checkpoint->checkpoint.root.toHex()));
        verified.insert(QStringLiteral("checkpoint_note"), QString::fromUtf8(checkpoint->note));
    }
    return {{QStringLiteral("origin"), origin},
            {QStringLiteral("from"), isoTime(fromMs)},
            {QStringLiteral("to"), isoTime(toMs)},
            {QStringLiteral("generated_by"), generatedBy},
            {QStringLiteral("generated"), isoTime(generatedMs)},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("by_action"), countsJson(byAction)},
            {QStringLiteral("by_outcome"), countsJson(byOutcome)},
            {QStringLiteral("by_user"), users},
            {QStringLiteral("denials"), sectionJson(denials)},
            {QStringLiteral("approvals"), sectionJson(approvals)},
            {QStringLiteral("fairness_alerts"), sectionJson(fairnessAlerts)},
            {QStringLiteral("erasures"), sectionJson(erasures)},
            {QStringLiteral("backups"), sectionJson(backups)},
            {QStringLiteral("verification"), verified}};
}

QByteArray ComplianceReport::toCsv() const
{
    QByteArray out = "section,item,detail,value\n";
    const auto row = [&](const QString &section,
                         const QString &item,
                         const QString &detail,
                         const QString &value) {
        out += ScoreExport::csvCell(section) + ',' + ScoreExport::csvCell(item) + ','
               + ScoreExport::csvCell(detail) + ',' + ScoreExport::csvCell(value) + '\n';
    };
    row(QStringLiteral("report"), QStringLiteral("origin"), {}, origin);
    row(QStringLiteral("report"), QStringLiteral("from"), {}, isoTime(fromMs));
    row(QStringLiteral("report"), QStringLiteral("to"), {}, isoTime(toMs));
    row(QStringLiteral("report"), QStringLiteral("generated_by"), {}, generatedBy);
    row(QStringLiteral("report"), QStringLiteral("generated"), {}, isoTime(generatedMs));
    row(QStringLiteral("report"), QStringLiteral("entries"), {}, QString::number(entries));
    row(QStringLiteral("verification"),
        verification.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
        {},
        verification.verdict());
    if (checkpoint) {
        row(QStringLiteral("verification"),
            QStringLiteral("checkpoint"),
            QStringLiteral("size"),
            QString::number(checkpoint->checkpoint.size));
        row(QStringLiteral("verification"),
            QStringLiteral("checkpoint"),
            QStringLiteral("root"),
            QString::fromLatin1(checkpoint->checkpoint.root.toHex()));
    }
    for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
        row(QStringLiteral("action"), it.key(), {}, QString::number(it.value()));
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it)
        row(QStringLiteral("outcome"), it.key(), {}, QString::number(it.value()));
    for (auto user = byUser.cbegin(); user != byUser.cend(); ++user)
        for (auto it = user.value().cbegin(); it != user.value().cend(); ++it)
            row(QStringLiteral("user"), user.key(), it.key(), QString::number(it.value()));
    const auto listed = [&](const QString &name, const Section &s) {
        row(name, QStringLiteral("count"), {}, QString::number(s.count));
        for (const AuditEntry &e : s.entries)
            row(name,
                QStringLiteral("entry %1").arg(e.seq),
                isoTime(e.timeMs),
                QStringLiteral("%1 (%2) %3 %4: %5")
                    .arg(e.actor, e.role, e.action, e.target, e.outcome));
    };
    listed(QStringLiteral("denials"), denials);
    listed(QStringLiteral("approvals"), approvals);
    listed(QStringLiteral("fairness_alerts"), fairnessAlerts);
    listed(QStringLiteral("erasures"), erasures);
    listed(QStringLiteral("backups"), backups);
    return out;
}

} // namespace mizan
