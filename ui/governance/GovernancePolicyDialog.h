#pragma once

#include "governance/GovernancePolicy.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace mizan {

/**
 * @brief The risk officer's approval policy, edited: the four gates, the thresholds of the risk
 * assessment's rules, the revalidation period and the outcome-monitoring limit. OK keeps the
 * dialog open and says what is wrong while the policy does not validate; the workspace stores
 * and audits the result (models.gates).
 */
class GovernancePolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GovernancePolicyDialog)

public:
    explicit GovernancePolicyDialog(const GovernancePolicy &policy, QWidget *parent = nullptr);
    ~GovernancePolicyDialog() override;

    void setPolicy(const GovernancePolicy &policy);
    GovernancePolicy policy() const;
    /** @brief The policy's validation message (empty when it is valid). */
    QString problem() const;

    QDoubleSpinBox *minRocAucSpin() const { return m_minRocAuc; }
    QDoubleSpinBox *minDpRatioSpin() const { return m_minDpRatio; }
    QSpinBox *revalidationSpin() const { return m_revalidation; }
    QLabel *problemLabel() const { return m_problem; }

public Q_SLOTS:
    void accept() override;

private:
    QDoubleSpinBox *m_minRocAuc = nullptr;
    QDoubleSpinBox *m_minDpRatio = nullptr;
    QDoubleSpinBox *m_maxAucDrop = nullptr;
    QDoubleSpinBox *m_maxPsi = nullptr;
    QDoubleSpinBox *m_warnPsi = nullptr;
    QDoubleSpinBox *m_maxMissing = nullptr;
    QDoubleSpinBox *m_leakageAuc = nullptr;
    QDoubleSpinBox *m_minPositive = nullptr;
    QDoubleSpinBox *m_minOverlap = nullptr;
    QSpinBox *m_mediumFrom = nullptr;
    QSpinBox *m_highFrom = nullptr;
    QSpinBox *m_revalidation = nullptr;
    QDoubleSpinBox *m_maxOutcomeDrop = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace mizan
