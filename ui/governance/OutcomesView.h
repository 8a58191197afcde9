#pragma once

#include "governance/OutcomeMonitor.h"
#include "workspace/WorkspaceTypes.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace mizan {

/**
 * @brief How a version performed on the leads whose outcome became known: per scoring run, in
 * time order, and pooled, against the ROC AUC its approval rested on; the policy's alerts in
 * red, with the ones stored when outcomes were imported. Read-only.
 */
class OutcomesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomesView)

public:
    explicit OutcomesView(QWidget *parent = nullptr);
    ~OutcomesView() override;

    void setReport(const OutcomeReport &report, const std::vector<StoredOutcomeAlert> &stored);
    void setMessage(const QString &message);
    void clear();

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *alertsLabel() const { return m_alerts; }
    QTableWidget *runsTable() const { return m_runs; }

private:
    QLabel *m_summary = nullptr;
    QTableWidget *m_runs = nullptr;
    QLabel *m_alerts = nullptr;
};

} // namespace mizan
