// The fairness services of the Workspace facade: permission, work, audit entry, in that order.

#include "workspace/Workspace.h"
#include "workspace/WorkspacePrivate.h"

#include "data/CsvReader.h"
#include "model/Scorer.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

constexpr auto kPolicyKey = "bias_policy";

QJsonValue finiteOrNull(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

/** What an audit entry says about a verdict: the numbers, never a group's members. */
QJsonObject alertDetails(const BiasAlert &alert, qint64 leadSetId, double threshold)
{
    return {{QStringLiteral("lead_set"), leadSetId},
            {QStringLiteral("attribute"), alert.attribute},
            {QStringLiteral("metric"), alert.metric},
            {QStringLiteral("op"), operatorSymbol(alert.op)},
            {QStringLiteral("limit"), alert.limit},
            {QStringLiteral("value"), finiteOrNull(alert.value)},
            {QStringLiteral("status"), alertStatusKey(alert.status)},
            {QStringLiteral("threshold"), threshold}};
}
/**
 * The columns a stored lead set has: its stored header line (plain RFC 4180, as imported), or
 * the spec's names for a file without one. A spec may name a target the file lacks (leads to
 * score, without outcomes).
 */
QStringList storedColumns(const QByteArray &header, const DatasetSpec &spec)
{
    if (header.isEmpty())
        return spec.columns;
    QStringList columns;
    QBuffer buffer;
    buffer.setData(header);
    buffer.open(QIODevice::ReadOnly);
    static_cast<void>(CsvReader::read(buffer, {}, {}, [&](const CsvRecord &record) -> Result<> {
        for (int i = 0; i < record.size(); ++i) {
            const std::string_view field = record.field(i);
            columns.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        }
        return {};
    }));
    return columns;
}
} // namespace

Result<FairnessResult> Workspace::fairnessReport(qint64 modelId,
                                                 qint64 leadSetId,
                                                 const FairnessQuery &query,
                                                 const JobControl &job)
{
    const FairnessOptions &options = query.options;
    const QString target = QStringLiteral("model:%1").arg(modelId);
    const QString action = QStringLiteral("fairness.report");
    return auditFailures(action, target, [&]() -> Result<FairnessResult> {
        MIZAN_CHECK(require(Permission::FairnessView, Tr::tr("report on fairness"), target));
        MIZAN_CHECK(checkThreshold(options.threshold));
        MIZAN_TRY(policy, biasPolicy());
        MIZAN_TRY(bundle, loadModel(modelId));
        MIZAN_CHECK(checkPurpose(modelId, leadSetId, QStringLiteral("fairness.report")));
        MIZAN_TRY(dataset, readLeadSet(leadSetId, job));
        MIZAN_TRY(scorer, Scorer::create(bundle));
        MIZAN_TRY(scores, scorer.score(dataset, job));
        MIZAN_TRY(data,
                  FairnessData::build(dataset,
                                      std::move(scores.probabilities),
                                      query.attributes,
                                      query.privileged));
        auto shared = std::make_shared<const FairnessData>(std::move(data));
        MIZAN_TRY(result, FairnessResult::compute(shared, options, policy, query.sweeps, job));
        result.modelName = bundle.name;
        result.modelSha256 = bundle.modelSha256;
        result.dataName = QStringLiteral("leadset:%1").arg(leadSetId);
        result.dataSha256 = dataset.sha256;

        // The row-level predictions stay with those who may see leads; others get aggregates.
        if (!can(Permission::LeadsView))
            result.data.reset();
        QJsonArray names;
        QJsonObject privileged;
        for (const AttributeReport &a : result.report.attributes) {
            names.append(a.name());
            if (!a.metrics.privileged.isEmpty())
                privileged.insert(a.name(), a.metrics.privileged);
        }
        const std::vector<BiasAlert> failed = result.failedAlerts();
        QJsonObject details{{QStringLiteral("lead_set"), leadSetId},
                            {QStringLiteral("model_sha256"),
                             QString::fromLatin1(bundle.modelSha256)},
                            {QStringLiteral("input_sha256"), QString::fromLatin1(dataset.sha256)},
                            {QStringLiteral("attributes"), names},
                            {QStringLiteral("privileged"), privileged},
                            {QStringLiteral("threshold"), options.threshold},
                            {QStringLiteral("small_group_rule"),
                             QJsonObject{{QStringLiteral("min_count"), options.smallGroups.minCount},
                                         {QStringLiteral("min_positives"),
                                          options.smallGroups.minPositives}}},
                            {QStringLiteral("rows"), result.report.rowsUsed},
                            {QStringLiteral("policy"), policy.name},
                            {QStringLiteral("rules_checked"), qint64(result.alerts.size())},
                            {QStringLiteral("rules_failed"), qint64(failed.size())}};
        if (options.bootstrap) {
            details.insert(QStringLiteral("bootstrap_resamples"), options.bootstrap->resamples);
            details.insert(QStringLiteral("bootstrap_seed"),
                           QString::number(options.bootstrap->seed));
        }
        MIZAN_CHECK(d->db->transaction([&]() -> Result<> {
            MIZAN_TRY(insert,
                      d->db->prepare("INSERT INTO fairness_alerts(model_id, lead_set_id, "
                                     "created_ms, created_by, threshold, attribute, metric, "
                                     "status, alert) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const qint64 createdMs = now();
            for (const BiasAlert &alert : result.alerts) {
                insert.bind(1, modelId)
                    .bind(2, leadSetId)
                    .bind(3, createdMs)
                    .bind(4, m_user)
                    .bind(5, options.threshold)
                    .bind(6, alert.attribute)
                    .bind(7, alert.metric)
                    .bind(8, alertStatusKey(alert.status))
                    .bind(9,
                          QString::fromUtf8(
                              QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact)));
                MIZAN_CHECK(insert.run());
                MIZAN_CHECK(insert.reset());
            }
            MIZAN_CHECK(audit(action, target, QStringLiteral("ok"), details));
            for (const BiasAlert &alert : failed)
                MIZAN_CHECK(audit(QStringLiteral("fairness.alert"),
                                  target,
                                  alertStatusKey(alert.status),
                                  alertDetails(alert, leadSetId, options.threshold)));
            return {};
        }));
        return result;
    }());
}

Result<std::vector<FairnessLeadSet>> Workspace::fairnessLeadSets()
{
    MIZAN_CHECK(require(Permission::FairnessView,
                        Tr::tr("list the lead sets fairness can be reported on"),
                        QStringLiteral("leadsets")));
    MIZAN_TRY(s,
              d->db->prepare(
                  "SELECT id, name, source_file, sha256, row_count, imported_ms, imported_by, "
                  "spec_json, header FROM lead_sets WHERE purged_ms = 0 ORDER BY id"));
    std::vector<FairnessLeadSet> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return out;
        FairnessLeadSet set;
        set.info = leadSetFromRow(s);
        MIZAN_TRY(spec,
                  DatasetSpec::fromJson(s.text(7).toUtf8(),
                                        Tr::tr("the spec of lead set %1").arg(set.info.id)));
        set.labelled = spec.target && storedColumns(s.blob(8), spec).contains(spec.target->column);
        set.sensitive = std::move(spec.sensitive);
        out.push_back(std::move(set));
    }
}

