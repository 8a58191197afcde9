#pragma once

#include "fairness/FairnessData.h"
#include "governance/ModelRegistry.h"
#include "governance/RiskAssessment.h"
#include "model/ModelBundle.h"

#include <QString>

#include <optional>
#include <vector>

namespace mizan {

/** @brief Everything a model card says, gathered by the workspace. */
struct ModelCardInputs
{
    qint64 modelId = 0;
    ModelBundle bundle;
    ModelRecord record;
    std::vector<ModelEvent> events; ///< this version's signed history
    std::optional<RiskAssessment> assessment;
    std::vector<StoredBiasAlert> fairness; ///< the latest report's verdicts
    QStringList topFeatures;               ///< by mean |SHAP|, when an assessment measured them
    QString workspaceId;
    qint64 generatedMs = 0;
    QString generatedBy;
};

/**
 * @brief The model card of one version as Markdown: intended use, data, metrics, fairness,
 * explainability, limitations, lineage, approvals with their signatures. Pure; the reports
 * library turns it into PDF.
 */
QString modelCardMarkdown(const ModelCardInputs &inputs);

} // namespace mizan
