#include "governance/RiskAssessment.h"

#include "data/Dataset.h"
#include "model/Metrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::RiskAssessment)
};

QString num(double v, int decimals = 3)
{
    return QString::number(v, 'f', decimals);
}

GateResult makeGate(const QString &id, const QString &title)
{
    GateResult gate;
    gate.id = id;
    gate.title = title;
    return gate;
}

int pointsOf(const QString &status)
{
    if (status == QLatin1String("fail"))
        return 3;
    if (status == QLatin1String("warn"))
        return 1;
    return 0;
}

std::optional<double> metricOf(const QJsonObject &metrics, const QString &name)
{
    for (const char *split : {"test", "train"}) {
        const QJsonValue v = metrics.value(QLatin1String(split)).toObject().value(name);
        if (v.isDouble())
            return v.toDouble();
    }
    return std::nullopt;
}

/** Single-feature ROC AUC, folded so that 1 - a counts as well as a. */
std::optional<double> foldedAuc(std::span<const double> values, std::span<const int8_t> labels)
{
    std::vector<double> v;
    std::vector<int8_t> l;
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isfinite(values[i]) && labels[i] >= 0) {
            v.push_back(values[i]);
            l.push_back(labels[i]);
        }
    }
    const auto auc = rocAuc(v, l);
    if (!auc)
        return std::nullopt;
    return std::max(*auc, 1.0 - *auc);
}
} // namespace

double populationStabilityIndex(std::span<const double> expected, std::span<const double> actual)
{
    if (expected.empty() || actual.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::vector<double> sorted(expected.begin(), expected.end());
    std::ranges::sort(sorted);
    std::vector<double> edges; // interior cut points at the deciles, without repeats
    for (int k = 1; k < 10; ++k) {
        const double q = sorted[std::min(sorted.size() - 1, sorted.size() * size_t(k) / 10)];
        if (edges.empty() || q > edges.back())
            edges.push_back(q);
    }
    const auto histogram = [&](std::span<const double> xs) {
        std::vector<double> counts(edges.size() + 1, 0.0);
        for (double x : xs)
            counts[size_t(std::ranges::upper_bound(edges, x) - edges.begin())] += 1.0;
        for (double &c : counts)
            c = std::max(c / double(xs.size()), 1e-4); // an empty bin would be infinite
        return counts;
    };
    const std::vector<double> e = histogram(expected);
    const std::vector<double> a = histogram(actual);
    double psi = 0;
    for (size_t i = 0; i < e.size(); ++i)
        psi += (a[i] - e[i]) * std::log(a[i] / e[i]);
    return psi;
}

void RiskInputs::describeData(const Dataset &data, const QStringList &features)
{
    const qint64 rows = data.rowCount();
    missingRates.clear();
    featureAucs.clear();
    referenceRows = rows;
    for (const QString &name : features) {
        const Column *c = data.column(name);
        if (!c || rows == 0)
            continue;
        qint64 missing = 0;
        for (qint64 r = 0; r < rows; ++r)
            missing += c->isMissing(r) ? 1 : 0;
        missingRates.emplace_back(name, double(missing) / double(rows));
        if (!data.hasLabels())
            continue;
        std::vector<double> values(size_t(rows), std::numeric_limits<double>::quiet_NaN());
        if (c->kind == ColumnKind::Numeric) {
            values = c->numbers;
        } else if (c->kind == ColumnKind::Categorical) {
            // Each category scored by its positive rate: how well the feature alone separates.
            std::map<int32_t, std::pair<double, double>> rate; // code -> (positives, count)
            for (qint64 r = 0; r < rows; ++r) {
                if (c->codes[size_t(r)] >= 0 && data.labels[size_t(r)] >= 0) {
                    auto &[pos, n] = rate[c->codes[size_t(r)]];
                    pos += data.labels[size_t(r)];
                    n += 1;
                }
            }
            for (qint64 r = 0; r < rows; ++r) {
                const auto it = rate.find(c->codes[size_t(r)]);
                if (it != rate.end())
                    values[size_t(r)] = it->second.first / it->second.second;
            }
        } else {
            continue;
        }
        if (const auto auc = foldedAuc(values, data.labels))
            featureAucs.emplace_back(name, *auc);
    }
    if (data.hasLabels()) {
        qint64 pos = 0;
        qint64 known = 0;
        for (int8_t l : data.labels) {
            pos += l == 1 ? 1 : 0;
            known += l >= 0 ? 1 : 0;
        }
        if (known > 0)
            positiveRate = double(pos) / double(known);
    }
}

QJsonObject RiskRule::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("points"), points},
            {QStringLiteral("finding"), finding}};
}

