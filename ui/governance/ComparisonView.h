#pragma once

#include "fairness/FairnessData.h"
#include "governance/RiskAssessment.h"
#include "workspace/WorkspaceTypes.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QTableWidget;

namespace mizan {

class CurveChart;

/** @brief What the comparison shows: the candidate, the deployed version, and their evidence. */
struct ComparisonData
{
    ModelInfo candidate;
    std::optional<ModelInfo> deployed;
    QJsonObject candidateMetrics; ///< the bundle's {"train", "test"}
    QJsonObject deployedMetrics;
    std::optional<RiskAssessment> assessment;       ///< the candidate's latest
    std::vector<StoredBiasAlert> candidateFairness; ///< the latest report's verdicts
    std::vector<StoredBiasAlert> deployedFairness;
};

/**
 * @brief Candidate and deployed version side by side: test-split metrics with their change,
 * fairness verdict values with their change, top features by mean |SHAP|, and charts of the ROC
 * curves, calibration and score distributions on the assessment's reference lead set (the
 * calibration falls back to each bundle's test split without one).
 */
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)

public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    void setData(const ComparisonData &data);
    void clear();

    QTableWidget *metricsTable() const { return m_metrics; }
    QTableWidget *fairnessTable() const { return m_fairness; }
    CurveChart *rocChart() const { return m_roc; }
    CurveChart *calibrationChart() const { return m_calibration; }
    CurveChart *distributionChart() const { return m_distribution; }
    QLabel *featuresLabel() const { return m_features; }

private:
    QLabel *m_heading = nullptr;
    QTableWidget *m_metrics = nullptr;
    QTableWidget *m_fairness = nullptr;
    QLabel *m_features = nullptr;
    CurveChart *m_roc = nullptr;
    CurveChart *m_calibration = nullptr;
    CurveChart *m_distribution = nullptr;
};

} // namespace mizan
