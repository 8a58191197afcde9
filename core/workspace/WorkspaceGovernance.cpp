// The evidence side of model governance: risk assessment, the approval policy, model cards and
// the deployed version scoring uses (with its fallback). Permission, work, audit entry.

#include "workspace/Workspace.h"
#include "workspace/WorkspacePrivate.h"

#include "common/Sha256.h"
#include "model/Metrics.h"
#include "model/Scorer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr auto kPolicyKey = "governance_policy";
constexpr qint64 kShapRows = 1000; ///< reference rows explained for the top-feature comparison

/** The top-5 features by mean |SHAP| on (a spread sample of) `data`. */
Result<QStringList> topFeatures(const ModelBundle &bundle,
                                const Dataset &data,
                                const JobControl &job)
{
    MIZAN_TRY(explainer, Explainer::create(bundle));
    std::vector<qint64> rows;
    const qint64 n = data.rowCount();
    const qint64 step = std::max<qint64>(1, n / kShapRows);
    for (qint64 r = 0; r < n && qint64(rows.size()) < kShapRows; r += step)
        rows.push_back(r);
    GlobalOptions options;
    options.sampleRows = 0;
    options.nthread = 1;
    MIZAN_TRY(global, explainer->global(data.subset(rows), options, job));
    QStringList top;
    for (int i : global.order) {
        if (top.size() == 5)
            break;
        top.append(global.features.value(i));
    }
    return top;
}

std::optional<double> aucOn(const Dataset &data, const std::vector<double> &scores)
{
    if (!data.hasLabels())
        return std::nullopt;
    return rocAuc(scores, data.labels);
}
} // namespace

Result<ModelBundle> Workspace::checkedBundle(qint64 id, const ModelRecord *record)
{
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT bundle, bundle_sha256, model_sha256 FROM models WHERE id = ?"));
    s.bind(1, id);
    MIZAN_TRY(found, s.step());
    if (!found)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("There is no model %1 in the workspace.").arg(id));
    const QByteArray blob = s.blob(0);
    const QByteArray stored = s.text(1).toLatin1();
    if (Sha256::hashHex(blob) != stored || (record && record->bundleSha256 != stored))
        return fail(ErrorCode::Integrity,
                    Tr::tr("Model %1's stored bundle does not match the hash it was registered "
                           "and approved with.")
                        .arg(id));
    MIZAN_TRY(bundle, ModelBundle::fromJson(blob, Tr::tr("model %1 of the workspace").arg(id)));
    if (bundle.modelSha256 != s.text(2).toLatin1()
        || (record && record->modelSha256 != bundle.modelSha256))
        return fail(ErrorCode::Integrity,
                    Tr::tr("Model %1's embedded model does not match the hash it was registered "
                           "with.")
                        .arg(id));
    return bundle;
}

