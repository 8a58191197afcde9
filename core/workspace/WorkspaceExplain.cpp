// The explanation services of the Workspace facade: permission, work, audit entry, in that order.

#include "workspace/Workspace.h"
#include "workspace/WorkspacePrivate.h"

#include "common/Crypto.h"

#include <QJsonArray>

#include <limits>

namespace mizan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mizan::Workspace)
};

QString leadTarget(qint64 leadSetId, qint64 row)
{
    return QStringLiteral("leadset:%1/row:%2").arg(leadSetId).arg(row);
}

/**
 * What the audit entry of an explanation records: never the lead's values, and not the plain
 * input hash either (with few features an auditor could find the values by trying them all):
 * an HMAC of it under the data key, which ties entries about the same input together.
 */
QJsonObject receiptDetails(qint64 modelId,
                           const ExplanationReceipt &receipt,
                           const SecureBytes &dataKey,
                           bool leadInput = true)
{
    const QByteArray message = QByteArrayLiteral("mizan/explain-input\n") + receipt.inputSha256;
    const QByteArray inputMac = crypto::hmacSha256(dataKey, message).toHex();
    QJsonObject details{{QStringLiteral("model"), modelId},
                        {QStringLiteral("model_sha256"), QString::fromLatin1(receipt.modelSha256)},
                        {QStringLiteral("method"), receipt.method},
                        {leadInput ? QStringLiteral("input_hmac") : QStringLiteral("input_sha256"),
                         QString::fromLatin1(leadInput ? inputMac : receipt.inputSha256)},
                        {QStringLiteral("engine"), receipt.engine}};
    if (receipt.seed)
        details.insert(QStringLiteral("seed"), QString::number(*receipt.seed));
    return details;
}

} // namespace

Result<std::shared_ptr<const Explainer>> Workspace::explainer(qint64 modelId)
{
    MIZAN_CHECK(require(Permission::LeadsExplain,
                        Tr::tr("explain scores"),
                        QStringLiteral("model:%1").arg(modelId)));
    const auto found = d->explainers.find(modelId);
    if (found != d->explainers.end())
        return found->second;
    MIZAN_TRY(bundle, loadModel(modelId));
    MIZAN_TRY(explainer, Explainer::create(bundle));
    d->explainers.emplace(modelId, explainer);
    return explainer;
}

Result<Lead> Workspace::leadForExplanation(qint64 modelId, qint64 leadSetId, qint64 row)
{
    const QString target = leadTarget(leadSetId, row);
    return auditFailures(QStringLiteral("leads.open"), target, [&]() -> Result<Lead> {
        MIZAN_CHECK(require(Permission::LeadsExplain, Tr::tr("explain a score"), target));
        MIZAN_TRY(engines, explainer(modelId));
        MIZAN_CHECK(checkPurpose(modelId, leadSetId, QStringLiteral("explain")));
        MIZAN_TRY(one, readLeadSet(leadSetId, {}, row));
        MIZAN_TRY(lead, engines->space().leadFromDataset(one, 0));
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("leads.open"),
                         target,
                         QStringLiteral("ok"),
                         {{QStringLiteral("rows"), 1}, {QStringLiteral("model"), modelId}});
        }));
        return lead;
    }());
}

Result<LeadExplanation> Workspace::explainLead(qint64 modelId,
                                               qint64 leadSetId,
                                               qint64 row,
                                               const ExplainOptions &options,
                                               const JobControl &job)
{
    const QString target = leadTarget(leadSetId, row);
    return auditFailures(QStringLiteral("explain.view"), target, [&]() -> Result<LeadExplanation> {
        MIZAN_CHECK(require(Permission::LeadsExplain, Tr::tr("explain a score"), target));
        MIZAN_TRY(engines, explainer(modelId));
        MIZAN_CHECK(checkPurpose(modelId, leadSetId, QStringLiteral("explain")));
        MIZAN_TRY(one, readLeadSet(leadSetId, {}, row));
        MIZAN_TRY(lead, engines->space().leadFromDataset(one, 0));
        MIZAN_TRY(explanation, engines->explain(lead, options, job));
        explanation.receipt.modelVersion = QStringLiteral("model:%1").arg(modelId);
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("explain.view"),
                         target,
                         QStringLiteral("ok"),
                         receiptDetails(modelId, explanation.receipt, d->dataKey));
        }));
        return explanation;
    }());
}

Result<LeadExplanation> Workspace::explainWhatIf(qint64 modelId,
                                                 qint64 leadSetId,
                                                 qint64 row,
                                                 const Lead &edited,
                                                 const ExplainOptions &options,
                                                 const JobControl &job)
{
    const QString target = leadTarget(leadSetId, row);
    return auditFailures(QStringLiteral("explain.whatif"), target, [&]() -> Result<LeadExplanation> {
        MIZAN_CHECK(require(Permission::LeadsExplain, Tr::tr("explain a score"), target));
        MIZAN_TRY(engines, explainer(modelId));
        MIZAN_CHECK(checkPurpose(modelId, leadSetId, QStringLiteral("explain")));
        MIZAN_TRY(one, readLeadSet(leadSetId, {}, row));
        MIZAN_TRY(original, engines->space().leadFromDataset(one, 0));
        if (edited.size() != original.size())
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("the edited lead has %1 features, the model %2")
                            .arg(edited.size())
                            .arg(original.size()));
        QJsonArray changed;
        for (size_t f = 0; f < edited.size(); ++f) {
            if (!(edited[f] == original[f]))
                changed.append(engines->space().features()[f].column);
        }
        MIZAN_TRY(explanation, engines->explain(edited, options, job));
        explanation.receipt.modelVersion = QStringLiteral("model:%1").arg(modelId);
        QJsonObject details = receiptDetails(modelId, explanation.receipt, d->dataKey);
        details.insert(QStringLiteral("changed"), changed);
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("explain.whatif"), target, QStringLiteral("ok"), details);
        }));
        return explanation;
    }());
}

Result<GlobalExplanation> Workspace::explainGlobal(qint64 modelId,
                                                   qint64 leadSetId,
                                                   const GlobalOptions &options,
                                                   const JobControl &job)
{
    const QString target = QStringLiteral("model:%1").arg(modelId);
    return auditFailures(QStringLiteral("explain.global"), target, [&]() -> Result<GlobalExplanation> {
        MIZAN_CHECK(require(Permission::ExplainGlobal, Tr::tr("explain a model"), target));
        MIZAN_TRY(bundle, loadModel(modelId));
        MIZAN_CHECK(checkPurpose(modelId, leadSetId, QStringLiteral("explain.global")));
        MIZAN_TRY(engines, Explainer::create(bundle));
        MIZAN_TRY(data, readLeadSet(leadSetId, job));
        MIZAN_TRY(global, engines->global(data, options, job));
        global.receipt.modelVersion = QStringLiteral("model:%1").arg(modelId);
        if (!can(Permission::LeadsView)) {
            // explain.global without leads.view (auditors): the aggregate and the SHAP sample,
            // but no lead's values and no row numbers.
            std::fill(global.sampleValues.begin(),
                      global.sampleValues.end(),
                      std::numeric_limits<double>::quiet_NaN());
            global.sampleIndex.assign(global.sampleIndex.size(), -1);
        }
        QJsonObject details = receiptDetails(modelId, global.receipt, d->dataKey, false);
        details.insert(QStringLiteral("lead_set"), leadSetId);
        details.insert(QStringLiteral("rows"), global.rows);
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("explain.global"), target, QStringLiteral("ok"), details);
        }));
        return global;
    }());
}

} // namespace mizan
