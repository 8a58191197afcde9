#include "privacy/Retention.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::RetentionPolicy)
};

struct Field
{
    const char *key;
    int RetentionPolicy::*days;
};

constexpr Field kFields[] = {{"leads_days", &RetentionPolicy::leadsDays},
                             {"predictions_days", &RetentionPolicy::predictionsDays},
                             {"outcomes_days", &RetentionPolicy::outcomesDays},
                             {"explanations_days", &RetentionPolicy::explanationsDays},
                             {"exports_days", &RetentionPolicy::exportsDays},
                             {"audit_days", &RetentionPolicy::auditDays}};

Error fieldError(const QString &field, const QString &message)
{
    Error e = makeError(ErrorCode::InvalidInput, message);
    e.field = field;
    return e;
}

} // namespace

QJsonObject RetentionPolicy::toJson() const
{
    QJsonObject out;
    for (const Field &f : kFields)
        out.insert(QLatin1String(f.key), this->*f.days);
    return out;
}

Result<RetentionPolicy> RetentionPolicy::fromJson(const QJsonObject &json)
{
    RetentionPolicy policy;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const Field *field = nullptr;
        for (const Field &f : kFields) {
            if (it.key() == QLatin1String(f.key))
                field = &f;
        }
        if (!field)
            return fail(
                fieldError(it.key(), Tr::tr("unknown retention setting '%1'").arg(it.key())));
        const double value = it.value().toDouble(-1);
        if (!it.value().isDouble() || value != double(qint64(value)))
            return fail(
                fieldError(it.key(), Tr::tr("'%1' must be a whole number of days").arg(it.key())));
        policy.*(field->days) = int(qBound(-1.0, value, double(kMaxDays + 1)));
    }
    MIZAN_CHECK(policy.validate());
    return policy;
}

Result<> RetentionPolicy::validate() const
{
    for (const Field &f : kFields) {
        const int days = this->*f.days;
        if (days < 1 || days > kMaxDays)
            return fail(fieldError(QLatin1String(f.key),
                                   Tr::tr("'%1' must be between 1 and %2 days")
                                       .arg(QLatin1String(f.key))
                                       .arg(kMaxDays)));
    }
    if (auditDays < kMinAuditDays)
        return fail(fieldError(QStringLiteral("audit_days"),
                               Tr::tr("The audit log is kept at least %1 days (6 years); no "
                                      "policy can shorten that.")
                                   .arg(kMinAuditDays)));
    return {};
}

QJsonObject RetentionItem::toJson() const
{
    QJsonObject out{{QStringLiteral("class"), dataClass},
                    {QStringLiteral("target"), target},
                    {QStringLiteral("what"), what},
                    {QStringLiteral("created_ms"), createdMs},
                    {QStringLiteral("rows"), rows}};
    if (heldBy != 0)
        out.insert(QStringLiteral("held_by"), heldBy);
    return out;
}

std::vector<RetentionItem> RetentionPlan::removed() const
{
    std::vector<RetentionItem> out;
    for (const RetentionItem &item : items) {
        if (item.heldBy == 0)
            out.push_back(item);
    }
    return out;
}

QJsonObject RetentionPlan::toJson() const
{
    QJsonArray removing;
    QJsonArray held;
    for (const RetentionItem &item : items)
        (item.heldBy == 0 ? removing : held).append(item.toJson());
    return {{QStringLiteral("policy"), policy.toJson()},
            {QStringLiteral("now_ms"), nowMs},
            {QStringLiteral("applied"), applied},
            {applied ? QStringLiteral("removed") : QStringLiteral("would_remove"), removing},
            {QStringLiteral("held"), held},
            {QStringLiteral("audit_entries_past_retention"), auditEntriesPastRetention},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

} // namespace mizan