Result<> Workspace::recordFairnessExport(qint64 modelId,
                                         qint64 leadSetId,
                                         const QString &format,
                                         const QString &fileName,
                                         double threshold,
                                         bool preview)
{
    const QString target = QStringLiteral("model:%1").arg(modelId);
    const QString file = QFileInfo(fileName).fileName(); // the folder may name a person
    MIZAN_CHECK(require(Permission::FairnessView, Tr::tr("export a fairness report"), target));
    MIZAN_CHECK(checkThreshold(threshold));
    return d->db->transaction([&] {
        return audit(QStringLiteral("fairness.export"),
                     target,
                     QStringLiteral("ok"),
                     {{QStringLiteral("lead_set"), leadSetId},
                      {QStringLiteral("format"), format},
                      {QStringLiteral("file"), file},
                      {QStringLiteral("threshold"), threshold},
                      {QStringLiteral("preview"), preview}});
    });
}

Result<BiasPolicy> Workspace::biasPolicy()
{
    MIZAN_CHECK(require(Permission::FairnessView,
                        Tr::tr("read the bias policy"),
                        QStringLiteral("policy:fairness")));
    MIZAN_TRY(s, d->db->prepare("SELECT value FROM meta WHERE key = ?"));
    s.bind(1, QString::fromLatin1(kPolicyKey));
    MIZAN_TRY(found, s.step());
    if (!found)
        return BiasPolicy::defaults();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(s.text(0).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::Integrity,
                    Tr::tr("The stored bias policy is not valid JSON: %1.").arg(error.errorString()));
    return BiasPolicy::fromJson(document.object(), Tr::tr("the workspace's bias policy"));
}

Result<> Workspace::setBiasPolicy(const BiasPolicy &policy)
{
    const QString target = QStringLiteral("policy:fairness");
    MIZAN_CHECK(require(Permission::FairnessPolicy, Tr::tr("change the bias policy"), target));
    // What is stored must read back: validate through the same parser.
    const QJsonObject json = policy.toJson();
    MIZAN_CHECK(BiasPolicy::fromJson(json, Tr::tr("the new bias policy")));
    return d->db->transaction([&]() -> Result<> {
        MIZAN_TRY(s, d->db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
        s.bind(1, QString::fromLatin1(kPolicyKey))
            .bind(2, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        MIZAN_CHECK(s.run());
        return audit(QStringLiteral("fairness.policy"),
                     target,
                     QStringLiteral("ok"),
                     {{QStringLiteral("policy"), json}});
    });
}

Result<std::vector<StoredBiasAlert>> Workspace::fairnessAlerts(std::optional<qint64> modelId)
{
    MIZAN_CHECK(
        require(Permission::FairnessView,
                Tr::tr("read fairness alerts"),
                modelId ? QStringLiteral("model:%1").arg(*modelId) : QStringLiteral("models")));
    MIZAN_TRY(s,
              d->db->prepare(modelId ? "SELECT id, model_id, lead_set_id, created_ms, created_by, "
                                       "threshold, alert FROM fairness_alerts WHERE model_id = ? "
                                       "ORDER BY id DESC"
                                     : "SELECT id, model_id, lead_set_id, created_ms, created_by, "
                                       "threshold, alert FROM fairness_alerts ORDER BY id DESC"));
    if (modelId)
        s.bind(1, *modelId);
    std::vector<StoredBiasAlert> out;
    for (;;) {
        MIZAN_TRY(row, s.step());
        if (!row)
            return out;
        StoredBiasAlert stored;
        stored.id = s.integer(0);
        stored.modelId = s.integer(1);
        stored.leadSetId = s.integer(2);
        stored.createdMs = s.integer(3);
        stored.createdBy = s.text(4);
        stored.threshold = s.real(5);
        const QJsonDocument document = QJsonDocument::fromJson(s.text(6).toUtf8());
        MIZAN_TRY(alert,
                  BiasAlert::fromJson(document.object(),
                                      Tr::tr("fairness alert %1 of the workspace").arg(stored.id)));
        stored.alert = std::move(alert);
        out.push_back(std::move(stored));
    }
}

} // namespace mizan
