#include "governance/OutcomeMonitor.h"

#include "model/Metrics.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::OutcomeMonitor)
};

QJsonValue optionalJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString num(double v)
{
    return QString::number(v, 'f', 3);
}
} // namespace

OutcomeSlice OutcomeSlice::compute(std::span<const double> scores, std::span<const int8_t> outcomes)
{
    OutcomeSlice s;
    s.rows = static_cast<qint64>(scores.size());
    double predicted = 0;
    double brier = 0;
    for (size_t i = 0; i < scores.size() && i < outcomes.size(); ++i) {
        if (outcomes[i] < 0)
            continue;
        ++s.matched;
        s.positives += outcomes[i];
        predicted += scores[i];
        brier += (scores[i] - outcomes[i]) * (scores[i] - outcomes[i]);
    }
    if (s.matched > 0) {
        s.meanPredicted = predicted / double(s.matched);
        s.observedRate = double(s.positives) / double(s.matched);
        s.brier = brier / double(s.matched);
        s.rocAuc = mizan::rocAuc(scores, outcomes);
    }
    return s;
}

QJsonObject OutcomeSlice::toJson() const
{
    QJsonObject o{{QStringLiteral("rows"), rows},
                  {QStringLiteral("matched"), matched},
                  {QStringLiteral("positives"), positives},
                  {QStringLiteral("roc_auc"), optionalJson(rocAuc)},
                  {QStringLiteral("mean_predicted"), meanPredicted},
                  {QStringLiteral("observed_rate"), observedRate},
                  {QStringLiteral("brier"), brier},
                  {QStringLiteral("lowest_dp_ratio"), optionalJson(lowestDpRatio)}};
    if (runId > 0) {
        o.insert(QStringLiteral("run"), runId);
        o.insert(QStringLiteral("lead_set"), leadSetId);
        o.insert(QStringLiteral("scored_ms"), scoredMs);
    }
    if (!dpAttribute.isEmpty())
        o.insert(QStringLiteral("dp_attribute"), dpAttribute);
    return o;
}

QJsonObject OutcomeAlert::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("run"), runId > 0 ? QJsonValue(runId) : QJsonValue()},
            {QStringLiteral("value"), value},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("text"), text}};
}

QJsonObject OutcomeReport::toJson() const
{
    QJsonArray r;
    for (const OutcomeSlice &s : runs)
        r.append(s.toJson());
    QJsonArray a;
    for (const OutcomeAlert &alert : alerts)
        a.append(alert.toJson());
    return {{QStringLiteral("model"), modelId},
            {QStringLiteral("approved"), approved},
            {QStringLiteral("approved_roc_auc"), optionalJson(approvedAuc)},
            {QStringLiteral("approved_roc_auc_source"), approvedAucSource},
            {QStringLiteral("runs"), r},
            {QStringLiteral("overall"), overall.toJson()},
            {QStringLiteral("alerts"), a}};
}

std::vector<OutcomeAlert> judgeOutcomes(const OutcomeReport &report, const GovernancePolicy &policy)
{
    std::vector<OutcomeAlert> alerts;
    const OutcomeSlice &all = report.overall;
    const bool enough = all.matched >= OutcomeReport::kMinimumOutcomes && all.positives > 0
                        && all.positives < all.matched;
    if (enough && all.rocAuc && report.approvedAuc
        && *report.approvedAuc - *all.rocAuc > policy.maxOutcomeAucDrop) {
        OutcomeAlert a;
        a.kind = QStringLiteral("auc_drop");
        a.value = *report.approvedAuc - *all.rocAuc;
        a.limit = policy.maxOutcomeAucDrop;
        a.text = Tr::tr("Realised ROC AUC %1 on %2 known outcomes is %3 below the approved %4 "
                        "(policy: at most %5).")
                     .arg(num(*all.rocAuc))
                     .arg(all.matched)
                     .arg(num(a.value), num(*report.approvedAuc), num(a.limit));
        alerts.push_back(a);
    }
    if (policy.minDpRatio > 0) {
        for (const OutcomeSlice &s : report.runs) {
            if (s.matched < OutcomeReport::kMinimumOutcomes || !s.lowestDpRatio
                || *s.lowestDpRatio >= policy.minDpRatio)
                continue;
            OutcomeAlert a;
            a.kind = QStringLiteral("dp_ratio");
            a.runId = s.runId;
            a.value = *s.lowestDpRatio;
            a.limit = policy.minDpRatio;
            a.text = Tr::tr("Scoring run %1: the demographic parity ratio of %2 on the leads with "
                            "known outcomes is %3, below the policy's %4.")
                         .arg(s.runId)
                         .arg(s.dpAttribute, num(a.value), num(a.limit));
            alerts.push_back(a);
        }
    }
    return alerts;
}

} // namespace mizan
