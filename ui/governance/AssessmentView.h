#pragma once

#include "governance/RiskAssessment.h"
#include "workspace/WorkspaceTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableWidget;

namespace mizan {

/**
 * @brief A version's latest risk assessment: the level badge with its score, every rule with
 * what it found, and the policy gates with value and limit (failing ones in red), plus the
 * version's signed approvals. Read-only.
 */
class AssessmentView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentView)

public:
    explicit AssessmentView(QWidget *parent = nullptr);
    ~AssessmentView() override;

    void setAssessment(const ModelVersion &version, const std::optional<RiskAssessment> &assessment);
    void clear();

    QLabel *badge() const { return m_badge; }
    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *gatesTable() const { return m_gates; }
    QLabel *approvalsLabel() const { return m_approvals; }

private:
    QLabel *m_badge = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_gates = nullptr;
    QLabel *m_approvals = nullptr;
};

} // namespace mizan