Result<RiskAssessment> Workspace::computeAssessment(qint64 id,
                                                    qint64 referenceLeadSet,
                                                    const JobControl &job)
{
    MIZAN_TRY(registry, loadRegistry());
    MIZAN_TRY(policy, governancePolicy());
    const ModelRecord *record = registry.record(id);
    RiskInputs in;
    in.modelId = id;
    in.referenceLeadSet = referenceLeadSet;
    auto bundle = checkedBundle(id, record);
    if (!bundle) {
        if (bundle.error().code == ErrorCode::InvalidInput
            && bundle.error().message.contains(QStringLiteral("no model")))
            return fail(bundle.error());
        in.fileProblem = bundle.error().message;
    } else {
        in.candidateMetrics = bundle->metrics;
    }
    if (record) {
        in.revalidateByMs = record->revalidateByMs;
        in.revalidationDue = record->revalidationDue(now());
    }
    std::optional<ModelBundle> deployed;
    if (const auto dep = registry.deployed(); dep && *dep != id) {
        in.deployedId = *dep;
        if (auto b = checkedBundle(*dep, registry.record(*dep))) {
            in.deployedMetrics = b->metrics;
            deployed = std::move(*b);
        }
    }
    std::optional<ScoreProfile> candidateProfile;
    std::optional<ScoreProfile> deployedProfile;
    if (referenceLeadSet > 0 && bundle) {
        MIZAN_TRY(data, readLeadSet(referenceLeadSet, job));
        MIZAN_TRY(s, d->db->prepare("SELECT name FROM lead_sets WHERE id = ?"));
        s.bind(1, referenceLeadSet);
        MIZAN_TRY(named, s.step());
        in.referenceName = named ? s.text(0) : QStringLiteral("leadset:%1").arg(referenceLeadSet);
        QStringList features;
        for (const FeatureSpec &f : bundle->spec.features)
            features.append(f.column);
        in.describeData(data, features);
        MIZAN_TRY(scorer, Scorer::create(*bundle));
        MIZAN_TRY(scores, scorer.score(data, job));
        in.candidateScores = std::move(scores.probabilities);
        in.candidateAuc = aucOn(data, in.candidateScores);
        candidateProfile = ScoreProfile::compute(in.candidateScores, data.labels);
        MIZAN_TRY(top, topFeatures(*bundle, data, job));
        in.candidateTop = top;
        if (deployed) {
            MIZAN_TRY(depScorer, Scorer::create(*deployed));
            MIZAN_TRY(depScores, depScorer.score(data, job));
            in.deployedScores = std::move(depScores.probabilities);
            in.deployedAuc = aucOn(data, in.deployedScores);
            deployedProfile = ScoreProfile::compute(in.deployedScores, data.labels);
            MIZAN_TRY(depTop, topFeatures(*deployed, data, job));
            in.deployedTop = depTop;
        }
    }
    MIZAN_TRY(alerts, fairnessAlerts(id));
    if (!alerts.empty()) {
        in.fairnessReported = true;
        for (const StoredBiasAlert &a : alerts) {
            if (a.createdMs == alerts.front().createdMs && a.leadSetId == alerts.front().leadSetId)
                in.fairnessAlerts.push_back(a.alert);
        }
    }
    RiskAssessment assessment = assessRisk(in, policy);
    assessment.candidateProfile = std::move(candidateProfile);
    assessment.deployedProfile = std::move(deployedProfile);
    assessment.createdMs = now();
    assessment.createdBy = m_user;
    MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(s,
                  d->db->prepare("INSERT INTO model_assessments(model_id, created_ms, created_by, "
                                 "level, score, assessment) VALUES(?, ?, ?, ?, ?, ?)"));
        s.bind(1, id)
            .bind(2, assessment.createdMs)
            .bind(3, m_user)
            .bind(4, assessment.level)
            .bind(5, qint64(assessment.score))
            .bind(6,
                  QString::fromUtf8(
                      QJsonDocument(assessment.toJson()).toJson(QJsonDocument::Compact)));
        MIZAN_CHECK(s.run());
        return audit(QStringLiteral("model.assess"),
                     modelTarget(id),
                     QStringLiteral("ok"),
                     {{QStringLiteral("level"), assessment.level},
                      {QStringLiteral("score"), assessment.score},
                      {QStringLiteral("reference_lead_set"), referenceLeadSet},
                      {QStringLiteral("failing_gates"),
                       QJsonArray::fromStringList(assessment.failingGates())}});
    }));
    return assessment;
}

Result<RiskAssessment> Workspace::assessModel(qint64 id,
                                              qint64 referenceLeadSet,
                                              const JobControl &job)
{
    return auditFailures(QStringLiteral("model.assess"),
                         modelTarget(id),
                         [&]() -> Result<RiskAssessment> {
                             MIZAN_CHECK(require(Permission::ModelsView,
                                                 Tr::tr("assess a model's risk"),
                                                 modelTarget(id)));
                             return computeAssessment(id, referenceLeadSet, job);
                         }());
}

Result<std::optional<RiskAssessment>> Workspace::latestAssessment(qint64 id)
{
    MIZAN_CHECK(require(Permission::ModelsView, Tr::tr("read a risk assessment"), modelTarget(id)));
    MIZAN_TRY(s,
              d->db->prepare("SELECT assessment FROM model_assessments WHERE model_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    s.bind(1, id);
    MIZAN_TRY(found, s.step());
    if (!found)
        return std::optional<RiskAssessment>();
    MIZAN_TRY(a,
              RiskAssessment::fromJson(QJsonDocument::fromJson(s.text(0).toUtf8()).object(),
                                       Tr::tr("the stored risk assessment of model %1").arg(id)));
    return std::optional<RiskAssessment>(std::move(a));
}

Result<GovernancePolicy> Workspace::governancePolicy()
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("read the approval policy"),
                        QStringLiteral("policy:models")));
    MIZAN_TRY(s, d->db->prepare("SELECT value FROM meta WHERE key = ?"));
    s.bind(1, QString::fromLatin1(kPolicyKey));
    MIZAN_TRY(found, s.step());
    if (!found)
        return GovernancePolicy::defaults();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(s.text(0).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Integrity,
                    Tr::tr("The stored approval policy is not valid JSON: %1.")
                        .arg(error.errorString()));
    return GovernancePolicy::fromJson(document.object(), Tr::tr("the workspace's approval policy"));
}