QJsonObject GateResult::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("evaluated"), evaluated},
            {QStringLiteral("passed"), passed},
            {QStringLiteral("value"),
             evaluated && std::isfinite(value) ? QJsonValue(value) : QJsonValue()},
            {QStringLiteral("limit"), limit},
            {QStringLiteral("text"), text}};
}

QStringList RiskAssessment::failingGates() const
{
    QStringList out;
    for (const GateResult &g : gates) {
        if (!g.passed)
            out.append(g.id);
    }
    return out;
}

QJsonObject RiskAssessment::toJson() const
{
    QJsonArray r;
    for (const RiskRule &rule : rules)
        r.append(rule.toJson());
    QJsonArray g;
    for (const GateResult &gate : gates)
        g.append(gate.toJson());
    QJsonObject o{{QStringLiteral("format"), QString::fromLatin1(kFormat)},
                  {QStringLiteral("model"), modelId},
                  {QStringLiteral("created_ms"), createdMs},
                  {QStringLiteral("created_by"), createdBy},
                  {QStringLiteral("reference_lead_set"), referenceLeadSet},
                  {QStringLiteral("deployed"), deployedId ? QJsonValue(*deployedId) : QJsonValue()},
                  {QStringLiteral("rules"), r},
                  {QStringLiteral("gates"), g},
                  {QStringLiteral("score"), score},
                  {QStringLiteral("level"), level},
                  {QStringLiteral("top_features"), QJsonArray::fromStringList(topFeatures)},
                  {QStringLiteral("policy"), policy.toJson()}};
    if (!deployedTopFeatures.isEmpty())
        o.insert(QStringLiteral("deployed_top_features"),
                 QJsonArray::fromStringList(deployedTopFeatures));
    if (candidateProfile)
        o.insert(QStringLiteral("candidate_profile"), candidateProfile->toJson());
    if (deployedProfile)
        o.insert(QStringLiteral("deployed_profile"), deployedProfile->toJson());
    return o;
}

Result<RiskAssessment> RiskAssessment::fromJson(const QJsonObject &o, const QString &source)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return fail(ErrorCode::Integrity, Tr::tr("%1 is not a risk assessment.").arg(source));
    RiskAssessment a;
    a.modelId = o.value(QStringLiteral("model")).toInteger();
    a.createdMs = o.value(QStringLiteral("created_ms")).toInteger();
    a.createdBy = o.value(QStringLiteral("created_by")).toString();
    a.referenceLeadSet = o.value(QStringLiteral("reference_lead_set")).toInteger();
    if (o.value(QStringLiteral("deployed")).isDouble())
        a.deployedId = o.value(QStringLiteral("deployed")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        a.rules.push_back({r.value(QStringLiteral("id")).toString(),
                           r.value(QStringLiteral("title")).toString(),
                           r.value(QStringLiteral("status")).toString(),
                           int(r.value(QStringLiteral("points")).toInteger()),
                           r.value(QStringLiteral("finding")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("gates")).toArray()) {
        const QJsonObject g = v.toObject();
        a.gates.push_back({g.value(QStringLiteral("id")).toString(),
                           g.value(QStringLiteral("title")).toString(),
                           g.value(QStringLiteral("evaluated")).toBool(),
                           g.value(QStringLiteral("passed")).toBool(),
                           g.value(QStringLiteral("value")).toDouble(qQNaN()),
                           g.value(QStringLiteral("limit")).toDouble(),
                           g.value(QStringLiteral("text")).toString()});
    }
    a.score = int(o.value(QStringLiteral("score")).toInteger());
    a.level = o.value(QStringLiteral("level")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("top_features")).toArray())
        a.topFeatures.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("deployed_top_features")).toArray())
        a.deployedTopFeatures.append(v.toString());
    for (const auto &[key, profile] :
         {std::pair{QStringLiteral("candidate_profile"), &a.candidateProfile},
          std::pair{QStringLiteral("deployed_profile"), &a.deployedProfile}}) {
        if (!o.contains(key))
            continue;
        MIZAN_TRY(p, ScoreProfile::fromJson(o.value(key).toObject(), source));
        *profile = std::move(p);
    }
    if (auto p = GovernancePolicy::fromJson(o.value(QStringLiteral("policy")).toObject(), source))
        a.policy = *p;
    return a;
}

QString riskLevelDisplayName(const QString &level)
{
    if (level == QLatin1String("low"))
        return Tr::tr("Low");
    if (level == QLatin1String("medium"))
        return Tr::tr("Medium");
    if (level == QLatin1String("high"))
        return Tr::tr("High");
    return level;
}

