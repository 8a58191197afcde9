#include "workspace/PrivacyTypes.h"

#include <algorithm>
#include <functional>

namespace mizan {

namespace {

QJsonArray rowsToJson(const std::vector<LeadRow> &rows)
{
    QJsonArray out;
    for (const LeadRow &row : rows)
        out.append(QJsonObject{{QStringLiteral("lead_set"), row.leadSet},
                               {QStringLiteral("row"), row.row}});
    return out;
}

QJsonObject leadToJson(const LeadRow &row)
{
    return {{QStringLiteral("lead_set"), row.leadSet}, {QStringLiteral("row"), row.row}};
}

} // namespace

QJsonObject SubjectMatch::toJson() const
{
    return {{QStringLiteral("ref"), ref},
            {QStringLiteral("rows"), rowsToJson(rows)},
            {QStringLiteral("display"), display}};
}

QJsonObject LegalHold::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("target"), target},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("placed_ms"), placedMs},
                    {QStringLiteral("placed_by"), placedBy},
                    {QStringLiteral("active"), active()}};
    if (!active()) {
        out.insert(QStringLiteral("lifted_ms"), liftedMs);
        out.insert(QStringLiteral("lifted_by"), liftedBy);
        out.insert(QStringLiteral("lift_reason"), liftReason);
    }
    return out;
}

QJsonObject ErasureReceipt::toJson() const
{
    return {{QStringLiteral("erasure"), id},
            {QStringLiteral("erased_ms"), erasedMs},
            {QStringLiteral("erased_by"), erasedBy},
            {QStringLiteral("request"), request},
            {QStringLiteral("rows"), rowsToJson(rows)},
            {QStringLiteral("keys_destroyed"), keysDestroyed},
            {QStringLiteral("pii_records"), piiRecords},
            {QStringLiteral("predictions"), predictions},
            {QStringLiteral("predictions_deleted"), predictionsDeleted},
            {QStringLiteral("outcomes"), outcomes},
            {QStringLiteral("decisions"), decisions},
            {QStringLiteral("appeals"), appeals},
            {QStringLiteral("copies_removed"), copiesRemoved}};
}

std::optional<ErasureReceipt> ErasureReceipt::fromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("erasure")).isDouble())
        return std::nullopt;
    const auto integer = [&](const char *key) { return json.value(QLatin1String(key)).toInteger(); };
    ErasureReceipt r;
    r.id = integer("erasure");
    r.erasedMs = integer("erased_ms");
    r.erasedBy = json.value(QStringLiteral("erased_by")).toString();
    r.request = json.value(QStringLiteral("request")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        r.rows.push_back(LeadRow{o.value(QStringLiteral("lead_set")).toInteger(),
                                 o.value(QStringLiteral("row")).toInteger()});
    }
    r.keysDestroyed = integer("keys_destroyed");
    r.piiRecords = integer("pii_records");
    r.predictions = integer("predictions");
    r.predictionsDeleted = json.value(QStringLiteral("predictions_deleted")).toBool();
    r.outcomes = integer("outcomes");
    r.decisions = integer("decisions");
    r.appeals = integer("appeals");
    r.copiesRemoved = integer("copies_removed");
    return r;
}

QJsonObject PrivacyPolicy::toJson() const
{
    return {{QStringLiteral("erasure_predictions"),
             deletePredictions ? QStringLiteral("delete") : QStringLiteral("anonymise")}};
}

std::optional<PrivacyPolicy> PrivacyPolicy::fromJson(const QJsonObject &json)
{
    const QString predictions = json.value(QStringLiteral("erasure_predictions")).toString();
    if (predictions != QLatin1String("delete") && predictions != QLatin1String("anonymise"))
        return std::nullopt;
    PrivacyPolicy policy;
    policy.deletePredictions = predictions == QLatin1String("delete");
    return policy;
}

QJsonObject HumanDecision::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("lead"), leadToJson(lead)},
                    {QStringLiteral("run"), runId},
                    {QStringLiteral("probability"), probability},
                    {QStringLiteral("model_decision"), modelDecision},
                    {QStringLiteral("decision"), decision},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("decided_ms"), decidedMs},
                    {QStringLiteral("decided_by"), decidedBy}};
    if (appeal != 0)
        out.insert(QStringLiteral("appeal"), appeal);
    return out;
}

QJsonObject Appeal::toJson() const
{
    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("lead"), leadToJson(lead)},
                    {QStringLiteral("statement"), statement},
                    {QStringLiteral("received_ms"), receivedMs},
                    {QStringLiteral("recorded_by"), recordedBy},
                    {QStringLiteral("reviewer"), reviewer},
                    {QStringLiteral("state"), state}};
    if (resolvedMs != 0) {
        out.insert(QStringLiteral("resolved_ms"), resolvedMs);
        out.insert(QStringLiteral("resolved_by"), resolvedBy);
        out.insert(QStringLiteral("resolution"), resolution);
    }
    return out;
}

QJsonObject LineageNode::toJson() const
{
    QJsonObject out{{QStringLiteral("kind"), kind},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("label"), label}};
    if (!sha256.isEmpty())
        out.insert(QStringLiteral("sha256"), sha256);
    if (timeMs != 0)
        out.insert(QStringLiteral("time_ms"), timeMs);
    if (!by.isEmpty())
        out.insert(QStringLiteral("by"), by);
    if (!state.isEmpty())
        out.insert(QStringLiteral("state"), state);
    return out;
}

QJsonObject LineageEdge::toJson() const
{
    return {{QStringLiteral("from"), from},
            {QStringLiteral("to"), to},
            {QStringLiteral("relation"), relation}};
}

QJsonObject LineageReport::toJson() const
{
    QJsonArray n;
    for (const LineageNode &node : nodes)
        n.append(node.toJson());
    QJsonArray e;
    for (const LineageEdge &edge : edges)
        e.append(edge.toJson());
    return {{QStringLiteral("format"), QStringLiteral("mizan.lineage/1")},
            {QStringLiteral("root"), root},
            {QStringLiteral("nodes"), n},
            {QStringLiteral("edges"), e}};
}

QString LineageReport::toText() const
{
    QString out;
    std::vector<QString> seen;
    const auto nodeText = [&](const QString &id) {
        for (const LineageNode &node : nodes) {
            if (node.id == id) {
                QString line = node.id + QStringLiteral("  ") + node.label;
                if (!node.sha256.isEmpty())
                    line += QStringLiteral("  sha256:") + node.sha256.left(16);
                if (!node.state.isEmpty())
                    line += QStringLiteral("  [") + node.state + QLatin1Char(']');
                return line;
            }
        }
        return id;
    };
    const std::function<void(const QString &, int, const QString &)> walk =
        [&](const QString &id, int depth, const QString &relation) {
            out += QString(depth * 2, QLatin1Char(' '))
                   + (relation.isEmpty() ? QString() : relation + QStringLiteral(" -> "))
                   + nodeText(id) + QLatin1Char('\n');
            if (std::find(seen.begin(), seen.end(), id) != seen.end())
                return;
            seen.push_back(id);
            for (const LineageEdge &edge : edges) {
                if (edge.from == id)
                    walk(edge.to, depth + 1, edge.relation);
            }
        };
    // Roots: nodes nothing feeds (the data set of a model comes first).
    for (const LineageNode &node : nodes) {
        const bool fed = std::any_of(edges.begin(), edges.end(), [&](const LineageEdge &e) {
            return e.to == node.id;
        });
        if (!fed)
            walk(node.id, 0, {});
    }
    return out;
}

} // namespace mizan