Result<> Workspace::setGovernancePolicy(const GovernancePolicy &policy)
{
    const QString target = QStringLiteral("policy:models");
    MIZAN_CHECK(require(Permission::ModelsGates, Tr::tr("change the approval policy"), target));
    const QJsonObject json = policy.toJson();
    MIZAN_CHECK(GovernancePolicy::fromJson(json, Tr::tr("the new approval policy")));
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(s, d->db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        s.bind(1, QString::fromLatin1(kPolicyKey))
            .bind(2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        MIZAN_CHECK(s.run());
        return audit(QStringLiteral("model.policy"),
                     target,
                     QStringLiteral("ok"),
                     {{QStringLiteral("policy"), json}});
    });
}

Result<QString> Workspace::modelCard(qint64 id, const QString &exportedTo)
{
    MIZAN_CHECK(require(Permission::ModelsView, Tr::tr("make a model card"), modelTarget(id)));
    MIZAN_TRY(registry, loadRegistry());
    ModelCardInputs in;
    in.modelId = id;
    if (const ModelRecord *r = registry.record(id))
        in.record = *r;
    MIZAN_TRY(bundle, checkedBundle(id, registry.record(id)));
    in.bundle = std::move(bundle);
    MIZAN_TRY(events, readModelEvents());
    for (ModelEvent &e : events) {
        if (e.modelId == id)
            in.events.push_back(std::move(e));
    }
    MIZAN_TRY(assessment, latestAssessment(id));
    in.assessment = std::move(assessment);
    if (in.assessment)
        in.topFeatures = in.assessment->topFeatures;
    MIZAN_TRY(alerts, fairnessAlerts(id));
    for (const StoredBiasAlert &a : alerts) {
        if (a.createdMs == alerts.front().createdMs && a.leadSetId == alerts.front().leadSetId)
            in.fairness.push_back(a);
    }
    in.workspaceId = d->slots.workspaceId;
    in.generatedMs = now();
    in.generatedBy = m_user;
    const QString card = modelCardMarkdown(in);
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("model.card"),
                     modelTarget(id),
                     QStringLiteral("ok"),
                     exportedTo.isEmpty()
                         ? QJsonObject{{QStringLiteral("model_sha256"),
                                        QString::fromLatin1(in.bundle.modelSha256)}}
                         : QJsonObject{{QStringLiteral("model_sha256"),
                                        QString::fromLatin1(in.bundle.modelSha256)},
                                       {QStringLiteral("file"), QFileInfo(exportedTo).fileName()}});
    }));
    return card;
}

Result<DeployedModel> Workspace::deployedModel()
{
    MIZAN_CHECK(require(Permission::ModelsView,
                        Tr::tr("find the deployed model"),
                        QStringLiteral("models")));
    MIZAN_TRY(registry, loadRegistry());
    const auto deployed = registry.deployed();
    if (!deployed)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("No model version is deployed: a risk officer deploys an approved "
                           "version first."));
    auto checked = checkedBundle(*deployed, registry.record(*deployed));
    if (checked)
        return DeployedModel{*deployed, *deployed, false, {}};
    const Error problem = checked.error();
    // The latest earlier deployed version that is still approved, in date and passes its checks.
    const auto &timeline = registry.timeline();
    for (auto it = timeline.rbegin(); it != timeline.rend(); ++it) {
        const ModelRecord *r = registry.record(it->modelId);
        if (it->modelId == *deployed || !r || r->state != ModelState::Approved
            || r->revalidationDue(now()))
            continue;
        if (!checkedBundle(it->modelId, r))
            continue;
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("model.fallback"),
                         modelTarget(*deployed),
                         QStringLiteral("fallback"),
                         {{QStringLiteral("deployed"), *deployed},
                          {QStringLiteral("used"), it->modelId},
                          {QStringLiteral("problem"),
                           problem.code == ErrorCode::Integrity ? QStringLiteral("integrity")
                                                                : QStringLiteral("invalid")}});
        }));
        return DeployedModel{it->modelId, *deployed, true, problem.message};
    }
    MIZAN_CHECK(d->db->transaction([&] {
        return audit(QStringLiteral("model.fallback"),
                     modelTarget(*deployed),
                     QStringLiteral("failed"),
                     {{QStringLiteral("deployed"), *deployed}});
    }));
    return fail(ErrorCode::Integrity,
                Tr::tr("The deployed model %1 fails its checks (%2) and no earlier approved "
                       "version passes them: scoring is stopped until a risk officer deploys one.")
                    .arg(*deployed)
                    .arg(problem.message));
}

} // namespace mizan