QString RiskAssessment::toMarkdown() const
{
    QString md;
    md += Tr::tr("**Risk level: %1** (score %2; medium from %3, high from %4)\n\n")
              .arg(riskLevelDisplayName(level))
              .arg(score)
              .arg(policy.mediumFrom)
              .arg(policy.highFrom);
    md += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
              .arg(Tr::tr("Rule"), Tr::tr("Status"), Tr::tr("Points"), Tr::tr("Finding"));
    for (const RiskRule &r : rules)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                  .arg(r.title, r.status)
                  .arg(r.points)
                  .arg(r.finding);
    md += QStringLiteral("\n| %1 | %2 | %3 |\n|---|---|---|\n")
              .arg(Tr::tr("Gate"), Tr::tr("Result"), Tr::tr("Finding"));
    for (const GateResult &g : gates)
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(g.title, g.passed ? Tr::tr("passed") : Tr::tr("failed"), g.text);
    return md;
}

RiskAssessment assessRisk(const RiskInputs &in, const GovernancePolicy &policy)
{
    RiskAssessment a;
    a.modelId = in.modelId;
    a.referenceLeadSet = in.referenceLeadSet;
    a.deployedId = in.deployedId;
    a.policy = policy;
    a.topFeatures = in.candidateTop;
    a.deployedTopFeatures = in.deployedTop;
    const bool hasReference = in.referenceLeadSet > 0;
    const bool compared = in.deployedId && *in.deployedId != in.modelId;
    const auto rule = [&](const char *id, QString title, QString status, QString finding) {
        a.rules.push_back(
            {QLatin1String(id), std::move(title), status, pointsOf(status), std::move(finding)});
    };

    // 1. The model file.
    rule("model_file",
         Tr::tr("Model file checks"),
         in.fileProblem.isEmpty() ? QStringLiteral("pass") : QStringLiteral("fail"),
         in.fileProblem.isEmpty() ? Tr::tr("The bundle was validated on loading and its model and "
                                           "bundle hashes match the registry.")
                                  : in.fileProblem);

    // 2-4. Data quality on the reference lead set.
    if (!hasReference || in.missingRates.empty()) {
        rule("data_missing",
             Tr::tr("Missing values"),
             QStringLiteral("info"),
             Tr::tr("No reference lead set was given: missing rates not checked."));
    } else {
        const auto worst = std::ranges::max(in.missingRates,
                                            {},
                                            &std::pair<QString, double>::second);
        QStringList over;
        for (const auto &[name, rate] : in.missingRates) {
            if (rate > policy.maxMissingRate)
                over.append(QStringLiteral("%1 (%2%)").arg(name, num(100 * rate, 1)));
        }
        rule("data_missing",
             Tr::tr("Missing values"),
             over.isEmpty() ? QStringLiteral("pass") : QStringLiteral("warn"),
             over.isEmpty()
                 ? Tr::tr("The most often missing feature is %1 (%2%), within the policy's %3%.")
                       .arg(worst.first,
                            num(100 * worst.second, 1),
                            num(100 * policy.maxMissingRate, 1))
                 : Tr::tr("Missing more often than the policy's %1%: %2.")
                       .arg(num(100 * policy.maxMissingRate, 1), over.join(QStringLiteral(", "))));
    }
    if (in.featureAucs.empty()) {
        rule("data_leakage",
             Tr::tr("Leakage suspects"),
             QStringLiteral("info"),
             Tr::tr("No labelled reference lead set: single-feature separation not checked."));
    } else {
        QStringList suspects;
        for (const auto &[name, auc] : in.featureAucs) {
            if (auc >= policy.leakageAuc)
                suspects.append(QStringLiteral("%1 (AUC %2)").arg(name, num(auc)));
        }
        const auto best = std::ranges::max(in.featureAucs, {}, &std::pair<QString, double>::second);
        rule("data_leakage",
             Tr::tr("Leakage suspects"),
             suspects.isEmpty() ? QStringLiteral("pass") : QStringLiteral("warn"),
             suspects.isEmpty()
                 ? Tr::tr("No single feature separates the outcomes with ROC AUC %1 or more (best: "
                          "%2, %3).")
                       .arg(num(policy.leakageAuc), best.first, num(best.second))
                 : Tr::tr("These features alone separate the outcomes almost perfectly; check that "
                          "they are known before the decision: %1.")
                       .arg(suspects.join(QStringLiteral(", "))));
    }
    if (!in.positiveRate) {
        rule("data_balance",
             Tr::tr("Class balance"),
             QStringLiteral("info"),
             Tr::tr("No labelled reference lead set: class balance not checked."));
    } else {
        const double rate = *in.positiveRate;
        const bool skewed = rate < policy.minPositiveRate || rate > 1.0 - policy.minPositiveRate;
        rule("data_balance",
             Tr::tr("Class balance"),
             skewed ? QStringLiteral("warn") : QStringLiteral("pass"),
             Tr::tr("%1% of the reference leads converted (policy: between %2% and %3%).")
                 .arg(num(100 * rate, 1),
                      num(100 * policy.minPositiveRate, 1),
                      num(100 * (1 - policy.minPositiveRate), 1)));
    }

    // 5. Performance against the policy minimum (gate min_roc_auc).
    const std::optional<double> auc = in.candidateAuc ? in.candidateAuc
                                                      : metricOf(in.candidateMetrics,
                                                                 QStringLiteral("roc_auc"));
    const QString aucWhere = in.candidateAuc ? Tr::tr("on %1").arg(in.referenceName)
                                             : Tr::tr("on its own test split");
    {
        GateResult g = makeGate(QStringLiteral("min_roc_auc"),
                                Tr::tr("ROC AUC at least %1").arg(num(policy.minRocAuc, 2)));
        g.limit = policy.minRocAuc;
        if (auc) {
            g.evaluated = true;
            g.value = *auc;
            g.passed = *auc >= policy.minRocAuc;
            g.text = Tr::tr("ROC AUC %1 %2.").arg(num(*auc), aucWhere);
        } else {
            g.text = Tr::tr("No ROC AUC is known for this version.");
        }
        rule("performance",
             Tr::tr("Performance"),
             g.passed ? QStringLiteral("pass") : QStringLiteral("fail"),
             g.text + QLatin1Char(' ')
                 + Tr::tr("The policy asks for at least %1.").arg(num(policy.minRocAuc, 2)));
        a.gates.push_back(g);
    }

    // 6. Performance against the deployed version (gate max_auc_drop).
    {
        GateResult g = makeGate(QStringLiteral("max_auc_drop"),
                                Tr::tr("ROC AUC at most %1 below the deployed version")
                                    .arg(num(policy.maxAucDrop, 2)));
        g.limit = policy.maxAucDrop;
        QString status = QStringLiteral("info");
        if (!compared) {
            g.evaluated = true;
            g.passed = true;
            g.text = Tr::tr("No other version is deployed: nothing to compare with.");
        } else if (in.candidateAuc && in.deployedAuc) {
            g.evaluated = true;
            g.value = *in.deployedAuc - *in.candidateAuc;
            g.passed = g.value <= policy.maxAucDrop;
            g.text = Tr::tr("ROC AUC %1 against %2 for deployed model %3 on %4.")
                         .arg(num(*in.candidateAuc), num(*in.deployedAuc))
                         .arg(*in.deployedId)
                         .arg(in.referenceName);
            status = g.passed ? QStringLiteral("pass") : QStringLiteral("fail");
        } else {
            g.text = Tr::tr("Compared with deployed model %1 only on a labelled reference lead "
                            "set; none was given.")
                         .arg(*in.deployedId);
        }
        rule("performance_vs_deployed",
             Tr::tr("Performance against the deployed version"),
             status,
             g.text);
        a.gates.push_back(g);
    }

    // 7. Fairness (gate min_dp_ratio).
    {
        GateResult g = makeGate(QStringLiteral("min_dp_ratio"),
                                Tr::tr("Demographic parity ratio at least %1")
                                    .arg(num(policy.minDpRatio, 2)));
        g.limit = policy.minDpRatio;
        std::optional<double> lowest;
        QString lowestAttribute;
        QStringList failing;
        for (const BiasAlert &alert : in.fairnessAlerts) {
            if (!alert.passed())
                failing.append(QStringLiteral("%1 %2").arg(alert.attribute, alert.metric));
            if (alert.metric == QLatin1String("demographic_parity_ratio")
                && std::isfinite(alert.value) && (!lowest || alert.value < *lowest)) {
                lowest = alert.value;
                lowestAttribute = alert.attribute;
            }
        }
        if (policy.minDpRatio <= 0) {
            g.evaluated = true;
            g.passed = true;
            g.text = Tr::tr("The policy switches this gate off (limit 0).");
        } else if (lowest) {
            g.evaluated = true;
            g.value = *lowest;
            g.passed = *lowest >= policy.minDpRatio;
            g.text = Tr::tr("Lowest demographic parity ratio %1 (%2).")
                         .arg(num(*lowest), lowestAttribute);
        } else {
            g.text = in.fairnessReported
                         ? Tr::tr("The latest fairness report has no demographic parity ratio.")
                         : Tr::tr("No fairness report was made for this version.");
        }
        QString status;
        QString finding;
        if (!in.fairnessReported) {
            status = QStringLiteral("warn");
            finding = Tr::tr(
                "No fairness report was made for this version: make one on a labelled lead set.");
        } else if (!failing.isEmpty()) {
            status = QStringLiteral("fail");
            finding = Tr::tr("The latest fairness report has %n failing verdict(s): %1.",
                             nullptr,
                             int(failing.size()))
                          .arg(failing.join(QStringLiteral(", ")));
        } else {
            status = QStringLiteral("pass");
            finding = Tr::tr("Every verdict of the latest fairness report passed the bias policy.");
        }
        rule("fairness", Tr::tr("Fairness"), status, finding);
        a.gates.push_back(g);
    }

    // 8. Score drift against the deployed version (gate max_psi).
    {
        GateResult g = makeGate(QStringLiteral("max_psi"),
                                Tr::tr("Score drift (PSI) at most %1").arg(num(policy.maxPsi, 2)));
        g.limit = policy.maxPsi;
        QString status = QStringLiteral("info");
        if (!compared) {
            g.evaluated = true;
            g.passed = true;
            g.text = Tr::tr("No other version is deployed: no drift to measure.");
        } else if (!in.candidateScores.empty()
                   && in.candidateScores.size() == in.deployedScores.size()) {
            const double psi = populationStabilityIndex(in.deployedScores, in.candidateScores);
            g.evaluated = true;
            g.value = psi;
            g.passed = psi <= policy.maxPsi;
            g.text = Tr::tr(
                         "PSI %1 between the scores of this version and deployed model %2 on %3.")
                         .arg(num(psi))
                         .arg(*in.deployedId)
                         .arg(in.referenceName);
            status = !g.passed              ? QStringLiteral("fail")
                     : psi > policy.warnPsi ? QStringLiteral("warn")
                                            : QStringLiteral("pass");
        } else {
            g.text = Tr::tr("Drift against deployed model %1 is measured on a reference lead set; "
                            "none was given.")
                         .arg(*in.deployedId);
        }
        rule("score_drift", Tr::tr("Score drift"), status, g.text);
        a.gates.push_back(g);
    }

    // 9. Explanation stability: top-5 features shared with the deployed version.
    if (!compared || in.candidateTop.isEmpty() || in.deployedTop.isEmpty()) {
        rule("explanation_stability",
             Tr::tr("Explanation stability"),
             QStringLiteral("info"),
             compared ? Tr::tr("Needs a reference lead set to compare the top features.")
                      : Tr::tr("No other version is deployed: nothing to compare with."));
    } else {
        const QSet<QString> c(in.candidateTop.begin(), in.candidateTop.end());
        const QSet<QString> d(in.deployedTop.begin(), in.deployedTop.end());
        const double overlap = double((c & d).size()) / double(std::max(c.size(), d.size()));
        rule("explanation_stability",
             Tr::tr("Explanation stability"),
             overlap >= policy.minTopOverlap ? QStringLiteral("pass") : QStringLiteral("warn"),
             Tr::tr("Top features by mean |SHAP|: %1 (this version) and %2 (deployed); %3% shared, "
                    "policy %4%.")
                 .arg(in.candidateTop.join(QStringLiteral(", ")),
                      in.deployedTop.join(QStringLiteral(", ")),
                      num(100 * overlap, 0),
                      num(100 * policy.minTopOverlap, 0)));
    }

    // 10. Revalidation.
    rule("revalidation",
         Tr::tr("Revalidation"),
         in.revalidationDue      ? QStringLiteral("fail")
         : in.revalidateByMs > 0 ? QStringLiteral("pass")
                                 : QStringLiteral("info"),
         in.revalidationDue ? Tr::tr("The approval expired on %1: it must be approved again.")
                                  .arg(QDateTime::fromMSecsSinceEpoch(in.revalidateByMs, Qt::UTC)
                                           .toString(Qt::ISODate))
         : in.revalidateByMs > 0
             ? Tr::tr("Approved until %1.")
                   .arg(QDateTime::fromMSecsSinceEpoch(in.revalidateByMs, Qt::UTC)
                            .toString(Qt::ISODate))
             : Tr::tr("Not approved yet."));

    for (const RiskRule &r : a.rules)
        a.score += r.points;
    a.level = !in.fileProblem.isEmpty() || a.score >= policy.highFrom ? QStringLiteral("high")
              : a.score >= policy.mediumFrom                          ? QStringLiteral("medium")
                                                                      : QStringLiteral("low");
    return a;
}

} // namespace mizan
