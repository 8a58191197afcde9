// The explanation services of the Workspace facade: permission, work, audit entry, in that order.

#include "workspace/Workspace.h"
#include "workspace/WorkspacePrivate.h"

#include <QJsonArray>

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

/** What the audit entry of an explanation records: never the lead's values. */
QJsonObject receiptDetails(qint64 modelId, const ExplanationReceipt &receipt)
{
    QJsonObject details{{QStringLiteral("model"), modelId},
                        {QStringLiteral("model_sha256"), QString::fromLatin1(receipt.modelSha256)},
                        {QStringLiteral("method"), receipt.method},
                        {QStringLiteral("input_sha256"), QString::fromLatin1(receipt.inputSha256)},
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
    MIZAN_TRY(engines, explainer(modelId));
    MIZAN_TRY(one, readLeadSet(leadSetId, {}, row));
    return engines->space().leadFromDataset(one, 0);
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
        MIZAN_TRY(one, readLeadSet(leadSetId, {}, row));
        MIZAN_TRY(lead, engines->space().leadFromDataset(one, 0));
        MIZAN_TRY(explanation, engines->explain(lead, options, job));
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("explain.view"),
                         target,
                         QStringLiteral("ok"),
                         receiptDetails(modelId, explanation.receipt));
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
        QJsonObject details = receiptDetails(modelId, explanation.receipt);
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
        MIZAN_TRY(engines, Explainer::create(bundle));
        MIZAN_TRY(data, readLeadSet(leadSetId, job));
        MIZAN_TRY(global, engines->global(data, options, job));
        QJsonObject details = receiptDetails(modelId, global.receipt);
        details.insert(QStringLiteral("lead_set"), leadSetId);
        details.insert(QStringLiteral("rows"), global.rows);
        MIZAN_CHECK(d->db->transaction([&] {
            return audit(QStringLiteral("explain.global"), target, QStringLiteral("ok"), details);
        }));
        return global;
    }());
}

} // namespace mizan
